package org.mtainterop.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.mtainterop.report.HeadlessChromium;
import org.mtainterop.run.GlueFeatureRun;
import org.mtainterop.run.HarnessHome;

/**
 * The path matrix from canned facts (no Docker): Markdown and JSON carry every pair and hop, Allure gets the matrix,
 * headless Chromium renders the HTML cells, and features/path judge it (one scenario per requirement, the worst
 * pair's outcome).
 */
class PathMatrixReportTest {
    @TempDir
    Path dir;

    @Test
    void markdownAndJsonCarryEveryPairAndHop() {
        PathMatrixReport report = new PathMatrixReport(CannedPathMatrix.mixed());
        assertThat(report.markdown()).contains("| sender ↓ / receiver → | a | b |")
                .contains("| a | TLS pass · networks FAIL · time pass · 1.0 s | TLS pass · networks pass · time pass · 2.5 s |")
                .contains("| b | TLS FAIL · networks pass · time pass · 3.0 s | TLS not tested · networks not tested · time FAIL · 90.0 s |");
        String json = report.json();
        assertThat(Pattern.compile("\"sender\" :").matcher(json).results().count()).isEqualTo(4);
        assertThat(json).contains("\"with\" : \"ESMTPSA\"").contains("\"transport\" : \"cleartext\"")
                .contains("\"afterReading\" : \"deleted (UID EXPUNGE 7)\"")
                .contains("\"date\" : \"2026-12-02T19:57:25Z\"").contains("\"status\" : \"failed\"");
        assertThat(report.mustFailures()).extracting(PathResult::pair).containsExactly("a → a", "b → a");
    }

    @Test
    void attachesTheMatrixToAllure() throws Exception {
        new PathMatrixReport(CannedPathMatrix.mixed()).attachToAllure(dir);
        try (var files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).anyMatch(n -> n.endsWith("-result.json")).anyMatch(n -> n.endsWith("-attachment.html"));
        }
    }

    @Test
    void chromiumRendersFourLabelledCells() throws Exception {
        HeadlessChromium.requireInstalled();
        Path html = new PathMatrixReport(CannedPathMatrix.mixed()).write(dir).get(0);
        String dom = HeadlessChromium.open(dir, html, "--dump-dom");
        Matcher cells = Pattern.compile("<td class=\"cell (pass|broken|fail)\"[^>]*>.*?</td>", Pattern.DOTALL).matcher(dom);
        List<String> found = new ArrayList<>();
        while (cells.find()) {
            found.add(cells.group());
        }
        assertThat(found).hasSize(4);
        assertThat(found).filteredOn(c -> c.contains("class=\"cell pass\"")).singleElement().asString()
                .contains("data-sender=\"a\"").contains("data-receiver=\"b\"").contains("hop 3: mx.b.test [10.2.0.2]");
        assertThat(found).filteredOn(c -> c.contains("class=\"cell fail\"")).hasSize(3);
        assertThat(found).filteredOn(c -> c.contains("data-sender=\"b\"") && c.contains("data-receiver=\"a\""))
                .singleElement().asString().contains("TLS FAIL").contains("with ESMTP, no TLS");
        Path png = dir.resolve("path-matrix.png");
        HeadlessChromium.open(dir, html, "--screenshot=" + png, "--window-size=1200,700", "--virtual-time-budget=5000");
        assertThat(Files.readAllBytes(png)).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void theFeaturesJudgeEveryPairPerRequirement() {
        List<GlueFeatureRun.ScenarioOutcome> outcomes = PathFeatureRun.judge(CannedPathMatrix.mixed(),
                HarnessHome.features(), dir);
        assertThat(outcomes).hasSize(3);
        assertThat(outcomes).allMatch(o -> o.status() == Status.FAILED);
        assertThat(outcomes).filteredOn(o -> o.name().endsWith("Every hop of every message used TLS")).singleElement()
                .satisfies(o -> assertThat(o.message()).contains("failed: b → a: 1 hop(s) without TLS")
                        .contains("passed: a → b").contains("broken: Could not test: b → b"));
        assertThat(dir.toFile().list()).anyMatch(f -> f.endsWith("-result.json"));
    }
}
