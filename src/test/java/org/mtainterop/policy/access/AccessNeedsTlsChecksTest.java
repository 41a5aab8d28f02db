package org.mtainterop.policy.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.net.MailService.IMAP;
import static org.mtainterop.net.MailService.IMAPS;
import static org.mtainterop.net.MailService.POP3;
import static org.mtainterop.observation.Observations.TLS_DIALOGUE;
import static org.mtainterop.policy.fixture.InboundFacts.dialogue;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertSkipped;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.Checks;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.InboundFacts;
import org.mtainterop.policy.fixture.TlsDialogueFixture;

/**
 * User-access requirements that need TLS (on the dialogue's session or by the raw-hello enumeration) are skipped
 * when the service has none to offer and could not be tested when it could not be talked to: never passed or
 * failed (the defect itself is ACCESS-01's and STARTTLS-08's).
 */
class AccessNeedsTlsChecksTest {
    private static final Set<String> NEED_TLS = Set.of("ACCESS-05", "TLS-VER-04", "CERT-01", "CERT-02", "CERT-03",
            "TLS-VER-01", "TLS-VER-02", "TLS-CS-01", "TLS-CS-02", "TLS-CS-03", "TLS-CS-04", "TLS-KX-01", "TLS-KX-02",
            "TLS-EXT-01", "TLS-EXT-02", "TLS-EXT-03", "TLS-EXT-06");

    /** The checks of {@code service} that need TLS; ACCESS-05 is about the plaintext phase, absent on implicit TLS. */
    private static List<InboundCheck> needingTls(MailService service) {
        List<InboundCheck> checks = Checks.inbound(service).stream().filter(c -> NEED_TLS.contains(c.requirementId()))
                .filter(c -> !(service.implicitTls() && c.requirementId().equals("ACCESS-05"))).toList();
        assertThat(checks).hasSize(service.implicitTls() ? NEED_TLS.size() - 1 : NEED_TLS.size());
        return checks;
    }

    private static void forEach(MailService service, TlsDialogueFixture dialogue, Consumer<Verdict> expectation) {
        for (InboundCheck check : needingTls(service)) {
            expectation.accept(InboundFacts.on(service).with(TLS_DIALOGUE, dialogue).judgedBy(check));
        }
    }

    @Test
    void areSkippedWhenTheTlsCommandIsNotAdvertised() {
        forEach(IMAP, dialogue(IMAP).announcing("IMAP4rev1", "LOGINDISABLED"),
                v -> assertSkipped(v, "needs TLS, but the server does not advertise STARTTLS"));
        forEach(POP3, dialogue(POP3).announcing("TOP", "UIDL"),
                v -> assertSkipped(v, "needs TLS, but the server does not advertise STLS"));
    }

    @Test
    void areSkippedWhenTheTlsCommandIsRefused() {
        forEach(IMAP, dialogue(IMAP).tlsCommandRefused("a NO [UNAVAILABLE] TLS not available"),
                v -> assertSkipped(v, "needs TLS, but STARTTLS was answered a NO [UNAVAILABLE] TLS not available"));
    }

    @Test
    void areSkippedWhenTheHandshakeFailsWithoutAChain() {
        forEach(IMAP, dialogue(IMAP).handshakeFailed("Received fatal alert: protocol_version").withoutCertificate(),
                v -> assertSkipped(v, "needs TLS, but the handshake failed: Received fatal alert: protocol_version"));
        forEach(IMAPS, dialogue(IMAPS).handshakeFailed("Unsupported or unrecognized SSL message").withoutCertificate(),
                v -> assertSkipped(v, "needs TLS, but the handshake on this implicit-TLS port failed: Unsupported or unrecognized"));
    }

    @Test
    void couldNotBeTestedOnAnUnreachableService() {
        for (MailService service : List.of(IMAP, IMAPS)) {
            forEach(service, dialogue(service).unreachable("connection refused or unreachable (Connection refused)"),
                    v -> assertBroken(v, "connection refused or unreachable (Connection refused)"));
        }
    }

    @Test
    void couldNotBeTestedWhenTheServiceTurnsTheSessionAway() {
        forEach(POP3, dialogue(POP3).greetingRefused("-ERR [IN-USE] too many connections"),
                v -> assertBroken(v, "-ERR [IN-USE] too many connections"));
    }

    @Test
    void couldNotBeTestedWhenTheCapabilitiesAreNotAnswered() {
        forEach(IMAP, dialogue(IMAP).capabilitiesRefused(Optional.of("timed out during CAPABILITY")),
                v -> assertBroken(v, "timed out during CAPABILITY"));
    }

    @Test
    void couldNotBeTestedWhenTheSessionBreaksBeforeTheHandshake() {
        forEach(IMAP, dialogue(IMAP).handshakeNotRun("connection lost during STARTTLS (Connection reset)"),
                v -> assertBroken(v, "connection lost during STARTTLS"));
        forEach(IMAP, dialogue(IMAP).tlsCommandNotAnswered("timed out during STARTTLS"),
                v -> assertBroken(v, "timed out during STARTTLS"));
    }
}
