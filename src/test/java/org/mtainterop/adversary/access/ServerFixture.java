package org.mtainterop.adversary.access;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.mtainterop.net.MailService;
import org.mtainterop.pki.TestPki;

/** Starts access servers on loopback for the tests, and waits for their sessions to end. */
final class ServerFixture {
    static final String HOST = "mail.access.test";
    static final TestPki PKI = TestPki.generate();

    private ServerFixture() {
    }

    static AccessAdversarialServer.Settings settings(MailService service, AccessServerProfile profile) {
        return AccessAdversarialServer.Settings.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), HOST,
                service, profile).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20));
    }

    static AccessAdversarialServer start(MailService service, AccessServerProfile profile) {
        return AccessAdversarialServer.start(settings(service, profile), PKI);
    }

    static ClientTls verifyingTls() throws Exception {
        return new ClientTls(PKI.rootCertificate(), HOST);
    }

    /** The first {@code count} sessions, once that many have ended and none is still running. */
    static List<AccessSessionFacts> awaitSessions(AccessAdversarialServer server, int count) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(25);
        while ((server.sessions().size() < count || server.activeSessions() > 0) && Instant.now().isBefore(until)) {
            Thread.sleep(20);
        }
        List<AccessSessionFacts> all = server.sessions();
        if (all.size() < count) {
            throw new AssertionError("expected " + count + " session(s), saw " + all.size() + ": " + all);
        }
        return all;
    }
}
