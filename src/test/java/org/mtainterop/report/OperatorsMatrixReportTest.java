package org.mtainterop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.RequirementExplanations;
import org.mtainterop.policy.Severity;

/**
 * The operators matrix from a hand-made run: the worst outcome per operator and requirement, then the page in
 * headless Chromium, colours read back from the browser (computed styles) and the reason shown on click.
 */
class OperatorsMatrixReportTest {

    @TempDir
    Path dir;

    private static RequirementResult r(String id, Outcome o, String message) {
        return SampleSummaries.result(id, o, Severity.MUST, message);
    }

    private static OperatorsMatrixReport matrix(ReportLanguage language) {
        var summary = new RunSummary("test", SampleSummaries.STARTED, "modern", List.of(
                new TargetReport("alpha/mx1.alpha.test", "192.0.2.1", 25, "mx1.alpha.test", List.of(
                        r("STARTTLS-01", Outcome.PASSED, "STARTTLS advertised"),
                        r("CERT-02", Outcome.PASSED, "name matches"))),
                new TargetReport("alpha/mx2.alpha.test", "192.0.2.2", 25, "mx2.alpha.test", List.of(
                        r("STARTTLS-01", Outcome.PASSED, "STARTTLS advertised"),
                        r("CERT-02", Outcome.FAILED, "No SAN dNSName matches mx2.alpha.test <script>"))),
                new TargetReport("beta/mx.beta.test", "192.0.2.3", 25, "mx.beta.test", List.of(
                        r("STARTTLS-01", Outcome.BROKEN, "Could not test: connection timed out after 10 s"),
                        r("CERT-02", Outcome.SKIPPED, "no STARTTLS"))),
                new TargetReport("dns:beta.test", "beta.test", 0, "beta.test", List.of(
                        r("DANE-01", Outcome.PASSED, "TLSA published and signed"))),
                new TargetReport("someone-else", "192.0.2.9", 25, "x.test", List.of(
                        r("TLS-VER-01", Outcome.FAILED, "not an operator's")))));
        Map<String, String> operatorOf = new LinkedHashMap<>();
        operatorOf.put("alpha/mx1.alpha.test", "alpha");
        operatorOf.put("alpha/mx2.alpha.test", "alpha");
        operatorOf.put("beta/mx.beta.test", "beta");
        operatorOf.put("dns:beta.test", "beta");
        return new OperatorsMatrixReport("pilot.yaml", List.of("alpha", "beta", "gamma"), operatorOf, summary,
                RequirementExplanations.bundled(), language);
    }

    @Test
    void theWorstOutcomeOfTheOperatorsTargetsWithEachReason() {
        OperatorsMatrixReport m = matrix(ReportLanguage.EN);
        assertThat(m.requirements()).containsExactly("STARTTLS-01", "CERT-02", "DANE-01");
        assertThat(m.cell("alpha", "CERT-02")).get().extracting(OperatorsMatrixReport.Cell::worst).isEqualTo(Outcome.FAILED);
        assertThat(m.cell("alpha", "STARTTLS-01")).get().extracting(OperatorsMatrixReport.Cell::worst).isEqualTo(Outcome.PASSED);
        assertThat(m.cell("beta", "STARTTLS-01")).get().extracting(OperatorsMatrixReport.Cell::worst).isEqualTo(Outcome.BROKEN);
        assertThat(m.cell("alpha", "DANE-01")).isEmpty();
        assertThat(m.cell("gamma", "STARTTLS-01")).isEmpty();
        assertThat(m.html()).doesNotContain("<script>\"").doesNotContain("mx2.alpha.test <script>")
                .contains("mx2.alpha.test &lt;script&gt;").doesNotContain("http://").doesNotContain("https://");
        assertThat(m.markdown()).contains("| alpha | passed | failed |  |", "| gamma |  |  |  |");
        assertThat(m.json()).contains("\"operatorsFile\" : \"pilot.yaml\"").doesNotContain("someone-else");
    }

    @Test
    void chromiumShowsTheColoursTheLegendAndTheReasonOnClick() throws Exception {
        HeadlessChromium.requireInstalled();
        Path html = matrix(ReportLanguage.EN).write(dir).get(0);
        // Test-only probe appended to a copy: the browser's computed colours, then a click on alpha x CERT-02.
        Path probed = dir.resolve("probed.html");
        Files.writeString(probed, Files.readString(html).replace("</body>", """
                <script>
                document.querySelectorAll('td.cell, #legend span').forEach(function (e) {
                  e.setAttribute('data-computed', getComputedStyle(e).backgroundColor);
                });
                document.querySelector('td[data-operator="alpha"][data-requirement="CERT-02"]').click();
                </script></body>"""), StandardCharsets.UTF_8);
        String dom = HeadlessChromium.open(dir, probed, "--dump-dom");
        Map<String, String> colourOf = new LinkedHashMap<>();
        Matcher cells = Pattern.compile("<td class=\"cell (\\w+)\" data-operator=\"(\\w+)\" data-requirement=\"([\\w-]+)\""
                + "[^>]*data-computed=\"([^\"]+)\"").matcher(dom);
        while (cells.find()) {
            colourOf.put(cells.group(2) + " " + cells.group(3), cells.group(1) + " " + cells.group(4));
        }
        assertThat(colourOf).hasSize(9).containsEntry("alpha STARTTLS-01", "passed rgb(200, 240, 200)")
                .containsEntry("alpha CERT-02", "failed rgb(246, 184, 184)")
                .containsEntry("beta STARTTLS-01", "broken rgb(255, 226, 168)")
                .containsEntry("beta CERT-02", "skipped rgb(221, 228, 240)")
                .containsEntry("beta DANE-01", "passed rgb(200, 240, 200)")
                .containsEntry("alpha DANE-01", "none rgb(244, 244, 244)")
                .containsEntry("gamma STARTTLS-01", "none rgb(244, 244, 244)");
        Matcher legend = Pattern.compile("<span class=\"(\\w+)\" data-outcome=\"\\w+\" data-computed=\"([^\"]+)\">([^<]+)</span>")
                .matcher(dom);
        Map<String, String> legendColour = new LinkedHashMap<>();
        while (legend.find()) {
            legendColour.put(legend.group(3), legend.group(2));
        }
        assertThat(legendColour).containsEntry("passed", "rgb(200, 240, 200)").containsEntry("failed", "rgb(246, 184, 184)")
                .containsEntry("broken (could not test)", "rgb(255, 226, 168)").hasSize(5);
        Matcher reason = Pattern.compile("<div id=\"reason\"[^>]*>([^<]*)</div>").matcher(dom);
        assertThat(reason.find()).isTrue();
        assertThat(reason.group(1)).contains("alpha · CERT-02", "alpha/mx1.alpha.test: passed · name matches",
                "alpha/mx2.alpha.test: failed · No SAN dNSName matches mx2.alpha.test &lt;script&gt;");
    }

    @Test
    void inFrenchTheWordsAreFrench() {
        String html = matrix(ReportLanguage.FR).html();
        assertThat(html).contains("<html lang=\"fr\">", "Matrice des opérateurs", "non conforme", "non évaluée pour cet opérateur",
                "alpha/mx2.alpha.test: non conforme");
    }
}
