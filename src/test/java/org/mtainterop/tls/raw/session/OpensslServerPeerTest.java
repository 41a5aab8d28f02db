package org.mtainterop.tls.raw.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client handshakes against a second real peer, OpenSSL's {@code s_server} on loopback: TLS 1.3 tickets with
 * their early-data limit, a resumption whose 0-RTT data {@code -early_data} accepts (the failing case of TLS-EXT-04:
 * no MTA here accepts early data) and that a server without it refuses, and TLS 1.2 with EMS and a ticket.
 * Skipped, saying so, where no openssl binary is installed. The key is generated into a temporary directory.
 */
class OpensslServerPeerTest {
    private static final Tls13Handshake.Options OPTIONS = new Tls13Handshake.Options(Optional.of("localhost"), false,
            Duration.ofSeconds(2));
    @TempDir
    static Path dir;

    @BeforeAll
    static void key() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "no /usr/bin/openssl: the OpenSSL peer cannot run");
        Process p = new ProcessBuilder("/usr/bin/openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                "ec_paramgen_curve:P-256", "-nodes", "-keyout", dir.resolve("k.pem").toString(), "-out",
                dir.resolve("c.pem").toString(), "-subj", "/CN=localhost", "-days", "2").redirectErrorStream(true)
                .redirectOutput(dir.resolve("req.log").toFile()).start();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0, "openssl req failed");
    }

    @Test
    void earlyDataIsAcceptedWhereTheServerAllowsIt() throws Exception {
        try (Peer peer = Peer.start("-early_data")) {
            Tls13Session session = handshake(peer);
            assertFalse(session.tickets().isEmpty());
            assertEquals(Optional.of(16384L), session.tickets().get(0).maxEarlyData());
            Tls13Handshake.EarlyDataAnswer answer = resume(peer, session);
            assertTrue(answer.pskAccepted());
            assertTrue(answer.earlyDataAccepted(), "s_server -early_data accepts 0-RTT data");
        }
    }

    @Test
    void earlyDataIsRefusedByDefault() throws Exception {
        try (Peer peer = Peer.start()) {
            Tls13Session session = handshake(peer);
            assertEquals(Optional.empty(), session.tickets().get(0).maxEarlyData());
            Tls13Handshake.EarlyDataAnswer answer = resume(peer, session);
            assertTrue(answer.pskAccepted());
            assertFalse(answer.earlyDataAccepted());
        }
    }

    /**
     * RFC 8446 §4.1.4 against a real server: s_server limited to P-256 answers a first hello sharing X25519 only with
     * a HelloRetryRequest; the second hello shares P-256, the transcript starts with message_hash, and the server's
     * Finished verifies (it would not over a wrong transcript). Then a resumption with the ticket of that handshake.
     */
    @Test
    void aHelloRetryRequestIsFollowedToACompleteHandshake() throws Exception {
        Tls13Handshake.Options x25519First = new Tls13Handshake.Options(Optional.of("localhost"), false,
                Duration.ofSeconds(2), List.of(org.mtainterop.tls.raw.NamedGroups.X25519));
        try (Peer peer = Peer.start("-groups", "P-256")) {
            Tls13Session session;
            try (Socket socket = peer.connect()) {
                session = new Tls13Handshake(x25519First).run(new RecordChannel(socket, Duration.ofSeconds(10)));
            }
            assertTrue(session.helloRetry().isPresent(), "s_server -groups P-256 asks for a P-256 share");
            assertEquals(Optional.of(org.mtainterop.tls.raw.NamedGroups.SECP256R1), session.helloRetry().get().selectedGroup());
            assertEquals(org.mtainterop.tls.raw.NamedGroups.SECP256R1, session.group());
            assertFalse(session.tickets().isEmpty(), "the tickets are read with the keys of the retried handshake");
            assertTrue(resume(peer, session).pskAccepted(), "the ticket of the retried handshake resumes");
        }
        try (Peer peer = Peer.start("-groups", "P-256"); Socket socket = peer.connect()) {
            assertTrue(new Tls13Handshake(OPTIONS).run(new RecordChannel(socket, Duration.ofSeconds(10))).helloRetry()
                    .isEmpty(), "with both shares sent there is nothing to retry");
        }
    }

    @Test
    void tls12HandshakeWithExtendedMasterSecretAndTicket() throws Exception {
        try (Peer peer = Peer.start("-tls1_2")) {
            try (Socket socket = peer.connect()) {
                Tls12Session session = new Tls12Handshake(OPTIONS).run(new RecordChannel(socket, Duration.ofSeconds(10)));
                assertTrue(session.extendedMasterSecret());
                assertEquals(7200, session.ticket().orElseThrow().lifetimeSeconds(), "OpenSSL's default session timeout");
            }
        }
    }

    @Test
    void aStapledOcspResponseIsSeenInBothVersions() throws Exception {
        Path ca = dir.resolve("ca");
        Files.createDirectories(ca);
        run(ca, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "ca.key",
                "-out", "ca.pem", "-subj", "/CN=test-ca", "-days", "2", "-addext", "basicConstraints=critical,CA:true",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign,digitalSignature");
        run(ca, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "leaf.key", "-out",
                "leaf.csr", "-subj", "/CN=localhost");
        run(ca, "x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out",
                "leaf.pem", "-days", "2");
        Files.writeString(ca.resolve("index.txt"), "");
        run(ca, "ocsp", "-issuer", "ca.pem", "-cert", "leaf.pem", "-index", "index.txt", "-CA", "ca.pem", "-rsigner",
                "ca.pem", "-rkey", "ca.key", "-respout", "resp.der", "-ndays", "1");
        Tls13Handshake.Options stapling = new Tls13Handshake.Options(Optional.of("localhost"), true, Duration.ofSeconds(2));
        String[] staple = {"-cert", ca.resolve("leaf.pem").toString(), "-key", ca.resolve("leaf.key").toString(),
            "-status_file", ca.resolve("resp.der").toString()};
        try (Peer peer = Peer.start(staple); Socket socket = peer.connect()) {
            assertTrue(new Tls13Handshake(stapling).run(new RecordChannel(socket, Duration.ofSeconds(10))).ocspStapled(),
                    "TLS 1.3: status_request in the leaf's CertificateEntry");
        }
        try (Peer peer = Peer.start(concat(staple, "-tls1_2")); Socket socket = peer.connect()) {
            assertTrue(new Tls12Handshake(stapling).run(new RecordChannel(socket, Duration.ofSeconds(10))).ocspStapled(),
                    "TLS 1.2: CertificateStatus");
        }
        try (Peer peer = Peer.start(); Socket socket = peer.connect()) {
            assertFalse(new Tls13Handshake(stapling).run(new RecordChannel(socket, Duration.ofSeconds(10))).ocspStapled());
        }
    }

    private static String[] concat(String[] a, String b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }

    private static void run(Path in, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/usr/bin/openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true)
                .redirectOutput(in.resolve(args[0] + ".log").toFile()).start();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0, "openssl " + args[0] + " failed");
    }

    private static Tls13Session handshake(Peer peer) throws IOException {
        try (Socket socket = peer.connect()) {
            return new Tls13Handshake(OPTIONS).run(new RecordChannel(socket, Duration.ofSeconds(10)));
        }
    }

    private static Tls13Handshake.EarlyDataAnswer resume(Peer peer, Tls13Session session) throws IOException {
        try (Socket socket = peer.connect()) {
            return new Tls13Handshake(OPTIONS).resume(new RecordChannel(socket, Duration.ofSeconds(10)), session,
                    session.tickets().get(0), "EHLO client.test\r\n".getBytes());
        }
    }

    /** {@code openssl s_server} on a free loopback port; its stdin stays open so it keeps accepting. */
    private record Peer(Process process, int port) implements AutoCloseable {
        static Peer start(String... extra) throws Exception {
            int port;
            try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = free.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of("/usr/bin/openssl", "s_server", "-accept",
                    "127.0.0.1:" + port, "-cert", dir.resolve("c.pem").toString(), "-key", dir.resolve("k.pem").toString(),
                    "-quiet"));
            command.addAll(List.of(extra));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("s_server-" + port + ".log").toFile()).start();
            for (int i = 0; i < 100; i++) {
                try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    break; // s_server counts this as a connection and goes on accepting
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            return new Peer(process, port);
        }

        Socket connect() throws IOException {
            return new Socket(InetAddress.getLoopbackAddress(), port);
        }

        @Override
        public void close() {
            process.destroy();
        }
    }
}
