package org.mtainterop.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.report.HeadlessChromium;

/** The interop matrix as a picture, from canned results (no Docker); the HTML is rendered by headless Chromium. */
class InteropMatrixReportTest {

    @TempDir
    Path dir;

    @Test
    void markdownAndJsonCarryEveryPair() {
        InteropMatrixReport report = new InteropMatrixReport(CannedInteropMatrix.withOneFailure());
        assertThat(report.markdown()).contains("| sender ↓ / receiver → | postfix | exim | opensmtpd |")
                .contains("| exim | TLSv1.3 · verified · ").contains("**FAIL** not delivered · receiver at fault · 30.0 s");
        assertThat(report.json()).contains("\"requirement\" : \"INTEROP-01\"").contains("\"faultSide\" : \"receiver\"");
        assertThat(Pattern.compile("\"sender\" :").matcher(report.json()).results().count()).isEqualTo(9);
    }

    @Test
    void attachesTheMatrixToAllure() throws IOException {
        new InteropMatrixReport(CannedInteropMatrix.withOneFailure()).attachToAllure(dir);
        try (var files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).anyMatch(n -> n.endsWith("-result.json")).anyMatch(n -> n.endsWith("-attachment.html"));
        }
    }

    @Test
    void chromiumRendersNineLabelledCells() throws Exception {
        HeadlessChromium.requireInstalled();
        InteropMatrixReport report = new InteropMatrixReport(CannedInteropMatrix.withOneFailure());
        Path html = report.write(dir).get(0);
        String dom = HeadlessChromium.open(dir, html, "--dump-dom");
        Matcher cells = Pattern.compile("<td class=\"cell (pass|warn|fail)\"[^>]*>.*?</td>").matcher(dom);
        List<String> found = new ArrayList<>();
        while (cells.find()) {
            found.add(cells.group());
        }
        assertThat(found).hasSize(9);
        assertThat(found).filteredOn(c -> c.contains("class=\"cell pass\"") && c.contains("TLSv1.3 · verified · "))
                .hasSize(8);
        assertThat(found).filteredOn(c -> c.contains("class=\"cell fail\"")).singleElement().asString()
                .contains("data-sender=\"exim\"").contains("data-receiver=\"opensmtpd\"")
                .contains("not delivered · receiver at fault · 30.0 s");
        Path png = dir.resolve("interop-matrix.png");
        HeadlessChromium.open(dir, html, "--screenshot=" + png, "--window-size=1000,600", "--virtual-time-budget=5000");
        assertThat(png).isNotEmptyFile();
        assertThat(Files.readAllBytes(png)).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }
}
