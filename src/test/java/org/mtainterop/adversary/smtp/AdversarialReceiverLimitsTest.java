package org.mtainterop.adversary.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtainterop.pki.TestPki;
import org.mtainterop.sender.EmbeddedSender;
import org.mtainterop.sender.OutboundPolicy;
import org.mtainterop.sender.TestMessage;

/**
 * Bad clients are cut off by the receiver's limits and recorded as such, while it keeps serving others:
 * a client that never finishes a line, one that trickles past the session deadline, garbage, overlong lines,
 * garbage instead of a ClientHello, and one connection too many.
 */
class AdversarialReceiverLimitsTest {
    private static final TestPki PKI = TestPki.generate();
    private AdversarialReceiver receiver;

    @BeforeEach
    void start() {
        receiver = AdversarialReceiver.start(AdversarialReceiver.Settings.of(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "mx.partner.test", AdversarialProfile.COMPLIANT)
                .withTimeouts(Duration.ofMillis(800), Duration.ofSeconds(3)).withLimits(2, 64 * 1024), PKI);
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private Socket connect() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), receiver.port());
        s.setSoTimeout(10_000);
        readReply(s.getInputStream());
        return s;
    }

    private static String readReply(InputStream in) throws IOException {
        StringBuilder all = new StringBuilder();
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            line.append((char) c);
            if (c == '\n') {
                all.append(line);
                if (line.length() >= 4 && line.charAt(3) == ' ') {
                    break;
                }
                line.setLength(0);
            }
        }
        return all.toString();
    }

    private SessionFacts awaitSession(int index) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(10);
        while (receiver.sessions().size() <= index && Instant.now().isBefore(until)) {
            Thread.sleep(20);
        }
        return receiver.sessions().get(index);
    }

    @Test
    void aClientThatNeverFinishesItsLineIsCutOffAndOthersAreStillServed() throws Exception {
        try (Socket silent = connect()) {
            silent.getOutputStream().write("EHLO half-a-line".getBytes(StandardCharsets.US_ASCII));
            EmbeddedSender good = new EmbeddedSender(OutboundPolicy.VERIFY, receiver.endpoint(), PKI.rootCertificate());
            good.submit(TestMessage.create("a@sender.test", "bob@partner.test", "served meanwhile"));
            assertThat(readReply(silent.getInputStream())).startsWith("421 4.4.2");
        }
        List<SessionFacts> sessions = List.of(awaitSession(0), awaitSession(1));
        assertThat(sessions).anySatisfy(s -> assertThat(s.delivered()).isPresent());
        assertThat(sessions).anySatisfy(s -> assertThat(s.ending()).startsWith("cut off: no complete line"));
    }

    @Test
    void aTricklingClientIsCutAtTheSessionDeadline() throws Exception {
        try (Socket trickle = connect()) {
            OutputStream out = trickle.getOutputStream();
            Instant start = Instant.now();
            try {
                for (int i = 0; i < 40; i++) {
                    out.write("NOOP\r\n".getBytes(StandardCharsets.US_ASCII));
                    readReply(trickle.getInputStream());
                    Thread.sleep(300);
                }
            } catch (IOException expected) {
                // the receiver closed the connection
            }
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(8));
        }
        assertThat(awaitSession(0).ending()).startsWith("cut off: session longer than 3 s");
    }

    @Test
    void garbageGetsErrorsAndAnOverlongLineEndsTheSession() throws Exception {
        try (Socket junk = connect()) {
            OutputStream out = junk.getOutputStream();
            out.write(new byte[] {0, 1, 2, (byte) 0xff, '\r', '\n'});
            assertThat(readReply(junk.getInputStream())).startsWith("500");
            out.write(new byte[5000]);
            assertThat(readReply(junk.getInputStream())).startsWith("500 5.5.2 line too long");
        }
        SessionFacts s = awaitSession(0);
        assertThat(s.ending()).startsWith("cut off: client line longer than");
        assertThat(s.renderedTranscript()).contains("C   \\x00\\x01\\x02\\xff");
    }

    @Test
    void garbageInsteadOfAClientHelloIsRecorded() throws Exception {
        try (Socket s = connect()) {
            OutputStream out = s.getOutputStream();
            out.write("EHLO junk.test\r\n".getBytes(StandardCharsets.US_ASCII));
            readReply(s.getInputStream());
            out.write("STARTTLS\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(readReply(s.getInputStream())).startsWith("220");
            out.write("MAIL FROM:<not-tls@junk.test>\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(s.getInputStream().read()).isEqualTo(-1);
        }
        SessionFacts facts = awaitSession(0);
        assertThat(facts.starttlsSent()).isTrue();
        assertThat(facts.clientHelloProblem().orElseThrow().render(org.mtainterop.report.ReportLanguage.EN))
                .isEqualTo("not a TLS handshake record: starts with \"MAIL \"");
        assertThat(facts.clientHelloProblem().orElseThrow().render(org.mtainterop.report.ReportLanguage.FR))
                .isEqualTo("pas un enregistrement de négociation TLS : commence par \"MAIL \"");
        assertThat(facts.transcript()).anySatisfy(e -> assertThat(e.text())
                .contains("no ClientHello: not a TLS handshake record: starts with \"MAIL \""));
        assertThat(facts.tlsEstablished()).isFalse();
    }

    @Test
    void oneConnectionTooManyIsToldToComeBackLater() throws Exception {
        try (Socket a = connect(); Socket b = connect();
             Socket c = new Socket(InetAddress.getLoopbackAddress(), receiver.port())) {
            c.setSoTimeout(5000);
            assertThat(readReply(c.getInputStream())).startsWith("421 4.3.2");
        }
    }
}
