package org.mtainterop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Severity;

class ConsoleSummaryTest {

    private final ConsoleSummary console = new ConsoleSummary();

    @Test
    void listsEveryRequirementWithTotalsAndLocations() {
        String text = console.render(SampleSummaries.mixed(), Path.of("/r/html/index.html"), Path.of("/r/summary.json"));

        assertThat(text).contains("target mx1 (192.0.2.10:25, checked as mx1.example.net)",
                "target mx2 ([2001:db8::25]:2525, checked as mx2.example.net)");
        SampleSummaries.mixed().targets().forEach(t -> t.results()
                .forEach(r -> assertThat(text).contains(r.requirement())));
        assertThat(text).containsPattern("FAILED  +CERT-02 +must +No SAN dNSName")
                .containsPattern("BROKEN  +ACCESS-01 +must +Could not test")
                .containsPattern("SKIPPED  +DANE-01");
        assertThat(text).contains("4 passed, 2 failed, 1 broken, 1 skipped",
                "HTML report: /r/html/index.html", "JSON summary: /r/summary.json");
        assertThat(text).doesNotContain("\u001b[");
    }

    @Test
    void sortsInCatalogOrder() {
        String text = console.render(SampleSummaries.mixed(), null, null);
        assertThat(text).containsSubsequence("STARTTLS-01", "STARTTLS-02", "STARTTLS-10", "TLS-VER-02",
                "CERT-02", "DANE-01", "target mx2", "ACCESS-01", "CLIENT-01");
        assertThat(text).doesNotContain("HTML report", "JSON summary");
    }

    @Test
    void truncatesLongMessagesToOneLine() {
        String longMessage = "line one\nline two " + "x".repeat(200);
        String text = console.render(SampleSummaries.of(
                SampleSummaries.result("CERT-01", Outcome.FAILED, Severity.MUST, longMessage)), null, null);
        String line = text.lines().filter(l -> l.contains("CERT-01")).findFirst().orElseThrow();
        assertThat(line).contains("line one line two").endsWith("...");
        assertThat(ConsoleSummary.oneLine(longMessage)).hasSize(ConsoleSummary.MESSAGE_WIDTH);
    }

    @Test
    void colourOnlyWhenAsked() {
        String text = console.render(SampleSummaries.mixed(), null, null, true);
        assertThat(text).contains("\u001b[1;31mFAILED \u001b[0m", "\u001b[32mPASSED \u001b[0m");
    }

    @Test
    void targetWithoutResultsSaysSo() {
        RunSummary empty = new RunSummary("v", SampleSummaries.STARTED, "modern",
                List.of(new TargetReport("t", "h", 25, "mx", List.of())));
        assertThat(console.render(empty, null, null)).contains("(no results)", "0 passed, 0 failed, 0 broken, 0 skipped");
    }
}
