package org.mtainterop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.cli.LoopbackOperators.Run;
import org.mtainterop.report.AllureHistory;
import org.mtainterop.report.AllureHtmlReport;

/**
 * {@code merge} at parity with {@code run} for the reports (issue 19): {@code --lang fr}, {@code --junit FILE} (and the
 * default junit.xml), the operators matrix with {@code --operators}, and {@code --history DIR} across two merges; the
 * language: the shards' by default, a --lang or a shard of another language refused, a summary without one English.
 * Three operators on loopback receivers (one with an expired certificate), run in two shards.
 */
class MergeReportsTest {
    @TempDir
    static Path dir;
    private static LoopbackOperators receivers;
    private static Path operatorsFile;
    private static List<String> shards;

    @BeforeAll
    static void twoShards() throws Exception {
        receivers = LoopbackOperators.start(dir);
        operatorsFile = LoopbackOperators.file(dir, "operators.yaml", receivers.entries(3, 1));
        shards = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            Path reports = dir.resolve("shard-" + i);
            Run r = cli("run", "--operators", operatorsFile.toString(), "--read-timeout", "3", "--deadline", "8",
                    "--no-html", "--lang", "fr", "--tags", "@REQ-STARTTLS-01 or @REQ-CERT-01",
                    "--report-dir", reports.toString(), "--shard", i + "/2");
            assertThat(r.code()).as(r.out() + r.err()).isIn(0, 1);
            shards.add(reports.toString());
        }
    }

    @AfterAll
    static void stop() {
        receivers.close();
    }

    private static Run cli(String... args) {
        return LoopbackOperators.cli(args);
    }

    private static Run merge(String... options) {
        List<String> args = new ArrayList<>(List.of("merge"));
        args.addAll(List.of(options));
        args.addAll(shards);
        return cli(args.toArray(String[]::new));
    }

    @Test
    void inFrenchWithTheOperatorsMatrixAndTheJunitFileAsked() throws Exception {
        Path merged = dir.resolve("merged-fr");
        Path junit = dir.resolve("ci/merged-junit.xml");
        Run r = merge("--no-html", "--lang", "fr", "--operators", operatorsFile.toString(), "--junit", junit.toString(),
                "--report-dir", merged.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1); // op1's certificate has expired
        assertThat(r.out()).contains("Matrice des opérateurs : " + merged.resolve("operators-matrix.html"))
                .contains("JUnit XML : " + junit).contains("non conforme").doesNotContain("failed");
        String xml = Files.readString(junit);
        assertThat(xml).contains("STARTTLS est annoncé dans la réponse à EHLO sur le port 25")
                .contains("op0/mx.good.test").contains("op1/mx.late.test").contains("op2/mx.good.test")
                .contains("<failure");
        assertThat(merged.resolve("junit.xml")).doesNotExist();
        String html = Files.readString(merged.resolve("operators-matrix.html"));
        assertThat(html).contains("Matrice des opérateurs", "operators.yaml", "op0", "op1", "op2", "STARTTLS-01", "CERT-01");
        assertThat(Files.readString(merged.resolve("operators-matrix.md"))).contains("op1").contains("CERT-01");
        assertThat(Files.readString(merged.resolve("operators-matrix.json"))).contains("\"op1\"");
        assertThat(Files.readString(merged.resolve("allure-results/categories.json")))
                .contains("Non testé : cible injoignable ou délai dépassé");
    }

    @Test
    void withoutLangInTheShardsLanguageTheJunitXmlInTheReportDirectoryAndNoMatrixWithoutOperators() throws Exception {
        Path merged = dir.resolve("merged-default");
        Run r = merge("--no-html", "--report-dir", merged.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("JUnit XML : " + merged.resolve("junit.xml")).contains("non conforme")
                .doesNotContain("Operators matrix").doesNotContain("Matrice des opérateurs");
        assertThat(Files.readString(merged.resolve("junit.xml"))).contains("STARTTLS est annoncé");
        assertThat(Files.readString(merged.resolve("summary.json"))).contains("\"lang\": \"fr\"");
        assertThat(merged.resolve("operators-matrix.html")).doesNotExist();
    }

    @Test
    void aLangOtherThanTheShardsLanguageIsRefusedNamingTheShards() {
        Run r = merge("--no-html", "--lang", "en", "--report-dir", dir.resolve("merged-en").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("merge --lang en: the shards ran in fr").contains(shards.get(0))
                .contains(shards.get(1));
        assertThat(dir.resolve("merged-en/summary.json")).doesNotExist();
    }

    @Test
    void shardsOfDifferentLanguagesAreRefusedNamingThem() {
        Path english = dir.resolve("shard-1-en");
        Run run = cli("run", "--operators", operatorsFile.toString(), "--read-timeout", "3", "--deadline", "8",
                "--no-html", "--tags", "@REQ-STARTTLS-01 or @REQ-CERT-01", "--report-dir", english.toString(),
                "--shard", "1/2");
        assertThat(run.code()).as(run.out() + run.err()).isIn(0, 1);
        Run r = cli("merge", "--no-html", "--report-dir", dir.resolve("merged-mixed").toString(), english.toString(),
                shards.get(1));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("differ in their language (--lang)")
                .contains(english.resolve("summary.json") + " has en").contains(shards.get(1)).contains("has fr");
        assertThat(dir.resolve("merged-mixed/summary.json")).doesNotExist();
    }

    /** Shards written before the summary recorded its language ran in English, the one language there was. */
    @Test
    void shardsWithoutALanguageMergeAsEnglish() throws Exception {
        List<String> old = new ArrayList<>();
        for (String shard : shards) {
            Path copy = dir.resolve("old-" + Path.of(shard).getFileName());
            Files.createDirectories(copy.resolve("allure-results"));
            String json = Files.readString(Path.of(shard, "summary.json"));
            String without = json.replaceFirst(",\\s*\"lang\": \"fr\"", "");
            assertThat(without).isNotEqualTo(json);
            Files.writeString(copy.resolve("summary.json"), without);
            old.add(copy.toString());
        }
        Path merged = dir.resolve("merged-old");
        List<String> args = new ArrayList<>(List.of("merge", "--no-html", "--report-dir", merged.toString()));
        args.addAll(old);
        Run r = cli(args.toArray(String[]::new));
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("JUnit XML: " + merged.resolve("junit.xml"));
        assertThat(Files.readString(merged.resolve("summary.json"))).contains("\"lang\": \"en\"");
    }

    @Test
    void badReportOptionsAreUsageErrorsNamingTheOption() {
        Run lang = merge("--no-html", "--lang", "de", "--report-dir", dir.resolve("bad").toString());
        assertThat(lang.code()).isEqualTo(2);
        assertThat(lang.err()).contains("--lang 'de'");
        Run history = merge("--no-html", "--history", dir.resolve("h").toString(), "--report-dir",
                dir.resolve("bad").toString());
        assertThat(history.code()).isEqualTo(2);
        assertThat(history.err()).contains("--history").contains("--no-html");
        Run junit = merge("--no-html", "--junit", dir.toString(), "--report-dir", dir.resolve("bad").toString());
        assertThat(junit.code()).isEqualTo(2);
        assertThat(junit.err()).contains("--junit").contains("a directory");
    }

    /** Two merges with one --history: the second report's history holds both (needs Allure, else skipped). */
    @Test
    void historyIsKeptAcrossMerges() throws Exception {
        assumeTrue(Files.isRegularFile(AllureHtmlReport.locateAllureHome().resolve("bin/allure")),
                "Allure is not installed here (./mvnw -Pallure-install or .ci/run installs it): no HTML report, no history");
        Path history = dir.resolve("history");
        for (int i = 1; i <= 2; i++) {
            Path merged = dir.resolve("merged-history-" + i);
            Run r = merge("--history", history.toString(), "--report-dir", merged.toString());
            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
            assertThat(merged.resolve("allure-report/index.html")).isRegularFile();
            assertThat(new AllureHistory(history).runs()).isEqualTo(i);
        }
        assertThat(Files.readString(history.resolve("history-trend.json"))).contains("\"failed\"");
    }
}
