package org.mtainterop.tls.raw.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;

/** The TLS 1.3 client handshake against a real peer: the JDK's server, which sends NewSessionTickets. */
class Tls13HandshakeJsseTest {
    private static SSLContext server;

    @BeforeAll
    static void pki() throws Exception {
        server = TestPki.generate().issue(CertificateProfile.VALID, "localhost").serverSslContext();
    }

    private static final Tls13Handshake.Options OPTIONS = new Tls13Handshake.Options(Optional.of("localhost"), true,
            Duration.ofSeconds(2));

    @Test
    void completesTheHandshakeAndReadsTheTicketLifetime() throws Exception {
        server.getServerSessionContext().setSessionTimeout(5400);
        try (SSLServerSocket listener = listen("TLSv1.3")) {
            Thread peer = serve(listener, 1);
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                Tls13Session session = new Tls13Handshake(OPTIONS).run(new RecordChannel(socket, Duration.ofSeconds(10)));
                assertFalse(session.tickets().isEmpty(), "the JDK sends a NewSessionTicket after the handshake");
                assertEquals(5400, session.tickets().get(0).lifetimeSeconds());
                assertFalse(session.ocspStapled());
            }
            peer.join(5000);
        }
    }

    /**
     * With a prompt, the tickets are read up to the server's answer to it: the client does not wait out its ticket
     * window (30 s here; the server keeps the connection open after answering) for a ticket that does not come.
     */
    @Test
    void thePromptsAnswerEndsTheWaitForTickets() throws Exception {
        server.getServerSessionContext().setSessionTimeout(5400);
        Tls13Handshake.Options prompting = new Tls13Handshake.Options(Optional.of("localhost"), true,
                Duration.ofSeconds(30)).prompting("EHLO client.test\r\n");
        try (SSLServerSocket listener = listen("TLSv1.3")) {
            Thread peer = serve(listener, 1, true);
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                Tls13Session session = assertTimeoutPreemptively(Duration.ofSeconds(15),
                        () -> new Tls13Handshake(prompting).run(new RecordChannel(socket, Duration.ofSeconds(40))));
                assertFalse(session.tickets().isEmpty(), "the ticket sent before the answer is read");
                assertEquals(5400, session.tickets().get(0).lifetimeSeconds());
            }
            peer.join(5000);
        }
    }

    @Test
    void resumesWithTheTicketAndSeesEarlyDataNotAccepted() throws Exception {
        server.getServerSessionContext().setSessionTimeout(3600);
        try (SSLServerSocket listener = listen("TLSv1.3")) {
            Thread peer = serve(listener, 2);
            Tls13Session session;
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                session = new Tls13Handshake(OPTIONS).run(new RecordChannel(socket, Duration.ofSeconds(10)));
            }
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                Tls13Handshake.EarlyDataAnswer answer = new Tls13Handshake(OPTIONS).resume(
                        new RecordChannel(socket, Duration.ofSeconds(10)), session, session.tickets().get(0),
                        "EHLO client.test\r\n".getBytes());
                assertTrue(answer.pskAccepted(), "the JDK resumes with its own ticket");
                assertFalse(answer.earlyDataAccepted(), "the JDK implements no early data");
            }
            peer.join(5000);
        }
    }

    @Test
    void completesATls12HandshakeWithTheExtendedMasterSecretAndReadsTheTicketHint() throws Exception {
        server.getServerSessionContext().setSessionTimeout(4321);
        try (SSLServerSocket listener = listen("TLSv1.2")) {
            Thread peer = serve(listener, 1);
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                Tls12Session session = new Tls12Handshake(OPTIONS).run(new RecordChannel(socket, Duration.ofSeconds(10)));
                assertTrue(session.extendedMasterSecret());
                assertTrue(session.ticketPromised(), "the JDK issues stateless TLS 1.2 tickets");
                assertEquals(4321, session.ticket().orElseThrow().lifetimeSeconds());
            }
            peer.join(5000);
        }
    }

    private static SSLServerSocket listen(String protocol) throws Exception {
        SSLServerSocket listener = (SSLServerSocket) server.getServerSocketFactory().createServerSocket(0, 5,
                InetAddress.getLoopbackAddress());
        listener.setEnabledProtocols(new String[] {protocol});
        return listener;
    }

    /** Accepts {@code sessions} connections, handshakes, and reads until the client closes. */
    static Thread serve(SSLServerSocket listener, int sessions) {
        return serve(listener, sessions, false);
    }

    /**
     * As {@link #serve(SSLServerSocket, int)}; with {@code answering}, the first line the client sends is answered
     * ({@code 250 heard …}) before the connection is read to its end, as an SMTP server answers {@code EHLO}.
     */
    static Thread serve(SSLServerSocket listener, int sessions, boolean answering) {
        Thread thread = new Thread(() -> {
            for (int i = 0; i < sessions; i++) {
                try (SSLSocket socket = (SSLSocket) listener.accept()) {
                    socket.setSoTimeout(5000);
                    socket.startHandshake();
                    InputStream in = socket.getInputStream();
                    if (answering) {
                        StringBuilder line = new StringBuilder();
                        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                            line.append((char) c);
                        }
                        socket.getOutputStream().write(("250 heard " + line.toString().strip() + "\r\n").getBytes());
                        socket.getOutputStream().flush();
                    }
                    while (in.read() >= 0) {
                        // the client closes
                    }
                } catch (Exception e) {
                    // a closed or refused session: the client side asserts
                }
            }
        }, "jsse-tls-peer");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
