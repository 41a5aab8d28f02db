package org.mtainterop.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.tls.raw.ClientHello;
import org.mtainterop.tls.raw.ProtocolVersion;

/**
 * The way into TLS before a raw hello, per protocol, against scripted servers on loopback: what is sent before
 * the hello (and nothing more), and servers that turn the session away, shout, or say nothing. Every case ends
 * within the read timeout or the session deadline, with a one-line reason.
 */
@Timeout(60)
class TlsPreambleTest {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
    private static final ProbeSettings SETTINGS = new ProbeSettings(ProbeSettings.DEFAULT_EHLO_NAME, NetworkLimits.defaults()
            .withReadTimeout(READ_TIMEOUT).withSessionDeadline(Duration.ofSeconds(3)), TrustAnchors.none(), 1);
    /** A fatal protocol_version alert, as a TLS 1.2 record: the scripted servers' answer to any hello. */
    private static final byte[] PROTOCOL_VERSION_ALERT = {0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x46};
    private static final ClientHello HELLO = ClientHello.typical(ProtocolVersion.TLS_1_2, List.of(0xC02F),
            Optional.of("mail.example.test"));

    @Test
    void imapSendsCapabilityAndStarttlsThenTheHello() throws Exception {
        try (ScriptedServer server = new ScriptedServer(c -> {
            c.write("* OK IMAP4rev1 ready");
            c.expect("a1 CAPABILITY");
            c.write("* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED");
            c.write("a1 OK CAPABILITY completed");
            c.expect("a2 STARTTLS");
            c.write("a2 OK Begin TLS negotiation now");
            c.answerHello();
        })) {
            RawHelloExchange.Result r = exchange(MailService.IMAP).send(server.endpoint(), HELLO);
            assertThat(r.response()).as(r.brief()).hasValueSatisfying(resp ->
                    assertThat(resp.alert()).hasValueSatisfying(a -> assertThat(a.description()).isEqualTo(70)));
            assertThat(server.received()).containsExactly("a1 CAPABILITY", "a2 STARTTLS", "TLS handshake record");
        }
    }

    @Test
    void pop3SendsCapaAndStlsThenTheHello() throws Exception {
        try (ScriptedServer server = new ScriptedServer(c -> {
            c.write("+OK POP3 ready");
            c.expect("CAPA");
            c.write("+OK\r\nSTLS\r\nSASL\r\n.");
            c.expect("STLS");
            c.write("+OK Begin TLS negotiation now");
            c.answerHello();
        })) {
            RawHelloExchange.Result r = exchange(MailService.POP3).send(server.endpoint(), HELLO);
            assertThat(r.response()).as(r.brief()).isPresent();
            assertThat(server.received()).containsExactly("CAPA", "STLS", "TLS handshake record");
        }
    }

    @Test
    void submissionSendsEhloAndStarttlsThenTheHello() throws Exception {
        try (ScriptedServer server = new ScriptedServer(c -> {
            c.write("220 smtp.example.test ESMTP");
            c.expect("EHLO " + ProbeSettings.DEFAULT_EHLO_NAME);
            c.write("250-smtp.example.test\r\n250-PIPELINING\r\n250 STARTTLS");
            c.expect("STARTTLS");
            c.write("220 2.0.0 Ready to start TLS");
            c.answerHello();
        })) {
            RawHelloExchange.Result r = exchange(MailService.SUBMISSION).send(server.endpoint(), HELLO);
            assertThat(r.response()).as(r.brief()).isPresent();
            assertThat(server.received()).hasSize(3).endsWith("TLS handshake record");
        }
    }

    @Test
    void implicitTlsSendsTheHelloFirst() throws Exception {
        try (ScriptedServer server = new ScriptedServer(ScriptedServer.Conversation::answerHello)) {
            RawHelloExchange.Result r = exchange(MailService.IMAPS).send(server.endpoint(), HELLO);
            assertThat(r.response()).as(r.brief()).isPresent();
            assertThat(server.received()).containsExactly("TLS handshake record");
        }
    }

