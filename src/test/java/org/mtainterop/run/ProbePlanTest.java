package org.mtainterop.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.adversary.access.AccessAdversarialServer;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.Observations;
import org.mtainterop.observation.TargetFacts;
import org.mtainterop.pki.TestPki;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.probe.ProbeSettings;
import org.mtainterop.target.EmbeddedReferenceTargets;
import org.mtainterop.target.LiveTarget;
import org.mtainterop.target.Target;

/**
 * The probe plan of a {@code --tags} run equals what each requirement's scenarios ask the fact store for: every
 * requirement of features/inbound is run alone against the embedded reference MX, every one of
 * features/access against the compliant access server (IMAP, with its IMAPS port), each with a fact store
 * that probes nothing ahead; what the scenarios made it observe must be the plan, no more and no less.
 */
class ProbePlanTest {
    private static final Pattern REQUIREMENT = Pattern.compile("@REQ-([A-Z0-9-]+)");
    private static final ExecutorService POOL = Executors.newCachedThreadPool();

    @TempDir
    Path allure;

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @Test
    void withoutTagsEverythingApplicableWithTagsOnlyWhatTheRequirementsNeed() {
        assertThat(ProbePlan.forRequirements(MailService.SMTP, List.of("CERT-01")))
                .containsExactly(Observations.TLS_DIALOGUE);
        assertThat(ProbePlan.forRequirements(MailService.SMTP, List.of("TLS-CS-01", "TLS-VER-01")))
                .as("the pilot's versions and suites, not the whole enumeration")
                .containsExactlyInAnyOrder(Observations.TLS_VERSIONS_AND_SUITES, Observations.TLS_DIALOGUE);
        assertThat(ProbePlan.forRequirements(MailService.SMTP, List.of("TLS-CS-01", "TLS-KX-01")))
                .as("the whole enumeration answers for versions and suites")
                .containsExactlyInAnyOrder(Observations.TLS_ENUMERATION, Observations.TLS_DIALOGUE);
        assertThat(ProbePlan.forRequirements(MailService.SMTP, List.of("CERT-08"))).containsExactlyInAnyOrder(
                Observations.HANDSHAKE_WITHOUT_SNI, Observations.HANDSHAKE_UNKNOWN_SNI);
        assertThat(ProbePlan.forRequirements(MailService.IMAP, List.of("TLS-VER-03", "ACCESS-02")))
                .containsExactlyInAnyOrder(Observations.TLS_DIALOGUE, Observations.HANDSHAKE_TLS12_ONLY,
                        Observations.ACCESS_CLEARTEXT_LOGIN);
        assertThat(ProbePlan.forRequirements(MailService.SMTP, List.of()))
                .as("no scenario selected, nothing to probe").isEmpty();
    }

    @Test
    void aRequirementTheTableDoesNotKnowIsProbedInFull() {
        assertThat(ProbePlan.forRequirements(MailService.SMTP, List.of("OPERATOR-99")))
                .isEqualTo(Observations.withoutCovered(Observations.applicableTo(MailService.SMTP)))
                .contains(Observations.TLS_ENUMERATION).doesNotContain(Observations.TLS_VERSIONS_AND_SUITES);
        assertThat(ProbePlan.forRequirements(MailService.POP3, List.of("STARTTLS-01")))
                .as("an MX-only requirement on an access service")
                .isEqualTo(Observations.withoutCovered(Observations.applicableTo(MailService.POP3)));
    }

    @Test
    void requirementIdsComeFromTheScenarioTags() {
        assertThat(ProbePlan.requirementIds(List.of("@REQ-CERT-01", "pilot", "REQ-TLS-VER-01", "@must")))
                .containsExactly("CERT-01", "TLS-VER-01");
    }

