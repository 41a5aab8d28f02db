package org.mtainterop.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtainterop.report.EnglishLeftovers;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.operators.MailboxCredential;
import org.mtainterop.operators.MxHost;
import org.mtainterop.operators.TestMailbox;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;

/**
 * The path sessions against hostile peers on loopback (test peers that misbehave on purpose, not mocks): silence,
 * a server echoing the credential back, a certificate for another name, an IMAP server that never finishes a
 * search. Each ends as a bounded, one-line outcome; no password reaches an outcome or a transcript.
 */
class HostilePathPeersTest {
    private static final TestPki PKI = TestPki.generate();
    private static final String NAME = "mail.hostile.test";
    private static final String PASSWORD = "Hostile-Secret-Pw-77";
    private static final MailboxCredential CREDENTIAL = new MailboxCredential("probe", PASSWORD, "test");
    private final List<String> received = new CopyOnWriteArrayList<>();
    private ServerSocket server;
    private final NetworkLimits limits = NetworkLimits.defaults().withReadTimeout(Duration.ofSeconds(2))
            .withSessionDeadline(Duration.ofSeconds(6));
    private final SecretScrub scrub = new SecretScrub(List.of(CREDENTIAL));
    private final TrustAnchors trust = TrustAnchors.none().withCertificate(PKI.rootCertificate());

    interface Script {
        void talk(Socket s, BufferedReader in, OutputStream out) throws IOException;
    }

