package org.mtainterop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.PemCodec;
import org.mtainterop.pki.TestPki;
import org.mtainterop.receiver.ReceiverSettings;
import org.mtainterop.receiver.ReferenceReceiver;

/**
 * Operators on two loopback receivers, for the CLI tests of operators-file runs: {@code mx.good.test} with a valid
 * certificate and {@code mx.late.test} with an expired one, both from one test CA written as {@code ca.pem} (the
 * operators' {@code trust_ca}).
 */
final class LoopbackOperators implements AutoCloseable {
    private final ReferenceReceiver good;
    private final ReferenceReceiver expired;

    private LoopbackOperators(ReferenceReceiver good, ReferenceReceiver expired) {
        this.good = good;
        this.expired = expired;
    }

    /** Starts both receivers and writes {@code ca.pem} into {@code dir}. */
    static LoopbackOperators start(Path dir) throws IOException {
        TestPki pki = TestPki.generate();
        Files.writeString(dir.resolve("ca.pem"), PemCodec.encodeCertificate(pki.rootCertificate()));
        ReferenceReceiver good = ReferenceReceiver.start(ReceiverSettings.starttls("mx.good.test",
                pki.issue(CertificateProfile.VALID, "mx.good.test").serverSslContext()), (from, to, message, tls) -> { });
        ReferenceReceiver expired = ReferenceReceiver.start(ReceiverSettings.starttls("mx.late.test",
                pki.issue(CertificateProfile.EXPIRED, "mx.late.test").serverSslContext()), (from, to, message, tls) -> { });
        return new LoopbackOperators(good, expired);
    }

    /** The operators-file entries of {@code op0}..{@code op<count-1>}, {@code op<expiredOne>} on the expired receiver. */
    List<String> entries(int count, int expiredOne) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ReferenceReceiver r = i == expiredOne ? expired : good;
            String mx = i == expiredOne ? "mx.late.test" : "mx.good.test";
            entries.add("  - name: op" + i + "\n    domains: [op" + i + ".test]\n    mx:\n"
                    + "      - {name: " + mx + ", address: 127.0.0.1, port: " + r.port() + "}\n    trust_ca: ca.pem\n");
        }
        return entries;
    }

    /** An operators file in {@code dir} listing {@code entries}. */
    static Path file(Path dir, String name, List<String> entries) throws IOException {
        return Files.writeString(dir.resolve(name), "operators:\n" + String.join("", entries));
    }

    @Override
    public void close() {
        good.close();
        expired.close();
    }

    /** What one command printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MtaInteropCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
