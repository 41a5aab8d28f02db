package org.mtainterop.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * Failed handshakes worded in both languages: the JDK's TLS client against real loopback peers that refuse it in the
 * common ways (a JDK server with no protocol version or suite in common, a peer that closes, resets, stays silent or
 * answers in plaintext); the English says what the JDK said, byte for byte, the French puts the harness's words
 * around it and quotes it.
 */
class HandshakeFailureTest {
    private static SSLContext server;

    @BeforeAll
    static void pki() throws Exception {
        server = TestPki.generate().issue(CertificateProfile.VALID, "localhost").serverSslContext();
    }

    @Test
    void aFatalAlertIsNamedAndTheJdksWordsQuoted() throws Exception {
        TlsHandshakeFacts facts = againstJdkServer(List.of("TLSv1.2"), List.of(), TlsClientSettings.pinned("TLSv1.3", "localhost"));
        assertThat(facts.completed()).isFalse();
        assertThat(facts.failure()).startsWith("Received fatal alert: ");
        String alert = facts.failure().substring("Received fatal alert: ".length());
        assertThat(en(facts)).isEqualTo(facts.failure());
        assertThat(fr(facts)).isEqualTo("alerte fatale " + alert + " reçue (" + facts.failure() + ")");
    }

    @Test
    void noSuiteInCommonIsAFatalAlertToo() throws Exception {
        TlsHandshakeFacts facts = againstJdkServer(List.of("TLSv1.2"), List.of("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"),
                TlsClientSettings.restricted("TLSv1.2", List.of("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"), "localhost"));
        assertThat(facts.failure()).isEqualTo("Received fatal alert: handshake_failure");
        assertThat(fr(facts)).isEqualTo("alerte fatale handshake_failure reçue (Received fatal alert: handshake_failure)");
    }

    @Test
    void aPeerThatClosesResetsOrAnswersInPlaintext() throws Exception {
        TlsHandshakeFacts closed = againstPeer(s -> close(s, false));
        assertThat(en(closed)).isEqualTo(closed.failure());
        assertThat(fr(closed)).isEqualTo("le serveur a fermé la connexion pendant la négociation (" + closed.failure() + ")");

        TlsHandshakeFacts reset = againstPeer(s -> close(s, true));
        assertThat(en(reset)).isEqualTo(reset.failure());
        assertThat(fr(reset)).as(reset.failure()).matches("(connexion réinitialisée par le serveur|le serveur a fermé la "
                + "connexion pendant la négociation) \\(\\Q" + reset.failure() + "\\E\\)");

        TlsHandshakeFacts plaintext = againstPeer(s -> {
            try {
                OutputStream out = s.getOutputStream();
                out.write("220 mx.plain.test ESMTP ready and waiting for you to say something\r\n".repeat(4)
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(500);
            } catch (IOException | InterruptedException ignored) {
                // the client went away
            }
        });
        assertThat(en(plaintext)).isEqualTo(plaintext.failure());
        assertThat(fr(plaintext)).as(plaintext.failure()).startsWith("la réponse n'est pas du TLS (")
                .endsWith(plaintext.failure() + ")");
    }

    @Test
    void aSilentPeerTimesOutInTheHarnesssOwnWords() throws Exception {
        TlsHandshakeFacts silent = againstPeer(s -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException ignored) {
                // the test is over
            }
        });
        assertThat(silent.failure()).isEqualTo("timed out after 300 ms during the handshake");
        assertThat(en(silent)).isEqualTo(silent.failure());
        assertThat(fr(silent)).isEqualTo("délai dépassé après 300 ms pendant la négociation TLS");
    }

    @Test
    void everyShapeSaysItsTextInEnglishAndQuotesItInFrench() {
        List<String> texts = List.of("Received fatal alert: protocol_version", "the server sent alert 40 (fatal)",
                "No appropriate protocol (protocol is disabled or cipher suites are inappropriate)",
                "The server selected protocol version TLS10 is not accepted by client preferences [TLS13, TLS12]",
                "no cipher suites in common",
                "PKIX path building failed: unable to find valid certification path to requested target",
                "Unsupported or unrecognized SSL message", "Remote host terminated the handshake",
                "Connection reset", "Read timed out", "something nobody foresaw");
        List<String> french = List.of("alerte fatale protocol_version reçue", "alerte fatale 40 reçue",
                "aucune version de protocole ni suite cryptographique utilisable en commun",
                "aucune version de protocole en commun",
                "aucune suite cryptographique en commun", "le chemin de certification n'a pas pu être construit",
                "la réponse n'est pas du TLS", "le serveur a fermé la connexion pendant la négociation",
                "connexion réinitialisée par le serveur", "délai dépassé", "échec signalé par la couche TLS");
        for (int i = 0; i < texts.size(); i++) {
            Reason r = HandshakeFailure.of(texts.get(i));
            assertThat(r.render(ReportLanguage.EN)).isEqualTo(texts.get(i));
            assertThat(r.render(ReportLanguage.FR)).isEqualTo(french.get(i) + " (" + texts.get(i) + ")");
        }
        assertThat(HandshakeFailure.of("").render(ReportLanguage.FR)).isEmpty();
    }

    private static String en(TlsHandshakeFacts facts) {
        return facts.failed().render(ReportLanguage.EN);
    }

    private static String fr(TlsHandshakeFacts facts) {
        return facts.failed().render(ReportLanguage.FR);
    }

    private static void close(Socket s, boolean reset) {
        try {
            s.getInputStream().read(new byte[512]);
            if (reset) {
                s.setSoLinger(true, 0);
            }
            s.close();
        } catch (IOException ignored) {
            // gone already
        }
    }

    private static Thread daemon(Runnable peer) {
        Thread t = new Thread(peer, "handshake-failure-peer");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static TlsHandshakeFacts againstJdkServer(List<String> protocols, List<String> suites,
                                                      TlsClientSettings client) throws Exception {
        try (SSLServerSocket listener = (SSLServerSocket) server.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setEnabledProtocols(protocols.toArray(String[]::new));
            if (!suites.isEmpty()) {
                listener.setEnabledCipherSuites(suites.toArray(String[]::new));
            }
            Thread peer = daemon(() -> {
                try (SSLSocket s = (SSLSocket) listener.accept()) {
                    s.setSoTimeout(5000);
                    s.startHandshake();
                } catch (IOException expected) {
                    // the handshake fails: what the test is about
                }
            });
            try (Socket plain = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                TlsHandshakeFacts facts = TlsUpgrade.handshake(plain, "localhost", listener.getLocalPort(), client, 5000).facts();
                peer.join(5000);
                return facts;
            }
        }
    }

    private static TlsHandshakeFacts againstPeer(Consumer<Socket> behaviour) throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread peer = daemon(() -> {
                try (Socket s = listener.accept()) {
                    behaviour.accept(s);
                } catch (IOException ignored) {
                    // gone already
                }
            });
            try (Socket plain = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                TlsHandshakeFacts facts = TlsUpgrade.handshake(plain, "localhost", listener.getLocalPort(),
                        new TlsClientSettings(List.of("TLSv1.3", "TLSv1.2"), Optional.of("localhost")), 300).facts();
                peer.join(5000);
                return facts;
            }
        }
    }
}
