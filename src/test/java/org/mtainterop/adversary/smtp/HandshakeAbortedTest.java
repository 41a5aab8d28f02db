package org.mtainterop.adversary.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mtainterop.pki.TestPki;
import org.mtainterop.report.EnglishLeftovers;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.sender.EmbeddedSender;
import org.mtainterop.sender.OutboundPolicy;
import org.mtainterop.sender.TestMessage;
import org.mtainterop.tls.HandshakeFailure;

/**
 * What the handshake-abort profiles' receiver says as it aborts, as the sender-direction verdicts quote it: the
 * failure of a real sender's handshake, in English as the server said it, in French in a French report.
 */
class HandshakeAbortedTest {
    private static final TestPki PKI = TestPki.generate();

    private static SessionFacts firstSession(AdversarialProfile profile) throws Exception {
        try (AdversarialReceiver receiver = AdversarialReceiver.start(AdversarialReceiver.Settings.of(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "mx.partner.test", profile)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)), PKI);
             EmbeddedSender sender = new EmbeddedSender(OutboundPolicy.VERIFY, receiver.endpoint(), PKI.rootCertificate())) {
            sender.submit(TestMessage.create("a@sender.test", "bob@partner.test", "aborted"));
            Instant until = Instant.now().plusSeconds(10);
            while (receiver.sessions().isEmpty() && Instant.now().isBefore(until)) {
                Thread.sleep(20);
            }
            return receiver.sessions().get(0);
        }
    }

    @Test
    void everyHandshakeAbortedIsSaidInTheReportsLanguage() throws Exception {
        SessionFacts s = firstSession(AdversarialProfile.HANDSHAKE_ABORT);
        assertThat(s.tlsFailure()).hasValue("the profile aborts every handshake");
        assertThat(s.described().render(ReportLanguage.EN)).isEqualTo(s.summary())
                .contains("handshake failed (the profile aborts every handshake)");
        String french = s.described().render(ReportLanguage.FR);
        assertThat(french).contains("(le profil interrompt chaque négociation TLS)");
        assertThat(EnglishLeftovers.in(HandshakeFailure.of(s.tlsFailure().get()).render(ReportLanguage.FR))).isEmpty();
    }

    @Test
    void theFirstHandshakeAbortedIsSaidInTheReportsLanguage() throws Exception {
        SessionFacts s = firstSession(AdversarialProfile.FAIL_FIRST_HANDSHAKE);
        assertThat(s.tlsFailure()).hasValue("the profile aborts the first handshake");
        assertThat(HandshakeFailure.of(s.tlsFailure().get()).render(ReportLanguage.FR))
                .isEqualTo("le profil interrompt la première négociation TLS");
    }
}
