package org.mtainterop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.PemCodec;
import org.mtainterop.pki.TestPki;
import org.mtainterop.receiver.ReceiverSettings;
import org.mtainterop.receiver.ReferenceReceiver;
import org.mtainterop.report.AllureHistory;

/**
 * The README's report options as typed ({@code --lang fr}, {@code --history DIR}, {@code --junit FILE}) on {@code run}
 * against a loopback MX, narrowed to one requirement so that each run is one STARTTLS session.
 */
class ReportsCommandLineTest {
    @TempDir
    static Path shared;
    @TempDir
    Path dir;
    private static ReferenceReceiver mx;

    @BeforeAll
    static void receiver() throws Exception {
        TestPki pki = TestPki.generate();
        Files.writeString(shared.resolve("ca.pem"), PemCodec.encodeCertificate(pki.rootCertificate()));
        mx = ReferenceReceiver.start(ReceiverSettings.starttls("mx.good.test",
                pki.issue(CertificateProfile.VALID, "mx.good.test").serverSslContext()), (from, to, message, tls) -> { });
    }

    @AfterAll
    static void stop() {
        mx.close();
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--target", "127.0.0.1:" + mx.port(), "--mx-name", "mx.good.test",
                "--trust-ca", shared.resolve("ca.pem").toString(), "--tags", "@REQ-STARTTLS-01 or @REQ-CERT-02",
                "--read-timeout", "3", "--deadline", "8", "--report-dir", dir.resolve("reports").toString()));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MtaInteropCommand.execute(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void inFrenchWithHistoryTwiceTheSecondReportHoldsBothRuns() throws Exception {
        Path history = dir.resolve("history");
        Path junit = dir.resolve("ci/junit-mx.xml");
        Run first = run("--lang", "fr", "--history", history.toString(), "--junit", junit.toString());
        assertThat(first.code()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("profil pilot", "conforme      STARTTLS-01", "2 conformes, 0 non conformes",
                "Rapport HTML : ", "JUnit XML : " + junit);
        assertThat(new AllureHistory(history).runs()).isEqualTo(1);
        assertThat(Files.readString(junit)).contains("STARTTLS-01 STARTTLS est annoncé dans la réponse à EHLO sur le port 25 [@must]");

        Run second = run("--lang", "fr", "--history", history.toString(), "--junit", junit.toString());
        assertThat(second.code()).as(second.out() + second.err()).isZero();
        assertThat(new AllureHistory(history).runs()).isEqualTo(2);
        assertThat(Files.readString(history.resolve("history-trend.json"))).contains("\"buildOrder\":2", "\"buildOrder\":1");
    }

    @Test
    void inEnglishTheJunitXmlGoesToTheReportDirectory() throws Exception {
        Run r = run("--no-html");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        Path junit = dir.resolve("reports/junit.xml");
        assertThat(r.out()).contains("PASSED   STARTTLS-01", "JUnit XML: " + junit);
        assertThat(Files.readString(junit)).contains("STARTTLS-01 STARTTLS is advertised in the EHLO reply on port 25 [@must]");
    }

    @Test
    void anUnknownLanguageAndABrokenHistoryAreUsageErrors() throws Exception {
        Run lang = run("--lang", "de");
        assertThat(lang.code()).isEqualTo(2);
        assertThat(lang.err()).contains("--lang 'de': expected en or fr").hasLineCount(1);
        Run junitDir = run("--junit", dir.toString());
        assertThat(junitDir.code()).isEqualTo(2);
        assertThat(junitDir.err()).contains("--junit " + dir + ": a directory").hasLineCount(1);
        Path history = Files.createDirectories(dir.resolve("not-history"));
        Files.writeString(history.resolve("history.json"), "[]");
        Run broken = run("--history", history.toString());
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.err()).contains("--history " + history.resolve("history.json"), "expected a JSON object")
                .hasLineCount(1);
    }
}
