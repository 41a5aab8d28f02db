package org.mtainterop.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.cli.MtaInteropCommand;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.IssuedCredential;
import org.mtainterop.pki.PemCodec;
import org.mtainterop.pki.TestPki;
import org.mtainterop.policy.checks.TlsStateResetCheck;
import org.mtainterop.report.RequirementResult;
import org.mtainterop.report.SummaryReader;

/** What the harness sends to a live MX, and how fast it connects: counted on a loopback STARTTLS server. */
class LiveTargetPolitenessTest {
    private static final String MX = "mx.counting.test";
    @TempDir
    static Path shared;
    @TempDir
    Path reports;
    private static IssuedCredential credential;
    private static Path rootPem;

    @BeforeAll
    static void pki() throws Exception {
        TestPki pki = TestPki.generate();
        credential = pki.issue(CertificateProfile.VALID, MX);
        rootPem = Files.writeString(shared.resolve("root.pem"), PemCodec.encodeCertificate(pki.rootCertificate()));
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(String target, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--target", target, "--mx-name", MX, "--trust-ca",
                rootPem.toString(), "--read-timeout", "3", "--deadline", "8", "--no-html", "--report-dir",
                reports.toString()));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MtaInteropCommand.execute(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private RequirementResult result(String id) throws Exception {
        return new SummaryReader().read(reports.resolve("summary.json")).targets().get(0).results().stream()
                .filter(r -> r.requirement().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void liveTargetNeverSeesMailRcptOrDataWithoutAllowTransaction() throws Exception {
        try (CountingStarttlsServer server = new CountingStarttlsServer(credential.serverSslContext())) {
            Run r = run(server.target(), "--min-interval", "0");
            assertThat(r.code()).as(r.out() + r.err()).isZero();
            assertThat(server.verbs()).contains("EHLO", "STARTTLS").doesNotContain("MAIL", "RCPT", "DATA", "BDAT");
            RequirementResult stateReset = result(TlsStateResetCheck.ID);
            assertThat(stateReset.status().label()).isEqualTo("skipped");
            assertThat(stateReset.message()).isEqualTo(TlsStateResetCheck.NOT_ALLOWED.render(org.mtainterop.report.ReportLanguage.EN));
        }
    }

    @Test
    void allowTransactionWithRcptSendsTheMailProbe() throws Exception {
        try (CountingStarttlsServer server = new CountingStarttlsServer(credential.serverSslContext())) {
            Run r = run(server.target(), "--min-interval", "0", "--allow-transaction", "--rcpt", "postmaster@counting.test");
            assertThat(r.code()).as(r.out() + r.err()).isZero();
            assertThat(server.verbs()).contains("MAIL").doesNotContain("DATA", "BDAT");
            assertThat(result(TlsStateResetCheck.ID).status().label()).isEqualTo("passed");
        }
    }

    @Test
    void allowTransactionWithoutRcptIsAUsageError() {
        Run r = run("127.0.0.1:1", "--allow-transaction");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--rcpt").doesNotContain("\tat ");
    }

    @Test
    void connectionStartsToALiveTargetArePaced() throws Exception {
        try (CountingStarttlsServer server = new CountingStarttlsServer(credential.serverSslContext())) {
            Run r = run(server.target(), "--min-interval", "300", "--max-connections-per-host", "8");
            assertThat(r.code()).as(r.out() + r.err()).isZero();
            List<Long> accepts = server.acceptNanos();
            assertThat(accepts).hasSizeGreaterThanOrEqualTo(4);
            // unpaced, 8 parallel connections would arrive within a few ms of each other; accept times carry
            // the acceptor thread's scheduling jitter, so each gap gets slack and the whole span is exact
            for (int i = 1; i < accepts.size(); i++) {
                assertThat((accepts.get(i) - accepts.get(i - 1)) / 1_000_000).as("ms between accepts %d and %d", i - 1, i)
                        .isGreaterThanOrEqualTo(200);
            }
            long spanMillis = (accepts.get(accepts.size() - 1) - accepts.get(0)) / 1_000_000;
            assertThat(spanMillis).as("ms from first to last accept").isGreaterThanOrEqualTo(300L * (accepts.size() - 1) - 50);
        }
    }
}
