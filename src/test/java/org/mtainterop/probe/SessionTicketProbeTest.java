package org.mtainterop.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.report.EnglishLeftovers;
import org.mtainterop.report.ReportLanguage;

/**
 * The session probe (TLS-EXT-04/05) against a loopback server that answers STARTTLS 220, reads the ClientHello and
 * resets the connection: each handshake's problem and why no resumption was tried are said in the report's language,
 * the English as it was.
 */
class SessionTicketProbeTest {
    private static final ProbeSettings SETTINGS = new ProbeSettings(ProbeSettings.DEFAULT_EHLO_NAME, NetworkLimits.defaults()
            .withReadTimeout(Duration.ofSeconds(2)).withSessionDeadline(Duration.ofSeconds(5)), TrustAnchors.none(), 1);

    @Test
    void aResetAfterTheHelloIsSaidInTheReportsLanguage() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> serve(listener, null), "reset-after-hello");
            server.setDaemon(true);
            server.start();
            SessionTicketFacts facts = new SessionTicketProbe(SETTINGS)
                    .run(new Endpoint("127.0.0.1", listener.getLocalPort(), "mail.example.test"));
            assertThat(facts.noTls()).isEmpty();
            var problem = facts.tls13().problem().orElseThrow();
            String english = problem.render(ReportLanguage.EN);
            assertThat(english).startsWith("connection lost during the handshake (");
            assertThat(problem.render(ReportLanguage.FR)).startsWith("connexion perdue pendant la négociation TLS (");
            var notTried = facts.earlyDataNotTried().orElseThrow();
            assertThat(notTried.render(ReportLanguage.EN)).isEqualTo("no complete TLS 1.3 handshake (" + english + ")");
            String french = notTried.render(ReportLanguage.FR);
            assertThat(french).isEqualTo("pas de négociation TLS 1.3 complète (" + problem.render(ReportLanguage.FR) + ")");
            assertThat(EnglishLeftovers.in(french.replaceAll("\\([^()]*\\)\\)$", ")"))).as(french).isEmpty();
            assertThat(facts.readable()).contains("TLS 1.3: no complete handshake: " + english);
        }
    }

    @Test
    void anAlertAfterTheHelloIsTheHarnessClientsWordsInTheReportsLanguage() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> serve(listener, new byte[] {21, 3, 3, 0, 2, 2, 40}), "alert-after-hello");
            server.setDaemon(true);
            server.start();
            SessionTicketFacts facts = new SessionTicketProbe(SETTINGS)
                    .run(new Endpoint("127.0.0.1", listener.getLocalPort(), "mail.example.test"));
            for (SessionTicketFacts.Handshake h : facts.handshakes()) {
                var problem = h.problem().orElseThrow();
                assertThat(problem.render(ReportLanguage.EN)).as(h.version()).isEqualTo("the server sent alert 40 (fatal)");
                assertThat(problem.render(ReportLanguage.FR)).as(h.version()).isEqualTo("le serveur a envoyé l'alerte 40 (fatale)");
            }
            String french = facts.earlyDataNotTried().orElseThrow().render(ReportLanguage.FR);
            assertThat(french).isEqualTo("pas de négociation TLS 1.3 complète (le serveur a envoyé l'alerte 40 (fatale))");
            assertThat(EnglishLeftovers.in(french)).as(french).isEmpty();
            assertThat(facts.readable()).contains("TLS 1.3: no complete handshake: the server sent alert 40 (fatal)\n"
                    + "TLS 1.2: no complete handshake: the server sent alert 40 (fatal)\n"
                    + "no resumption with early data: no complete TLS 1.3 handshake (the server sent alert 40 (fatal))");
        }
    }

    /**
     * SMTP up to STARTTLS 220 on each connection, then the ClientHello read and {@code answer} written, or the
     * connection reset when there is none.
     */
    private static void serve(ServerSocket listener, byte[] answer) {
        while (!listener.isClosed()) {
            try (Socket s = listener.accept()) {
                s.setSoTimeout(5000);
                OutputStream out = s.getOutputStream();
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                out.write("220 mail.example.test ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.toUpperCase(Locale.ROOT).startsWith("EHLO")) {
                        out.write("250-mail.example.test\r\n250 STARTTLS\r\n".getBytes(StandardCharsets.US_ASCII));
                    } else if (line.equalsIgnoreCase("STARTTLS")) {
                        out.write("220 2.0.0 Ready to start TLS\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        readRecord(s.getInputStream());
                        if (answer != null) {
                            out.write(answer);
                            out.flush();
                            break;
                        }
                        s.setSoLinger(true, 0); // close with a reset
                        break;
                    } else {
                        out.write("250 OK\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                }
            } catch (IOException ignored) {
                // the listener closed, or the probe hung up
            }
        }
    }

    private static void readRecord(InputStream in) throws IOException {
        byte[] header = in.readNBytes(5);
        if (header.length == 5) {
            in.readNBytes(((header[3] & 0xff) << 8) | (header[4] & 0xff));
        }
    }
}
