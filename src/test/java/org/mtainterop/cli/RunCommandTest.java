package org.mtainterop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.report.SummaryReader;

class RunCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MtaInteropCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void unknownOptionIsAUsageErrorWithoutStackTrace() {
        Run r = run("run", "--frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--frobnicate").doesNotContain("at org.");
    }

    @Test
    void badProfileNamesTheOption() {
        Run r = run("run", "--profile", "paranoid", "--report-dir", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--profile").contains("paranoid").doesNotContain("Exception");
    }

    @Test
    void missingTrustBundleNamesTheFile() {
        Run r = run("run", "--trust-ca", dir.resolve("nope.pem").toString(), "--report-dir", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope.pem").hasLineCount(1);
    }

    @Test
    void garbageTrustBundleNamesTheFile() throws Exception {
        Path garbage = Files.writeString(dir.resolve("garbage.pem"), "this is not a certificate");
        Run r = run("run", "--trust-ca", garbage.toString(), "--target", "127.0.0.1:1", "--no-html",
                "--report-dir", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("garbage.pem").doesNotContain("\tat ");
    }

    @Test
    void refusedPortIsBrokenWithExitCodeThreeWithinTheDeadline() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        long start = System.nanoTime();
        Run r = run("run", "--target", "127.0.0.1:" + closedPort, "--mx-name", "mx.closed.test", "--no-html",
                "--report-dir", dir.toString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(3);
        assertThat(took).isLessThan(Duration.ofSeconds(30));
        assertThat(r.out()).contains("BROKEN").contains("refused");
        var summary = new SummaryReader().read(dir.resolve("summary.json"));
        assertThat(summary.targets()).hasSize(1);
        assertThat(summary.targets().get(0).mxName()).isEqualTo("mx.closed.test");
        assertThat(summary.targets().get(0).results()).isNotEmpty()
                .allSatisfy(res -> assertThat(res.status().label()).isIn("broken", "skipped"));
    }

    @Test
    void silentServerIsBrokenByTheReadTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        silent.accept(); // accept and never speak: a tarpit
                    }
                } catch (Exception ignored) {
                    // closed at the end of the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            long start = System.nanoTime();
            Run r = run("run", "--target", "127.0.0.1:" + silent.getLocalPort(), "--read-timeout", "2",
                    "--no-html", "--report-dir", dir.toString());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(3);
            assertThat(r.out()).contains("timed out");
        }
    }
}
