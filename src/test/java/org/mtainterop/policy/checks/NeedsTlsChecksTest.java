package org.mtainterop.policy.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.net.MailService.SMTP;
import static org.mtainterop.observation.Observations.TLS_DIALOGUE;
import static org.mtainterop.policy.fixture.InboundFacts.dialogue;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertSkipped;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.mtainterop.policy.Checks;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.InboundFacts;
import org.mtainterop.policy.fixture.TlsDialogueFixture;

/**
 * Port-25 requirements that need TLS (on the dialogue's session or by the raw-hello enumeration) are skipped when
 * the server has none to offer and could not be tested when it could not be talked to: never passed or failed
 * (the defect itself is STARTTLS-01's and STARTTLS-08's).
 */
class NeedsTlsChecksTest {
    private static final Set<String> NEED_TLS = Set.of("STARTTLS-03", "STARTTLS-04", "TLS-VER-04", "REQTLS-01",
            "CERT-01", "CERT-02", "CERT-03", "TLS-VER-01", "TLS-VER-02", "TLS-CS-01", "TLS-CS-02", "TLS-CS-03",
            "TLS-CS-04", "TLS-KX-01", "TLS-KX-02", "TLS-EXT-01", "TLS-EXT-02", "TLS-EXT-03", "TLS-EXT-06");

    private static List<InboundCheck> needingTls() {
        List<InboundCheck> checks = Checks.inbound(SMTP).stream().filter(c -> NEED_TLS.contains(c.requirementId())).toList();
        assertThat(checks).hasSameSizeAs(NEED_TLS);
        return checks;
    }

    private static void forEach(TlsDialogueFixture dialogue, BiConsumer<Verdict, String> expectation) {
        for (InboundCheck check : needingTls()) {
            expectation.accept(InboundFacts.on(SMTP).with(TLS_DIALOGUE, dialogue).judgedBy(check), check.requirementId());
        }
    }

    @Test
    void areSkippedWithoutStarttls() {
        forEach(dialogue().withoutStarttls(), (v, id) -> assertSkipped(v, "needs TLS, but the server does not advertise STARTTLS"));
    }

    @Test
    void areSkippedWhenStarttlsIsRefused() {
        forEach(dialogue().starttlsAnswered(454, "4.7.0 TLS not available"),
                (v, id) -> assertSkipped(v, "needs TLS, but STARTTLS was answered 454 4.7.0 TLS not available"));
    }

    @Test
    void areSkippedWhenTheModernHandshakeFailsWithoutAChain() {
        forEach(dialogue().handshakeFailed("Received fatal alert: protocol_version").withoutCertificate(),
                (v, id) -> assertSkipped(v, "needs TLS, but the handshake failed: Received fatal alert: protocol_version"));
    }

    @Test
    void couldNotBeTestedOnAnUnreachableServer() {
        forEach(dialogue().unreachable("connection refused or unreachable (Connection refused)"),
                (v, id) -> assertBroken(v, "connection refused or unreachable (Connection refused)"));
    }

    @Test
    void couldNotBeTestedWhenTheServerTurnsTheSessionAway() {
        forEach(dialogue().greetingRefused(421, "4.3.2 Too many connections"),
                (v, id) -> assertBroken(v, "421 4.3.2 Too many connections"));
    }

    @Test
    void couldNotBeTestedWhenTheSessionBreaksBeforeTheHandshake() {
        forEach(dialogue().handshakeNotRun("connection lost during STARTTLS (Connection reset)"),
                (v, id) -> assertBroken(v, "connection lost during STARTTLS"));
    }
}
