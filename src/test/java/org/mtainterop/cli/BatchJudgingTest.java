package org.mtainterop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.report.RunSummary;
import org.mtainterop.report.SummaryReader;
import org.mtainterop.report.TargetReport;

/**
 * Many targets judged in a few launches (batches, each target's scenarios from its own copy of the feature files):
 * every target's results and Allure results are those it gets when judged alone, keyed by the features directory
 * (not the copies), one result per scenario per target with a history of its own.
 */
class BatchJudgingTest {
    private static final int TARGETS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static LoopbackOperators receivers;
    private static List<String> operators;

    @BeforeAll
    static void receivers() throws Exception {
        receivers = LoopbackOperators.start(dir);
        operators = receivers.entries(TARGETS, 3);
    }

    @AfterAll
    static void stop() {
        receivers.close();
    }

    private static int run(List<String> entries, Path reports) throws IOException {
        Path file = LoopbackOperators.file(dir, reports.getFileName() + ".yaml", entries);
        return LoopbackOperators.cli("run", "--operators", file.toString(), "--read-timeout", "3",
                "--deadline", "20", "--no-html", "--report-dir", reports.toString()).code();
    }

    /** Per Allure result (by target and full name): what keys it and what it says. */
    private static Map<String, String> allureResults(Path results, String onlyTarget) throws IOException {
        Map<String, String> byKey = new TreeMap<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path f : files.filter(p -> p.toString().endsWith("-result.json")).toList()) {
                JsonNode r = JSON.readTree(f.toFile());
                Map<String, String> labels = new TreeMap<>();
                r.get("labels").forEach(l -> labels.merge(l.get("name").asText(), l.get("value").asText(), (a, b) -> a + "," + b));
                String target = labels.get("target");
                if (onlyTarget != null && !onlyTarget.equals(target)) {
                    continue;
                }
                labels.remove("thread");
                String key = target + " " + r.get("fullName").asText();
                String value = "historyId=" + r.get("historyId").asText() + " testCaseId=" + r.get("testCaseId").asText()
                        + " name=" + r.get("name").asText() + " status=" + r.get("status").asText() + " labels=" + labels
                        + " attachments=" + r.get("attachments").size();
                assertThat(byKey.put(key, value)).as("one result per scenario and target: " + key).isNull();
            }
        }
        return byKey;
    }

    private static Map<String, String> verdicts(RunSummary summary) {
        Map<String, String> v = new TreeMap<>();
        for (TargetReport t : summary.targets()) {
            v.put(t.name(), t.results().stream().map(r -> r.requirement() + "=" + r.status().label())
                    .collect(Collectors.joining(" ")));
        }
        return v;
    }

    @Test
    void eachTargetOfABatchIsReportedAsWhenJudgedAlone() throws Exception {
        int code = run(operators, dir.resolve("all"));
        assertThat(code).isEqualTo(1); // op3's certificate has expired
        RunSummary all = new SummaryReader().read(dir.resolve("all/summary.json"));
        assertThat(all.targets()).hasSize(TARGETS);
        Map<String, String> allResults = allureResults(dir.resolve("all/allure-results"), null);
        long scenariosPerTarget = allResults.keySet().stream().filter(k -> k.startsWith("op0/")).count();
        assertThat(scenariosPerTarget).isGreaterThan(5);
        assertThat(allResults).hasSize((int) scenariosPerTarget * TARGETS);
        assertThat(allResults.keySet()).allMatch(k -> k.contains(" features/inbound/"), "keyed by the features directory");
        assertThat(allResults.values().stream().map(v -> v.substring(0, v.indexOf(' '))).distinct().count())
                .as("a history of its own per scenario and target").isEqualTo(allResults.size());
        assertThat(allResults.values()).noneMatch(v -> v.contains("mta-interop-features"));

        for (int i : new int[] {3, 7}) {
            Path alone = dir.resolve("alone-" + i);
            run(List.of(operators.get(i)), alone);
            RunSummary aloneSummary = new SummaryReader().read(alone.resolve("summary.json"));
            String target = aloneSummary.targets().get(0).name();
            assertThat(verdicts(aloneSummary).get(target)).isEqualTo(verdicts(all).get(target));
            assertThat(allureResults(alone.resolve("allure-results"), target))
                    .isEqualTo(allureResults(dir.resolve("all/allure-results"), target));
        }
    }
}