    @Test
    void theTagExpressionSelectsRequirementsAsCucumberWould() {
        assertThat(SelectedRequirements.read(List.of(Path.of("features/inbound")),
                "(@REQ-TLS-CS-01 or @REQ-CERT-08 or @REQ-ACCESS-01) and @smtp"))
                .containsExactlyInAnyOrder("TLS-CS-01", "CERT-08");
        assertThat(SelectedRequirements.read(List.of(Path.of("features/inbound")), "@pilot and @in and @smtp"))
                .contains("CERT-01", "TLS-VER-01").doesNotContain("TLS-CS-02", "REQTLS-01");
        assertThat(SelectedRequirements.read(List.of(Path.of("features/access")), "@REQ-STARTTLS-01 and @imap"))
                .as("an MX-only requirement on an access service").isEmpty();
    }

    @Test
    void everyShippedRequirementIsInTheTable() throws IOException {
        requirements(Path.of("features/inbound")).forEach(id ->
                assertThat(ProbePlan.known(MailService.SMTP, id)).as("inbound %s", id).isTrue());
        requirements(Path.of("features/access")).forEach(id ->
                assertThat(ProbePlan.known(MailService.IMAP, id)).as("access %s", id).isTrue());
    }

    @Test
    void eachInboundRequirementAsksForExactlyItsPlan() throws Exception {
        TestPki pki = TestPki.generate();
        try (EmbeddedReferenceTargets embedded = EmbeddedReferenceTargets.start(pki)) {
            Target reference = embedded.targets().stream()
                    .filter(t -> t.name().equals(EmbeddedReferenceTargets.REFERENCE)).findFirst().orElseThrow();
            ProbeSettings settings = settings(TrustAnchors.none().withCertificate(embedded.trustAnchor()));
            assertThat(asked(Path.of("features/inbound"), reference, MailService.SMTP, Optional.empty(), settings))
                    .allSatisfy((id, observed) -> assertThat(observed).as("%s asked for", id)
                            .isEqualTo(ProbePlan.forRequirements(MailService.SMTP, List.of(id))));
        }
    }

    @Test
    void eachAccessRequirementAsksForExactlyItsPlan() throws Exception {
        TestPki pki = TestPki.generate();
        try (AccessAdversarialServer imap = server(MailService.IMAP, pki);
             AccessAdversarialServer imaps = server(MailService.IMAPS, pki)) {
            Target target = new LiveTarget("imap", imap.endpoint(), MailService.IMAP);
            ProbeSettings settings = settings(TrustAnchors.none().withCertificate(pki.rootCertificate()));
            assertThat(asked(Path.of("features/access"), target, MailService.IMAP, Optional.of(imaps.endpoint()), settings))
                    .allSatisfy((id, observed) -> assertThat(observed).as("%s asked for", id)
                            .isEqualTo(ProbePlan.forRequirements(MailService.IMAP, List.of(id))));
        }
    }

    /** Each requirement of the directory judged alone, with a fact store that probed nothing ahead. */
    private Map<String, Set<Observation<?>>> asked(Path features, Target target, MailService service,
                                                Optional<Endpoint> implicitTlsPort, ProbeSettings settings)
            throws IOException {
        Map<String, Set<Observation<?>>> asked = new TreeMap<>();
        for (String id : requirements(features)) {
            TargetFacts facts = new TargetFacts(target.endpoint(), service, implicitTlsPort, settings, POOL);
            ActiveRun.judging(new ActiveRun(target, facts, PolicyProfile.MODERN, new ResultLedger()),
                    () -> CucumberLaunch.run(features, "@REQ-" + id + " and " + service.featureTag(), allure));
            asked.put(id, facts.observed());
        }
        assertThat(asked).isNotEmpty();
        return asked;
    }

    private static Set<String> requirements(Path features) throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.list(features)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".feature")).toList()) {
                Matcher m = REQUIREMENT.matcher(Files.readString(file));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        return ids;
    }

    private static ProbeSettings settings(TrustAnchors trust) {
        return new ProbeSettings("probe.mta-interop.test", NetworkLimits.defaults(), trust, 4);
    }

    private static AccessAdversarialServer server(MailService service, TestPki pki) {
        return AccessAdversarialServer.start(AccessAdversarialServer.Settings.of(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "mail.access.test", service,
                AccessServerProfile.COMPLIANT).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20)), pki);
    }
}
