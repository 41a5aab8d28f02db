package org.mtainterop.probe.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.access.TlsOfferedCheck;
import org.mtainterop.probe.ProbeSettings;
import org.mtainterop.observation.TargetFacts;

/** IMAP and POP3 servers that misbehave: the access probes stay within their limits and call it broken, in one line. */
@Timeout(30)
class AccessUnderHostileServersTest {
    private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(2);

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    /** Serves each connection with {@code behaviour} on a loopback port until closed. */
    private static ServerSocket serve(Consumer<Socket> behaviour) throws IOException {
        ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket s = listener.accept()) {
                    behaviour.accept(s);
                } catch (IOException ignored) {
                    // next
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return listener;
    }

    private static Verdict access01(ServerSocket server, MailService service) {
        ProbeSettings settings = new ProbeSettings(ProbeSettings.DEFAULT_EHLO_NAME, NetworkLimits.defaults()
                .withReadTimeout(Duration.ofSeconds(2)).withSessionDeadline(Duration.ofSeconds(5)), TrustAnchors.none(), 1);
        TargetFacts facts = new TargetFacts(new Endpoint("127.0.0.1", server.getLocalPort(), "mail.example.test"), service,
                Optional.empty(), settings, EXECUTOR);
        TlsOfferedCheck check = new TlsOfferedCheck();
        return check.judge(facts.snapshot(check.needs(service)));
    }

    private static void write(Socket s, String text) {
        try {
            OutputStream out = s.getOutputStream();
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException ignored) {
            // the client hung up, as it should
        }
    }

    @Test
    void aTenMebibyteGreetingLineIsRefusedAtTheLineLimit() throws Exception {
        try (ServerSocket server = serve(s -> write(s, "* OK " + "x".repeat(10 * 1024 * 1024)))) {
            Verdict v = access01(server, MailService.IMAP);
            assertThat(v.outcome()).isEqualTo(Outcome.BROKEN);
            assertThat(v.message()).contains("longer than 4096").doesNotContain("\n");
        }
    }

    @Test
    void endlessUntaggedResponsesAreCutAtTheResponseBudget() throws Exception {
        try (ServerSocket server = serve(s -> {
            write(s, "* OK ready\r\n");
            String line = "* CAPABILITY IMAP4rev1 " + "X".repeat(100) + "\r\n";
            for (int i = 0; i < 100_000 && !s.isClosed(); i++) {
                write(s, line);
            }
        })) {
            Verdict v = access01(server, MailService.IMAP);
            assertThat(v.outcome()).isEqualTo(Outcome.BROKEN);
            assertThat(v.message()).containsAnyOf("untagged responses", "larger than");
        }
    }

    @Test
    void anEndlessCapaIsCutAtTheLineBudget() throws Exception {
        try (ServerSocket server = serve(s -> {
            write(s, "+OK ready\r\n");
            try {
                s.getInputStream().read(new byte[64]); // the CAPA
            } catch (IOException e) {
                return;
            }
            write(s, "+OK\r\n");
            for (int i = 0; i < 100_000 && !s.isClosed(); i++) {
                write(s, "X-CAPABILITY-" + i + "\r\n");
            }
        })) {
            Verdict v = access01(server, MailService.POP3);
            assertThat(v.outcome()).isEqualTo(Outcome.BROKEN);
            assertThat(v.message()).containsAnyOf("longer than 512 lines", "larger than");
        }
    }

    @Test
    void aHugeLiteralIsRefusedBeforeItIsRead() throws Exception {
        try (ServerSocket server = serve(s -> write(s, "* OK {2000000000}\r\n"))) {
            Verdict v = access01(server, MailService.IMAP);
            assertThat(v.outcome()).isEqualTo(Outcome.BROKEN);
            assertThat(v.message()).contains("literal of 2000000000 bytes");
        }
    }

    @Test
    void silenceIsATimeoutNotADefect() throws Exception {
        try (ServerSocket server = serve(s -> {
            try {
                Thread.sleep(4000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })) {
            long start = System.nanoTime();
            Verdict v = access01(server, MailService.POP3);
            assertThat(v.outcome()).isEqualTo(Outcome.BROKEN);
            assertThat(v.message()).contains("timed out");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        }
    }
}
