package org.mtainterop.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.mtainterop.cli.MtaInteropCommand;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.PemCodec;
import org.mtainterop.pki.TestPki;
import org.mtainterop.receiver.ReceiverSettings;
import org.mtainterop.receiver.ReferenceReceiver;

/**
 * One CLI invocation against hostile targets plus a good one (the reference receiver with a valid
 * credential from the test PKI, its root passed with --trust-ca), with tight bounds; captures everything
 * the user would see, including what bypasses the CLI's writers (System.out / System.err).
 */
final class HostileRun {
    static final String GOOD_MX = "mx.good.test";
    static final int READ_TIMEOUT_S = 2;
    static final int DEADLINE_S = 5;
    static final int CONNECT_TIMEOUT_S = 2;

    record Result(int code, String userOutput, Duration took, Path reportDir, String goodTarget) {
    }

    /** The good target: a compliant receiver on loopback, and the PEM file of the root that issued its certificate. */
    static final class GoodTarget implements AutoCloseable {
        final ReferenceReceiver receiver;
        final Path rootPem;

        GoodTarget(Path dir) throws IOException {
            TestPki pki = TestPki.generate();
            var credential = pki.issue(CertificateProfile.VALID, GOOD_MX);
            receiver = ReferenceReceiver.start(ReceiverSettings.starttls(GOOD_MX, credential.serverSslContext()),
                    (from, rcpts, message, tls) -> { });
            rootPem = Files.writeString(dir.resolve("good-root.pem"), PemCodec.encodeCertificate(pki.rootCertificate()));
        }

        String target() {
            return "127.0.0.1:" + receiver.port();
        }

        @Override
        public void close() {
            receiver.close();
        }
    }

    private HostileRun() {
    }

    static Result run(GoodTarget good, Path reportDir, List<String> hostileTargets, String... extra) {
        return runWithin(good, reportDir, hostileTargets, List.of("--read-timeout", String.valueOf(READ_TIMEOUT_S),
                "--deadline", String.valueOf(DEADLINE_S), "--connect-timeout", String.valueOf(CONNECT_TIMEOUT_S),
                "--max-connections-per-host", "8", "--min-interval", "0"), extra);
    }

    /** As {@link #run}, with {@code bounds} (timeouts, deadline, connections) instead of the tight ones. */
    static Result runWithin(GoodTarget good, Path reportDir, List<String> hostileTargets, List<String> bounds,
                            String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--mx-name", GOOD_MX, "--trust-ca", good.rootPem.toString()));
        args.addAll(bounds);
        args.addAll(List.of("--no-html", "--report-dir", reportDir.toString()));
        hostileTargets.forEach(t -> args.addAll(List.of("--target", t)));
        args.addAll(List.of("--target", good.target()));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        long start = System.nanoTime();
        int code;
        try (PrintStream capture = new PrintStream(stray, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            code = MtaInteropCommand.execute(args.toArray(String[]::new), new PrintWriter(out, true),
                    new PrintWriter(err, true));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String all = out + "\n" + err + "\n" + stray.toString(StandardCharsets.UTF_8);
        return new Result(code, all, took, reportDir, good.target());
    }
}