    @Test
    void anImapByeGreetingIsBusyRetriedWithPausesThenNamed() throws Exception {
        try (ScriptedServer server = new ScriptedServer(c -> c.write("* BYE Too many connections from your IP"))) {
            long start = System.nanoTime();
            RawHelloExchange.Result r = exchange(MailService.IMAP).send(server.endpoint(), HELLO);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(r.serverBusy()).isTrue();
            assertThat(r.problem()).hasValueSatisfying(p -> assertThat(p.render(ReportLanguage.EN))
                    .isEqualTo("the server is busy: * BYE Too many connections from your IP"));
            assertThat(r.problem().orElseThrow().render(ReportLanguage.FR))
                    .isEqualTo("le serveur est occupé : * BYE Too many connections from your IP");
            assertThat(server.connections()).isEqualTo(5);
            assertThat(took).isBetween(Duration.ofMillis(200 + 400 + 800 + 1600), Duration.ofSeconds(10));
        }
    }

    @Test
    void aPop3ErrGreetingIsBusyAndALaterWelcomeIsUsed() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        try (ScriptedServer server = new ScriptedServer(c -> {
            if (seen.incrementAndGet() <= 2) {
                c.write("-ERR [SYS/TEMP] Too many connections, try later");
                return;
            }
            c.write("+OK POP3 ready");
            c.expect("CAPA");
            c.write("+OK\r\nSTLS\r\n.");
            c.expect("STLS");
            c.write("+OK");
            c.answerHello();
        })) {
            assertThat(TlsPreamble.of(MailService.POP3, SETTINGS).open(server.endpoint()).state())
                    .isEqualTo(TlsOpening.State.BUSY);
            RawHelloExchange.Result r = exchange(MailService.POP3).send(server.endpoint(), HELLO);
            assertThat(r.serverBusy()).isFalse();
            assertThat(r.response()).as(r.brief()).isPresent();
            assertThat(server.connections()).isEqualTo(3);
        }
    }

    @Test
    void anSmtp421GreetingIsBusyButA554IsARefusal() throws Exception {
        try (ScriptedServer busy = new ScriptedServer(c -> c.write("421 4.7.0 Too many connections"));
             ScriptedServer refusing = new ScriptedServer(c -> c.write("554 5.7.1 No service for you"))) {
            assertThat(open(MailService.SUBMISSION, busy).state()).isEqualTo(TlsOpening.State.BUSY);
            TlsOpening refused = open(MailService.SUBMISSION, refusing);
            assertThat(refused.state()).isEqualTo(TlsOpening.State.FAILED);
            assertThat(refused.reason()).contains("refused the session in its greeting").contains("554");
        }
    }

    @Test
    void aTenMebibyteGreetingLineIsCutAtTheLineLimit() throws Exception {
        try (ScriptedServer server = new ScriptedServer(c -> c.writeRaw("* OK " + "x".repeat(10 * 1024 * 1024)))) {
            long start = System.nanoTime();
            TlsOpening o = open(MailService.IMAP, server);
            assertThat(o.state()).isEqualTo(TlsOpening.State.FAILED);
            assertThat(o.reason()).contains("longer than 4096").doesNotContain("\n");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void endlessUntaggedResponsesBeforeTheAnswerAreCut() throws Exception {
        try (ScriptedServer server = new ScriptedServer(c -> {
            c.write("* OK ready");
            c.expect("a1 CAPABILITY");
            for (int i = 0; i < 100_000; i++) {
                c.write("* CAPABILITY IMAP4rev1 X" + i);
            }
        })) {
            TlsOpening o = open(MailService.IMAP, server);
            assertThat(o.state()).isEqualTo(TlsOpening.State.FAILED);
            assertThat(o.reason()).contains("untagged responses");
        }
    }

    @Test
    void silenceIsBoundedByTheReadTimeout() throws Exception {
        try (ScriptedServer server = new ScriptedServer(c -> c.sleep(5000))) {
            long start = System.nanoTime();
            TlsOpening o = open(MailService.POP3, server);
            assertThat(o.state()).isEqualTo(TlsOpening.State.FAILED);
            assertThat(o.reason()).contains("timed out waiting for the greeting");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(READ_TIMEOUT.multipliedBy(2));
        }
    }

    @Test
    void aTrickleIsCutOnceTheWholeReplyTakesLongerThanTheReadTimeout() throws Exception {
        try (ScriptedServer server = new ScriptedServer(c -> {
            for (int i = 0; i < 100; i++) {
                c.writeRaw(i == 0 ? "* OK " : "x");
                c.sleep(300);
            }
        })) {
            long start = System.nanoTime();
            TlsOpening o = open(MailService.IMAP, server);
            assertThat(o.state()).isEqualTo(TlsOpening.State.FAILED);
            assertThat(o.reason()).contains("drip-fed"); // each byte within the read timeout, the reply not
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aTruncatedAnswerIsMalformedSaidInTheReportsLanguage() throws Exception {
        try (ScriptedServer server = new ScriptedServer(c -> {
            c.readHello();
            c.writeRaw("\u0016\u0003\u0003\u0000\u0040abc"); // a handshake record of 64 bytes, 3 of them sent
        })) {
            RawHelloExchange.Result r = exchange(MailService.IMAPS).send(server.endpoint(), HELLO);
            assertThat(r.response()).isEmpty();
            assertThat(r.brief()).isEqualTo("malformed answer: truncated record body: 3 of 64 bytes before the connection closed");
            assertThat(r.problem().orElseThrow().render(ReportLanguage.FR)).isEqualTo("réponse mal formée : corps"
                    + " d'enregistrement tronqué : 3 sur 64 octets reçus avant la fermeture de la connexion");
        }
    }

    @Test
    void silenceAfterStlsIsNoAnswerToTheHello() throws Exception {
        try (ScriptedServer server = new ScriptedServer(c -> {
            c.write("+OK ready");
            c.expect("CAPA");
            c.write("+OK\r\nSTLS\r\n.");
            c.expect("STLS");
            c.write("+OK");
            c.sleep(5000);
        })) {
            RawHelloExchange.Result r = exchange(MailService.POP3).send(server.endpoint(), HELLO);
            assertThat(r.response()).isEmpty();
            assertThat(r.problem().map(p -> p.render(ReportLanguage.EN))).hasValue("no answer to the hello within the read timeout");
            assertThat(r.problem().orElseThrow().render(ReportLanguage.FR))
                    .isEqualTo("aucune réponse au ClientHello dans le délai de lecture");
        }
    }

    @Test
    void noTlsCommandOrARefusedOneMeansNoTls() throws Exception {
        try (ScriptedServer imap = new ScriptedServer(c -> {
            c.write("* OK ready");
            c.expect("a1 CAPABILITY");
            c.write("* CAPABILITY IMAP4rev1 AUTH=PLAIN");
            c.write("a1 OK done");
        }); ScriptedServer pop3 = new ScriptedServer(c -> {
            c.write("+OK ready");
            c.expect("CAPA");
            c.write("+OK\r\nSTLS\r\n.");
            c.expect("STLS");
            c.write("-ERR TLS is not available right now");
        })) {
            TlsOpening noStarttls = open(MailService.IMAP, imap);
            assertThat(noStarttls.state()).isEqualTo(TlsOpening.State.NO_TLS);
            assertThat(noStarttls.reason()).isEqualTo("the server does not advertise STARTTLS");
            RawHelloExchange.Result refused = exchange(MailService.POP3).send(pop3.endpoint(), HELLO);
            assertThat(refused.starttlsUnavailable()).isTrue();
            assertThat(refused.problem().map(p -> p.render(ReportLanguage.EN))).hasValue("STLS was answered -ERR TLS is not available right now");
            assertThat(refused.problem().map(p -> p.render(ReportLanguage.FR)).orElseThrow()).doesNotStartWith("STLS was answered");
        }
    }

    @Test
    void byeInsteadOfTheAnswerToStarttlsIsAFailureSayingSo() throws Exception {
        try (ScriptedServer server = new ScriptedServer(c -> {
            c.write("* OK ready");
            c.expect("a1 CAPABILITY");
            c.write("* CAPABILITY IMAP4rev1 STARTTLS");
            c.write("a1 OK done");
            c.expect("a2 STARTTLS");
            c.write("* BYE server shutting down");
        })) {
            TlsOpening o = open(MailService.IMAP, server);
            assertThat(o.state()).isEqualTo(TlsOpening.State.FAILED);
            assertThat(o.reason()).contains("during STARTTLS").contains("BYE");
        }
    }

    private static RawHelloExchange exchange(MailService service) {
        return new RawHelloExchange(SETTINGS, service);
    }

    private static TlsOpening open(MailService service, ScriptedServer server) {
        try (TlsOpening o = TlsPreamble.of(service, SETTINGS).open(server.endpoint())) {
            return o;
        }
    }

    /** A loopback server that plays one script per connection and records what it read. */
    private static final class ScriptedServer implements AutoCloseable {
        interface Script {
            void play(Conversation c) throws IOException;
        }

        private final ServerSocket listener;
        private final AtomicInteger connections = new AtomicInteger();
        private final List<String> received = Collections.synchronizedList(new ArrayList<>());

        ScriptedServer(Script script) throws IOException {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!listener.isClosed()) {
                    try {
                        Socket s = listener.accept();
                        connections.incrementAndGet();
                        Thread t = new Thread(() -> {
                            try (s) {
                                script.play(new Conversation(s, received));
                            } catch (IOException ignored) {
                                // the client hung up, as it may
                            }
                        }, "scripted-session");
                        t.setDaemon(true);
                        t.start();
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "scripted-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        Endpoint endpoint() {
            return new Endpoint("127.0.0.1", listener.getLocalPort(), "mail.example.test");
        }

        int connections() {
            return connections.get();
        }

        List<String> received() {
            return List.copyOf(received);
        }

        @Override
        public void close() throws IOException {
            listener.close();
        }

        /** One connection: lines either way, then the raw TLS record the harness sends. */
        static final class Conversation {
            private final InputStream in;
            private final OutputStream out;
            private final List<String> received;

            Conversation(Socket s, List<String> received) throws IOException {
                s.setSoTimeout(10_000);
                this.in = s.getInputStream();
                this.out = s.getOutputStream();
                this.received = received;
            }

            void write(String line) throws IOException {
                writeRaw(line + "\r\n");
            }

            void writeRaw(String text) throws IOException {
                out.write(text.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }

            void expect(String line) throws IOException {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                    if (b != '\r') {
                        bytes.write(b);
                    }
                }
                String got = bytes.toString(StandardCharsets.ISO_8859_1);
                received.add(got);
                if (!got.equals(line)) {
                    throw new IOException("expected '" + line + "', got '" + got + "'");
                }
            }

            /** Reads one TLS record (the ClientHello), answering nothing. */
            void readHello() throws IOException {
                byte[] header = in.readNBytes(5);
                in.readNBytes(((header[3] & 0xff) << 8) | (header[4] & 0xff));
            }

            /** Reads one TLS record (the ClientHello) and answers it with a protocol_version alert. */
            void answerHello() throws IOException {
                byte[] header = in.readNBytes(5);
                boolean handshake = header.length == 5 && header[0] == 0x16 && header[1] == 0x03;
                received.add(handshake ? "TLS handshake record" : "not TLS: " + new String(header, StandardCharsets.ISO_8859_1));
                if (handshake) {
                    in.readNBytes(((header[3] & 0xff) << 8) | (header[4] & 0xff));
                    out.write(PROTOCOL_VERSION_ALERT);
                    out.flush();
                }
            }

            void sleep(long millis) {
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
