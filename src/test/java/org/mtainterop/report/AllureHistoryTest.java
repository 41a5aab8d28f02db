package org.mtainterop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.policy.Severity;
import org.mtainterop.run.Judgement;
import org.mtainterop.run.ReportDestination;
import org.mtainterop.run.RunOutcome;
import org.mtainterop.run.RunReports;
import org.mtainterop.run.Shard;

/**
 * {@code --history DIR}: two runs through the report phase of a real run (Allure generating the single-file
 * report), the second report's trend holding both; the trend graph drawn by headless Chromium.
 */
class AllureHistoryTest {
    private static final Pattern INLINED = Pattern.compile("d\\('([^']+)','([^']*)'\\)");

    @TempDir
    Path tmp;

    private RunOutcome run(Path reports, Path history, Outcome starttls01) throws Exception {
        Path results = RunReports.freshAllureResults(reports);
        String uuid = java.util.UUID.randomUUID().toString();
        Files.writeString(results.resolve(uuid + "-result.json"), """
                {"uuid": "%s", "historyId": "starttls-01-mx1", "name": "STARTTLS-01", "status": "%s",
                 "stage": "finished", "start": 1772442930000, "stop": 1772442930420,
                 "labels": [{"name": "feature", "value": "STARTTLS dialogue"}]}
                """.formatted(uuid, starttls01.label()));
        var summary = List.of(new TargetReport("mx1", "192.0.2.10", 25, "mx1.example.net", List.of(
                new RequirementResult("STARTTLS-01", starttls01, Severity.MUST, List.of("pilot"), "observed", 420))));
        var destination = new ReportDestination(reports, Optional.empty(), true, Optional.of(history), Optional.empty(),
                Shard.WHOLE);
        return RunReports.finish(Instant.now(), summary, Map.of("profile", "pilot"), Judgement.of(PolicyProfile.PILOT),
                destination, results);
    }

    @Test
    void theSecondReportsTrendHoldsBothRunsAndChromiumDrawsIt() throws Exception {
        Path reports = tmp.resolve("reports");
        Path history = tmp.resolve("history");
        RunOutcome first = run(reports, history, Outcome.FAILED);
        assertThat(first.htmlProblem()).isEmpty();
        assertThat(history.resolve("history-trend.json")).exists();
        assertThat(new AllureHistory(history).runs()).isEqualTo(1);

        RunOutcome second = run(reports, history, Outcome.PASSED);
        assertThat(second.htmlProblem()).isEmpty();
        JsonNode trend = new ObjectMapper().readTree(inlined(second.htmlReport().orElseThrow(), "history/history-trend.json"));
        assertThat(trend).hasSize(2);
        assertThat(trend.get(0).path("buildOrder").asInt()).isEqualTo(2);
        assertThat(trend.get(0).path("data").path("passed").asInt()).isEqualTo(1);
        assertThat(trend.get(1).path("buildOrder").asInt()).isEqualTo(1);
        assertThat(trend.get(1).path("data").path("failed").asInt()).isEqualTo(1);
        assertThat(new AllureHistory(history).runs()).isEqualTo(2);
        assertThat(Files.readString(history.resolve("history.json"))).contains("starttls-01-mx1");
        assertThat(second.junitXml()).isEqualTo(reports.resolve("junit.xml")).exists();

        HeadlessChromium.requireInstalled();
        String dom = HeadlessChromium.open(tmp, second.htmlReport().orElseThrow(), "--virtual-time-budget=10000",
                "--dump-dom");
        int at = dom.indexOf("class=\"history-trend__chart\"");
        assertThat(at).as("the overview has the trend widget").isPositive();
        String chart = dom.substring(at, dom.indexOf("</svg>", at));
        assertThat(Pattern.compile("<g class=\"slice\">").matcher(chart).results().count())
                .as("one slice per run on the trend graph").isEqualTo(2);
        assertThat(chart).contains(">#1</text>", ">#2</text>");
    }

    @Test
    void somethingElseThanHistoryIsAConfigurationErrorNamingTheFile() throws Exception {
        Path history = Files.createDirectories(tmp.resolve("history"));
        new AllureHistory(history).check(); // empty: the first run
        Files.writeString(history.resolve("history-trend.json"), "{\"not\": \"a trend\"}");
        assertThatThrownBy(() -> new AllureHistory(history).check()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--history " + history.resolve("history-trend.json") + ":")
                .hasMessageContaining("expected a JSON array");
        Files.writeString(history.resolve("history-trend.json"), "[{\"data\": ");
        assertThatThrownBy(() -> new AllureHistory(history).check()).hasMessageContaining("history-trend.json")
                .hasMessageContaining("line");
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        assertThatThrownBy(() -> new AllureHistory(file).check()).hasMessageContaining("not a directory");
    }

    private static String inlined(Path html, String name) throws Exception {
        Matcher m = INLINED.matcher(Files.readString(html));
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return new String(Base64.getDecoder().decode(m.group(2)), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(name + " not inlined in " + html);
    }
}