    private int serve(Script script) throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            try (Socket s = server.accept()) {
                s.setSoTimeout(10_000);
                script.talk(s, reader(s), s.getOutputStream());
            } catch (IOException ignored) {
                // the client hung up: the test reads what it recorded
            }
        });
        t.setDaemon(true);
        t.start();
        return server.getLocalPort();
    }

    private static BufferedReader reader(Socket s) throws IOException {
        return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    private String line(BufferedReader in) throws IOException {
        String l = in.readLine();
        received.add(String.valueOf(l));
        return l == null ? "" : l;
    }

    private static void say(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static SSLSocket tls(Socket s, CertificateProfile profile) throws IOException {
        SSLContext context = PKI.issue(profile, NAME).serverSslContext();
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(s, null, s.getPort(), true);
        tls.setUseClientMode(false);
        tls.startHandshake();
        return tls;
    }

    private static TestMailbox mailbox(int port) {
        MxHost host = new MxHost(NAME, port, Optional.of("127.0.0.1"));
        return new TestMailbox("probe@hostile.test", host, host, "probe", Optional.empty(), Optional.of("X"), "test");
    }

    private static PathMessage message() {
        return PathMessage.between("h", "h", "probe@hostile.test", "probe@hostile.test");
    }

    @AfterEach
    void close() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    /** The session's outcome as a French report words it: no English word of the harness's own once facts are out. */
    private static String french(SessionFacts f) {
        String text = f.said().render(ReportLanguage.FR);
        assertThat(EnglishLeftovers.in(text)).as(text).isEmpty();
        assertThat(text).doesNotContain(PASSWORD);
        return text;
    }

    @Test
    void aSilentServerEndsWithinTheReadTimeout() throws IOException {
        int port = serve((s, in, out) -> line(in));
        long start = System.nanoTime();
        SessionFacts f = SubmissionSession.submit(mailbox(port), CREDENTIAL, message(), trust, limits, scrub);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(f.succeeded()).isFalse();
        assertThat(f.outcome()).startsWith("stopped: no response within 2 s");
        assertThat(french(f)).startsWith("arrêté : ");
    }

    /** Up to AUTH over valid TLS; {@code afterAuth} answers the AUTH line. */
    private Script submissionThatAnswersAuth(String afterAuth) {
        return (s, in, out) -> {
            say(out, "220 " + NAME + " ESMTP\r\n");
            line(in);
            say(out, "250-" + NAME + "\r\n250 STARTTLS\r\n");
            line(in);
            say(out, "220 go ahead\r\n");
            SSLSocket t = tls(s, CertificateProfile.VALID);
            BufferedReader tin = reader(t);
            line(tin);
            say(t.getOutputStream(), "250-" + NAME + "\r\n250 AUTH PLAIN LOGIN\r\n");
            String auth = line(tin);
            say(t.getOutputStream(), afterAuth.replace("$AUTH", auth));
            line(tin);
        };
    }

    @Test
    void aServerEchoingTheCredentialNeverGetsItIntoTheReport() throws IOException {
        int port = serve(submissionThatAnswersAuth("535-5.7.8 you sent: $AUTH\r\n535 5.7.8 password " + PASSWORD + " is wrong\r\n"));
        SessionFacts f = SubmissionSession.submit(mailbox(port), CREDENTIAL, message(), trust, limits, scrub);
        assertThat(f.succeeded()).isFalse();
        assertThat(f.outcome()).isEqualTo("authentication as probe refused: 535");
        assertThat(french(f)).isEqualTo("authentification de probe refusée : 535");
        assertThat(received).anyMatch(l -> l.startsWith("AUTH PLAIN ")); // the server did get it, over TLS
        assertThat(f.transcript()).contains("AUTH PLAIN <redacted>").doesNotContain(PASSWORD)
                .doesNotContain(SecretScrub.b64("\0probe\0" + PASSWORD));
    }

    @Test
    void aHugeReplyAfterAuthIsCutNotKept() throws IOException {
        int port = serve(submissionThatAnswersAuth("235 " + "x".repeat(200_000) + "\r\n"));
        SessionFacts f = SubmissionSession.submit(mailbox(port), CREDENTIAL, message(), trust, limits, scrub);
        assertThat(f.succeeded()).isFalse();
        assertThat(f.outcome()).startsWith("stopped:");
        assertThat(f.transcript().length()).isLessThan(100_000);
    }

    @Test
    void aCertificateForAnotherNameGetsNoCredential() throws IOException {
        int port = serve((s, in, out) -> {
            say(out, "220 " + NAME + " ESMTP\r\n");
            line(in);
            say(out, "250-" + NAME + "\r\n250 STARTTLS\r\n");
            line(in);
            say(out, "220 go ahead\r\n");
            SSLSocket t = tls(s, CertificateProfile.WRONG_HOST);
            line(reader(t));
        });
        SessionFacts f = SubmissionSession.submit(mailbox(port), CREDENTIAL, message(), trust, limits, scrub);
        assertThat(f.outcome()).contains("certificate not for " + NAME).endsWith("credentials not sent");
        assertThat(french(f)).startsWith("certificat qui n'est pas pour " + NAME).endsWith(" ; identifiants non envoyés");
        assertThat(received).noneMatch(l -> l.startsWith("AUTH"));
    }

    @Test
    void anImapServerThatNeverFinishesASearchEndsAtTheDeadline() throws IOException {
        int port = serve((s, in, out) -> {
            say(out, "* OK " + NAME + " ready\r\n");
            line(in);
            say(out, "p1 OK begin TLS\r\n");
            SSLSocket t = tls(s, CertificateProfile.VALID);
            BufferedReader tin = reader(t);
            OutputStream tout = t.getOutputStream();
            String login = line(tin);
            say(tout, "p2 NO [AUTHENTICATIONFAILED] no: " + login + "\r\n");
        });
        MailboxSession.Reading r = MailboxSession.read(mailbox(port), CREDENTIAL, message(), trust, limits,
                System.nanoTime(), Duration.ofSeconds(3), false, scrub);
        assertThat(r.session().outcome()).isEqualTo("LOGIN as probe refused: NO");
        assertThat(french(r.session())).isEqualTo("LOGIN de probe refusé : NO");
        assertThat(r.session().transcript()).contains("p2 LOGIN <redacted>").doesNotContain(PASSWORD);
        assertThat(received).anyMatch(l -> l.contains(PASSWORD)); // sent only inside TLS, to the server that asked
    }

    /** A well-behaved IMAP server holding the message as UID 42; {@code uidplus} whether it announces UIDPLUS. */
    private Script mailboxHolding(PathMessage m, boolean uidplus) {
        return (s, in, out) -> {
            say(out, "* OK " + NAME + " ready\r\n");
            line(in);
            say(out, "p1 OK begin TLS\r\n");
            SSLSocket t = tls(s, CertificateProfile.VALID);
            BufferedReader tin = reader(t);
            OutputStream tout = t.getOutputStream();
            line(tin);
            say(tout, "p2 OK [CAPABILITY IMAP4rev1" + (uidplus ? " UIDPLUS" : "") + "] logged in\r\n");
            line(tin);
            say(tout, "* 1 EXISTS\r\np3 OK [READ-WRITE] selected\r\n");
            String search = line(tin);
            say(tout, (search.contains(m.tag()) ? "* SEARCH 42\r\n" : "* SEARCH\r\n") + "p4 OK done\r\n");
            line(tin);
            String header = CannedPathMatrix.header(CannedPathMatrix.SUBMISSION, CannedPathMatrix.RELAY_TLS);
            say(tout, "* 1 FETCH (UID 42 BODY[HEADER] {" + header.length() + "}\r\n" + header + ")\r\np5 OK done\r\n");
            for (int tag = 6; tag < 10; tag++) {
                String command = line(tin);
                if (command.isEmpty()) {
                    return;
                }
                say(tout, command.contains("LOGOUT") ? "* BYE\r\np" + tag + " OK bye\r\n" : "p" + tag + " OK done\r\n");
            }
        };
    }

    @Test
    void theMessageReadIsDeletedAloneOrKept() throws IOException {
        PathMessage m = message();
        int port = serve(mailboxHolding(m, true));
        MailboxSession.Reading r = MailboxSession.read(mailbox(port), CREDENTIAL, m, trust, limits, System.nanoTime(),
                Duration.ofSeconds(3), false, scrub);
        assertThat(r.session().succeeded()).as(r.session().outcome()).isTrue();
        assertThat(ReceivedChain.of(r.header().orElseThrow()).hops()).hasSize(2);
        assertThat(r.deletion()).isEqualTo("deleted (UID EXPUNGE 42)");
        assertThat(received).anyMatch(l -> l.endsWith("UID STORE 42 +FLAGS.SILENT (\\Deleted)"))
                .anyMatch(l -> l.endsWith("UID EXPUNGE 42")).noneMatch(l -> l.matches("p\\d+ EXPUNGE"));
        server.close();
        received.clear();
        port = serve(mailboxHolding(m, true));
        MailboxSession.Reading kept = MailboxSession.read(mailbox(port), CREDENTIAL, m, trust, limits, System.nanoTime(),
                Duration.ofSeconds(3), true, scrub);
        assertThat(kept.deletion()).isEqualTo("kept (--keep)");
        assertThat(received).noneMatch(l -> l.contains("STORE") || l.contains("EXPUNGE"));
        server.close();
        received.clear();
        port = serve(mailboxHolding(m, false));
        MailboxSession.Reading flagged = MailboxSession.read(mailbox(port), CREDENTIAL, m, trust, limits,
                System.nanoTime(), Duration.ofSeconds(3), false, scrub);
        assertThat(flagged.deletion()).startsWith("flagged \\Deleted only: the server lacks UIDPLUS");
        assertThat(received).noneMatch(l -> l.contains("EXPUNGE"));
    }

    @Test
    void aPasswordLoginCannotQuoteIsNeverSent() throws IOException {
        int port = serve((s, in, out) -> {
            say(out, "* OK " + NAME + " ready\r\n");
            line(in);
            say(out, "p1 OK begin TLS\r\n");
            SSLSocket t = tls(s, CertificateProfile.VALID);
            line(reader(t));
        });
        MailboxCredential odd = new MailboxCredential("probe", "pässwörd-ümlaut", "test");
        MailboxSession.Reading r = MailboxSession.read(mailbox(port), odd, message(), trust, limits, System.nanoTime(),
                Duration.ofSeconds(2), false, new SecretScrub(List.of(odd)));
        assertThat(r.session().outcome()).contains("cannot quote").endsWith("credentials not sent");
        assertThat(french(r.session())).contains("ne sait pas citer").endsWith("identifiants non envoyés");
    }

    @Test
    void anImapSearchAnsweredForeverIsCut() throws IOException {
        int port = serve((s, in, out) -> {
            say(out, "* OK " + NAME + " ready\r\n");
            line(in);
            say(out, "p1 OK begin TLS\r\n");
            SSLSocket t = tls(s, CertificateProfile.VALID);
            BufferedReader tin = reader(t);
            OutputStream tout = t.getOutputStream();
            line(tin);
            say(tout, "p2 OK [CAPABILITY IMAP4rev1 UIDPLUS] logged in\r\n");
            line(tin);
            say(tout, "* 1 EXISTS\r\np3 OK selected\r\n");
            line(tin);
            for (int i = 0; i < 100_000; i++) {
                say(tout, "* SEARCH\r\n");
            }
        });
        long start = System.nanoTime();
        MailboxSession.Reading r = MailboxSession.read(mailbox(port), CREDENTIAL, message(), trust, limits,
                System.nanoTime(), Duration.ofSeconds(3), false, scrub);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
        assertThat(r.header()).isEmpty();
        assertThat(r.session().outcome()).startsWith("stopped:");
    }
}
