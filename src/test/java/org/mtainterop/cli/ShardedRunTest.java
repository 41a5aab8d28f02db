package org.mtainterop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.report.AllureHtmlReport;
import org.mtainterop.report.RunSummary;
import org.mtainterop.report.SummaryReader;
import org.mtainterop.report.TargetReport;
import org.mtainterop.cli.LoopbackOperators.Run;
import org.mtainterop.run.Shard;

/**
 * {@code run --operators --shard I/N} and {@code merge}: eight operators on loopback receivers (good ones and one
 * with an expired certificate) judged whole and in three shards; the merged reports equal the whole run's.
 */
class ShardedRunTest {
    @TempDir
    static Path dir;
    private static LoopbackOperators receivers;
    private static List<String> operators;

    @BeforeAll
    static void receivers() throws Exception {
        receivers = LoopbackOperators.start(dir);
        operators = receivers.entries(8, 5);
    }

    @AfterAll
    static void stop() {
        receivers.close();
    }

    private static Run cli(String... args) {
        return LoopbackOperators.cli(args);
    }

    private static Path operatorsFile(String name, List<String> entries) throws IOException {
        return LoopbackOperators.file(dir, name, entries);
    }

    private static Run run(Path file, Path reports, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--operators", file.toString(), "--read-timeout", "10",
                "--deadline", "30", "--no-html", "--report-dir", reports.toString()));
        args.addAll(List.of(extra));
        return cli(args.toArray(String[]::new));
    }

    /** Each target's requirements and statuses, to compare runs. */
    private static Map<String, String> verdicts(RunSummary summary) {
        Map<String, String> v = new TreeMap<>();
        for (TargetReport t : summary.targets()) {
            v.put(t.name(), t.results().stream().map(r -> r.requirement() + "=" + r.status().label()).sorted()
                    .collect(Collectors.joining(" ")));
        }
        return v;
    }

    @Test
    void threeShardsMergedEqualTheWholeRun() throws Exception {
        Path file = operatorsFile("operators.yaml", operators);
        Run whole = run(file, dir.resolve("whole"));
        assertThat(whole.code()).as(whole.out() + whole.err()).isEqualTo(1); // op5's certificate has expired
        RunSummary wholeSummary = new SummaryReader().read(dir.resolve("whole/summary.json"));
        assertThat(wholeSummary.targets()).hasSize(8);

        List<String> shardDirs = new ArrayList<>();
        List<Integer> codes = new ArrayList<>();
        Map<String, Integer> shardOf = new TreeMap<>();
        for (int i = 1; i <= 3; i++) {
            Path reports = dir.resolve("shard-" + i);
            Run r = run(file, reports, "--shard", i + "/3");
            codes.add(r.code());
            RunSummary s = new SummaryReader().read(reports.resolve("summary.json"));
            assertThat(s.shard()).isEqualTo(new Shard(i, 3));
            assertThat(s.catalog()).isEqualTo(wholeSummary.catalog()).startsWith("sha256:");
            for (TargetReport t : s.targets()) {
                assertThat(shardOf.put(t.name(), i)).as(t.name() + " in one shard only").isNull();
                assertThat(Shard.of(t.name(), 3)).isEqualTo(i);
            }
            shardDirs.add(reports.toString());
        }
        assertThat(shardOf.keySet()).isEqualTo(verdicts(wholeSummary).keySet());
        assertThat(codes).contains(1); // the shard holding op5

        List<String> mergeArgs = new ArrayList<>(List.of("merge", "--report-dir", dir.resolve("merged").toString(),
                "--operators", file.toString()));
        boolean html = Files.isRegularFile(AllureHtmlReport.locateAllureHome().resolve("bin/allure"));
        if (!html) {
            mergeArgs.add("--no-html");
        }
        Collections.reverse(shardDirs); // any order
        mergeArgs.addAll(shardDirs);
        Run merged = cli(mergeArgs.toArray(String[]::new));
        assertThat(merged.code()).as(merged.out() + merged.err()).isEqualTo(whole.code());
        RunSummary mergedSummary = new SummaryReader().read(dir.resolve("merged/summary.json"));
        assertThat(verdicts(mergedSummary)).isEqualTo(verdicts(wholeSummary));
        assertThat(mergedSummary.shard()).isEqualTo(Shard.WHOLE);
        assertThat(merged.out()).contains("== operator op5 (profile pilot) ==").contains("target op5/mx.late.test");

        assertThat(resultFiles(dir.resolve("merged/allure-results")))
                .isEqualTo(resultFiles(dir.resolve("whole/allure-results")))
                .isEqualTo(shardDirs.stream().mapToLong(d -> resultFiles(Path.of(d, "allure-results"))).sum());
        assertThat(Files.readString(dir.resolve("merged/allure-results/environment.properties")))
                .contains("merged=3 shards").contains("op0/").contains("op7/").doesNotContain("shard=");
        if (html) {
            assertThat(dir.resolve("merged/allure-report/index.html")).isRegularFile();
        }
    }

    @Test
    void theAssignmentDoesNotDependOnTheOrderOfTheFile() throws Exception {
        List<String> reversed = new ArrayList<>(operators);
        Collections.reverse(reversed);
        Path file = operatorsFile("reversed.yaml", reversed.subList(0, 6)); // and two operators fewer
        for (int i = 1; i <= 2; i++) {
            Path reports = dir.resolve("reversed-" + i);
            run(file, reports, "--shard", i + "/2", "--tags", "@REQ-STARTTLS-01");
            for (TargetReport t : new SummaryReader().read(reports.resolve("summary.json")).targets()) {
                assertThat(Shard.of(t.name(), 2)).as(t.name()).isEqualTo(i);
            }
        }
    }

    @Test
    void moreShardsThanTargetsLeaveEmptyShardsThatStillMerge() throws Exception {
        Path file = operatorsFile("one.yaml", operators.subList(0, 1));
        List<String> args = new ArrayList<>(List.of("merge", "--no-html", "--report-dir", dir.resolve("one-merged").toString()));
        for (int i = 1; i <= 4; i++) {
            Path reports = dir.resolve("one-" + i);
            Run r = run(file, reports, "--shard", i + "/4", "--tags", "@REQ-STARTTLS-01");
            assertThat(r.code()).as(r.out() + r.err()).isZero();
            args.add(reports.toString());
        }
        Run merged = cli(args.toArray(String[]::new));
        assertThat(merged.code()).as(merged.out() + merged.err()).isZero();
        assertThat(new SummaryReader().read(dir.resolve("one-merged/summary.json")).targets()).hasSize(1);
    }

    @Test
    void badShardValuesAreUsageErrors() throws Exception {
        Path file = operatorsFile("bad.yaml", operators.subList(0, 1));
        for (String bad : List.of("0/3", "4/3", "x")) {
            Run r = run(file, dir.resolve("bad"), "--shard", bad);
            assertThat(r.code()).as(bad).isEqualTo(2);
            assertThat(r.err()).as(bad).startsWith("mta-interop: --shard").hasLineCount(1);
        }
        Run embedded = cli("run", "--shard", "1/2", "--no-html", "--report-dir", dir.resolve("bad").toString());
        assertThat(embedded.code()).isEqualTo(2);
        assertThat(embedded.err()).contains("embedded");
    }

    @Test
    void mergeRefusesAMissingShardADuplicateAndADirectoryWithoutSummary() throws Exception {
        Path file = operatorsFile("two.yaml", operators.subList(0, 4));
        for (int i = 1; i <= 2; i++) {
            run(file, dir.resolve("two-" + i), "--shard", i + "/2", "--tags", "@REQ-STARTTLS-01");
        }
        String out = dir.resolve("two-merged").toString();
        Run missing = cli("merge", "--no-html", "--report-dir", out, dir.resolve("two-1").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("shard 2/2 is missing").hasLineCount(1);
        Run twice = cli("merge", "--no-html", "--report-dir", out, dir.resolve("two-1").toString(),
                dir.resolve("two-1").toString(), dir.resolve("two-2").toString());
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).contains("shard 1/2 is given twice");
        Run none = cli("merge", "--no-html", "--report-dir", out, dir.resolve("nowhere").toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("nowhere").contains("summary.json");
        Files.writeString(dir.resolve("two-2/summary.json"), "{\"harnessVersion\": 1}");
        Run garbage = cli("merge", "--no-html", "--report-dir", out, dir.resolve("two-1").toString(),
                dir.resolve("two-2").toString());
        assertThat(garbage.code()).isEqualTo(2);
        assertThat(garbage.err()).contains("two-2").contains("not a run summary").hasLineCount(1);
    }

    private static long resultFiles(Path allureResults) {
        try (Stream<Path> files = Files.list(allureResults)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-result.json")).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
