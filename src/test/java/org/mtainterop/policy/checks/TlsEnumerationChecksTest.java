package org.mtainterop.policy.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.observation.Observations.TLS_DIALOGUE;
import static org.mtainterop.observation.Observations.TLS_ENUMERATION;
import static org.mtainterop.observation.Observations.TLS_VERSIONS_AND_SUITES;
import static org.mtainterop.policy.fixture.InboundFacts.enumeration;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.policy.Checks;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.TlsEnumerationPreconditions;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.InboundFacts;
import org.mtainterop.policy.fixture.TlsEnumerationFixture;
import org.mtainterop.probe.TlsEnumerationFacts;

/**
 * What every check judged from the raw-hello enumeration shares, on every service: what it needs, "could not test"
 * when no hello got a TLS answer, and the caveat on verdicts built from an incomplete enumeration.
 */
class TlsEnumerationChecksTest {
    static final Set<String> ENUMERATED = Set.of("TLS-VER-01", "TLS-VER-02", "TLS-CS-01", "TLS-CS-02", "TLS-CS-03",
            "TLS-CS-04", "TLS-KX-01", "TLS-KX-02", "TLS-EXT-01", "TLS-EXT-02", "TLS-EXT-03", "TLS-EXT-06");
    /** Those judged from versions and suites alone: a run of nothing else enumerates nothing else. */
    static final Set<String> VERSIONS_AND_SUITES = Set.of("TLS-VER-01", "TLS-VER-02", "TLS-CS-01", "TLS-CS-02");

    /** The enumeration checks as the registry lists them for {@code service}. */
    static List<InboundCheck> enumerated(MailService service) {
        List<InboundCheck> checks = Checks.inbound(service).stream().filter(c -> ENUMERATED.contains(c.requirementId()))
                .toList();
        assertThat(checks).hasSameSizeAs(ENUMERATED);
        return checks;
    }

    /** The enumeration {@code check} judges: versions and suites alone, or the whole of it. */
    static Observation<TlsEnumerationFacts> enumerationOf(InboundCheck check, MailService service) {
        return check.needs(service).contains(TLS_VERSIONS_AND_SUITES) ? TLS_VERSIONS_AND_SUITES : TLS_ENUMERATION;
    }

    /** {@code check}'s verdict on {@code service} when the enumeration found {@code facts}. */
    static Verdict judge(MailService service, InboundCheck check, TlsEnumerationFixture facts) {
        return InboundFacts.on(service).with(enumerationOf(check, service), facts).judgedBy(check);
    }

    @ParameterizedTest
    @EnumSource(MailService.class)
    void eachNeedsTheEnumerationAndTheServicesOwnDialogue(MailService service) {
        for (InboundCheck check : enumerated(service)) {
            assertThat(check.needs(service)).as(check.requirementId()).containsExactlyInAnyOrder(
                    enumerationOf(check, service), TLS_DIALOGUE);
            assertThat(check.needs(service)).isEqualTo(VERSIONS_AND_SUITES.contains(check.requirementId())
                    ? TlsEnumerationPreconditions.needsVersionsAndSuites(service) : TlsEnumerationPreconditions.needs(service));
        }
    }

    @ParameterizedTest
    @EnumSource(value = MailService.class, names = {"SMTP", "IMAP", "POP3S"})
    void couldNotTestWhenNoHelloGotATlsAnswer(MailService service) {
        String where = service.displayName() + " on " + service.defaultPort();
        for (InboundCheck check : enumerated(service)) {
            assertBroken(judge(service, check, enumeration().notTested("every hello timed out")),
                    "the raw-hello enumeration of " + where + " got no TLS answer: every hello timed out");
        }
    }

    @ParameterizedTest
    @EnumSource(value = MailService.class, names = {"SMTP", "SUBMISSION"})
    void passingVerdictsSayWhenSomeHellosGotNoAnswer(MailService service) {
        for (InboundCheck check : enumerated(service)) {
            assertPassed(judge(service, check, enumeration().unanswered("TLSv1 hello: read timed out")),
                    "(1 hello(s) got no answer; see the evidence)");
        }
    }

    @ParameterizedTest
    @EnumSource(value = MailService.class, names = {"SMTP", "IMAP"})
    void aCompleteEnumerationHasNoCaveat(MailService service) {
        for (InboundCheck check : enumerated(service)) {
            Verdict v = judge(service, check, enumeration());
            assertThat(v.message()).as(check.requirementId()).doesNotContain("got no answer");
        }
    }
}
