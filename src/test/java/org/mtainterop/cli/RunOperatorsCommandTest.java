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
import org.mtainterop.report.SummaryReader;
import org.mtainterop.report.TargetReport;

/** {@code run --operators} against loopback receivers: a good MX and one with an expired certificate. */
class RunOperatorsCommandTest {
    @TempDir
    static Path shared;
    @TempDir
    Path reports;
    private static ReferenceReceiver good;
    private static ReferenceReceiver expired;

    @BeforeAll
    static void receivers() throws Exception {
        TestPki pki = TestPki.generate();
        Files.writeString(shared.resolve("partners-ca.pem"), PemCodec.encodeCertificate(pki.rootCertificate()));
        good = ReferenceReceiver.start(ReceiverSettings.starttls("mx.good.test",
                pki.issue(CertificateProfile.VALID, "mx.good.test").serverSslContext()), (from, to, message, tls) -> { });
        expired = ReferenceReceiver.start(ReceiverSettings.starttls("mx.late.test",
                pki.issue(CertificateProfile.EXPIRED, "mx.late.test").serverSslContext()), (from, to, message, tls) -> { });
    }

    @AfterAll
    static void stop() {
        good.close();
        expired.close();
    }

    private static String operator(String name, ReferenceReceiver receiver, String mx) {
        return "  - name: " + name + "\n    contact: postmaster@" + name + ".test\n    domains: [" + name + ".test]\n"
                + "    mx:\n      - {name: " + mx + ", address: 127.0.0.1, port: " + receiver.port() + "}\n"
                + "    trust_ca: partners-ca.pem\n";
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(String operatorsYaml, String... extra) throws Exception {
        Path file = Files.writeString(shared.resolve("operators.yaml"), operatorsYaml);
        List<String> args = new ArrayList<>(List.of("run", "--operators", file.toString(), "--min-interval", "0",
                "--read-timeout", "3", "--deadline", "8", "--no-html", "--report-dir", reports.toString()));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MtaInteropCommand.execute(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aGoodOperatorPassesUnderItsOwnName() throws Exception {
        Run r = run("operators:\n" + operator("good", good, "mx.good.test"));

        assertThat(r.code()).as(r.out() + r.err()).isZero();
        List<TargetReport> targets = new SummaryReader().read(reports.resolve("summary.json")).targets();
        assertThat(targets).extracting(TargetReport::name).containsExactly("good/mx.good.test:" + good.port());
        assertThat(targets.get(0).mxName()).isEqualTo("mx.good.test");
        assertThat(r.out()).contains("== operator good (profile pilot, contact postmaster@good.test) ==");
    }

    @Test
    void anExpiredCertificateFailsItsOperatorOnly() throws Exception {
        Run r = run("operators:\n" + operator("late", expired, "mx.late.test") + operator("good", good, "mx.good.test"));

        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        List<TargetReport> targets = new SummaryReader().read(reports.resolve("summary.json")).targets();
        assertThat(targets).extracting(TargetReport::name)
                .containsExactly("late/mx.late.test:" + expired.port(), "good/mx.good.test:" + good.port());
        assertThat(targets.get(0).results()).anyMatch(result -> result.status().label().equals("failed"));
        assertThat(targets.get(1).results()).noneMatch(result -> result.status().label().equals("failed"));
        assertThat(r.out().indexOf("== operator late")).isLessThan(r.out().indexOf("== operator good"));
    }

    @Test
    void theRunWritesTheOperatorsMatrixAndTheJunitXml() throws Exception {
        Run r = run("operators:\n" + operator("late", expired, "mx.late.test") + operator("good", good, "mx.good.test"));

        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        Path matrix = reports.resolve("operators-matrix.html");
        assertThat(r.out()).contains("Operators matrix: " + matrix, "JUnit XML: " + reports.resolve("junit.xml"));
        String html = Files.readString(matrix);
        assertThat(html).contains("<title>mta-interop: Operators matrix · operators.yaml</title>")
                .containsPattern("<td class=\"cell failed\" data-operator=\"late\" data-requirement=\"CERT-\\d+\"")
                .doesNotContain("class=\"cell failed\" data-operator=\"good\"")
                .contains("<td class=\"cell passed\" data-operator=\"good\" data-requirement=\"STARTTLS-01\"");
        assertThat(html.indexOf("<th scope=\"row\">late</th>")).isPositive()
                .isLessThan(html.indexOf("<th scope=\"row\">good</th>"));
        assertThat(reports.resolve("operators-matrix.json")).content().contains("\"operator\" : \"late\"");
        String junit = Files.readString(reports.resolve("junit.xml"));
        assertThat(junit).contains("<testsuite name=\"late/mx.late.test:" + expired.port() + "\"",
                "<testsuite name=\"good/mx.good.test:" + good.port() + "\"", "type=\"requirement-not-met\"");
    }

    @Test
    void historyWithoutTheHtmlReportIsAUsageError() throws Exception {
        Run r = run("operators:\n" + operator("good", good, "mx.good.test"), "--history", reports.resolve("h").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--history").contains("--no-html").hasLineCount(1);
    }

    @Test
    void eachOperatorIsJudgedWithItsOwnProfile() throws Exception {
        String anssi = operator("strict", good, "mx.good.test") + "    profile: anssi\n";
        Run r = run("operators:\n" + operator("good", good, "mx.good.test") + anssi);

        assertThat(r.code()).as(r.out() + r.err()).isZero();
        List<TargetReport> targets = new SummaryReader().read(reports.resolve("summary.json")).targets();
        assertThat(targets.get(0).results()).noneMatch(result -> result.requirement().equals("TLS-CS-02"));
        assertThat(targets.get(1).results()).anyMatch(result -> result.requirement().equals("TLS-CS-02"));
        assertThat(r.out()).contains("profile anssi").contains("== operator strict (profile anssi");
    }

    @Test
    void operatorsWithTargetIsAUsageError() throws Exception {
        Run r = run("operators:\n" + operator("good", good, "mx.good.test"), "--target", "127.0.0.1:1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--operators").contains("--target").hasLineCount(1);
    }

    @Test
    void perOperatorSettingsOnTheCommandLineAreAUsageError() throws Exception {
        Run r = run("operators:\n" + operator("good", good, "mx.good.test"), "--profile", "modern");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--operators").contains("--profile").hasLineCount(1);
    }

    @Test
    void aBadFileExitsTwoNamingFileLineAndField() throws Exception {
        Run r = run("operators:\n  - name: bad\n    domains: [bad.test]\n    mx: [\"mx 1\"]\n");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("mta-interop: " + shared.resolve("operators.yaml")
                + ":4: operators[0].mx[0]: not a host name 'mx 1'");
    }
}
