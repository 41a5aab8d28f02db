package org.mtainterop.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.Observations;
import org.mtainterop.policy.fixture.InboundFacts;
import org.mtainterop.probe.ProbeCrashedException;

/**
 * The registry of inbound checks against the feature files partners read, and what holds for every check: its
 * needs apply to the service, a compliant server passes it, a crashed probe is never judged.
 */
class InboundChecksRegistryTest {
    private static final Pattern REQ_TAG = Pattern.compile("@REQ-([A-Z0-9-]+)");
    /** Requirements on the plaintext phase, which an implicit-TLS port does not have. */
    private static final Set<String> PLAINTEXT_PHASE = Set.of("ACCESS-02", "ACCESS-04", "ACCESS-05");

    @Test
    void portTwentyFiveHasExactlyOneCheckPerRequirementOfFeaturesInbound() throws IOException {
        assertOneCheckPerRequirement(Checks.inbound(MailService.SMTP), requirementIds("inbound"));
    }

    @ParameterizedTest
    @EnumSource(value = MailService.class, names = "SMTP", mode = EnumSource.Mode.EXCLUDE)
    void userAccessHasExactlyOneCheckPerRequirementOfFeaturesAccess(MailService service) throws IOException {
        assertOneCheckPerRequirement(Checks.inbound(service), requirementIds("access"));
        assertThat(Checks.inbound(service)).isEqualTo(Checks.inbound(MailService.IMAP));
    }

    @ParameterizedTest
    @EnumSource(MailService.class)
    void everyCheckNeedsOnlyWhatIsMeasuredOnItsService(MailService service) {
        for (InboundCheck check : Checks.inbound(service)) {
            assertThat(check.needs(service)).as(check.requirementId()).isNotEmpty()
                    .allSatisfy(o -> assertThat(o.appliesTo(service)).as(check.requirementId() + " needs " + o).isTrue());
        }
    }

    @ParameterizedTest
    @EnumSource(MailService.class)
    void aCompliantServerPassesEveryCheck(MailService service) {
        for (InboundCheck check : Checks.inbound(service)) {
            Verdict v = InboundFacts.on(service).judgedBy(check);
            assertThat(v.requirementId()).isEqualTo(check.requirementId());
            if (service.implicitTls() && PLAINTEXT_PHASE.contains(check.requirementId())) {
                assertThat(v.outcome()).as(v.toString()).isEqualTo(Outcome.SKIPPED);
                assertThat(v.message()).contains("implicit TLS (" + service.label() + ")");
            } else {
                assertThat(v.outcome()).as(v.toString()).isEqualTo(Outcome.PASSED);
            }
        }
    }

    /** Judging stops at the crash; the scenario reports it as "Could not test" (steps.ScenarioTarget). */
    @ParameterizedTest
    @EnumSource(MailService.class)
    void aCrashedProbeIsNeverJudged(MailService service) {
        for (InboundCheck check : Checks.inbound(service)) {
            InboundFacts.Judging facts = InboundFacts.on(service);
            check.needs(service).forEach(facts::crashed);
            assertThatThrownBy(() -> facts.judgedBy(check)).as(check.requirementId())
                    .isInstanceOf(ProbeCrashedException.class)
                    .hasMessageStartingWith("the probe itself failed").hasMessageContaining("probe exploded");
        }
    }

    @Test
    void undeclaredObservationsCannotBeGivenToACheck() {
        Observation<?> undeclared = Observations.TLS_ENUMERATION;
        InboundCheck starttls01 = Checks.inbound(MailService.SMTP, "STARTTLS-01").get(0);
        assertThatThrownBy(() -> InboundFacts.on(MailService.SMTP).crashed(undeclared).judgedBy(starttls01))
                .isInstanceOf(AssertionError.class).hasMessageContaining("does not declare");
    }

    private static void assertOneCheckPerRequirement(List<InboundCheck> checks, Set<String> required) {
        List<String> ids = checks.stream().map(InboundCheck::requirementId).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(ids)).isEqualTo(required);
    }

    private static Set<String> requirementIds(String featureDirectory) throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("features", featureDirectory))) {
            for (Path feature : files.filter(f -> f.toString().endsWith(".feature")).toList()) {
                Matcher m = REQ_TAG.matcher(Files.readString(feature));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        assertThat(ids).as("requirement tags in features/" + featureDirectory).isNotEmpty();
        return ids;
    }
}
