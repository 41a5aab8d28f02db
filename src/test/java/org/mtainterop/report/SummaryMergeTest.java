package org.mtainterop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Severity;
import org.mtainterop.run.Shard;

class SummaryMergeTest {
    private static final String CATALOG = "sha256:" + "ab".repeat(32);

    private static TargetReport target(String name, Outcome status) {
        return new TargetReport(name, "127.0.0.1", 25, name, List.of(
                new RequirementResult("STARTTLS-01", status, Severity.MUST, List.of("pilot"), "", 1)));
    }

    private static SummaryMerge.Part shard(int index, int count, Instant started, TargetReport... targets) {
        return new SummaryMerge.Part(Path.of("shard-" + index, "summary.json"),
                new RunSummary("v1", started, "pilot", CATALOG, "", false, new Shard(index, count), List.of(targets)));
    }

    private static SummaryMerge.Part shard(int index, int count, TargetReport... targets) {
        return shard(index, count, Instant.parse("2026-12-02T01:00:00Z"), targets);
    }

    @Test
    void joinsTheShardsInShardOrderAsOneWholeRun() {
        RunSummary whole = SummaryMerge.of(List.of(
                shard(2, 3, target("op/b", Outcome.FAILED)),
                shard(3, 3, Instant.parse("2026-12-02T00:59:00Z"), target("op/c", Outcome.BROKEN)),
                shard(1, 3, target("op/a", Outcome.PASSED), target("dns:op.test", Outcome.PASSED))));
        assertThat(whole.targets()).extracting(TargetReport::name).containsExactly("op/a", "dns:op.test", "op/b", "op/c");
        assertThat(whole.shard()).isEqualTo(Shard.WHOLE);
        assertThat(whole.startedAt()).isEqualTo(Instant.parse("2026-12-02T00:59:00Z"));
        assertThat(whole.catalog()).isEqualTo(CATALOG);
        assertThat(ExitCodes.of(whole, whole.strict())).isEqualTo(ExitCodes.REQUIREMENT_FAILED);
    }

    @Test
    void theExitCodeIsTheWorstOfTheShards() {
        RunSummary brokenOnly = SummaryMerge.of(List.of(shard(1, 2, target("a", Outcome.PASSED)),
                shard(2, 2, target("b", Outcome.BROKEN))));
        assertThat(ExitCodes.of(brokenOnly, false)).isEqualTo(ExitCodes.COULD_NOT_TEST);
        RunSummary empty = SummaryMerge.of(List.of(shard(1, 2, target("a", Outcome.PASSED)), shard(2, 2)));
        assertThat(ExitCodes.of(empty, false)).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aMissingShardIsRefusedNamingIt() {
        assertThatThrownBy(() -> SummaryMerge.of(List.of(shard(1, 3, target("a", Outcome.PASSED)), shard(3, 3))))
                .hasMessageContaining("3 shards").hasMessageContaining("shard 2/3 is missing");
        assertThatThrownBy(() -> SummaryMerge.of(List.of(shard(2, 4))))
                .hasMessageContaining("shards 1/4, 3/4, 4/4 are missing");
    }

    @Test
    void theSameShardTwiceIsRefused() {
        assertThatThrownBy(() -> SummaryMerge.of(List.of(shard(1, 2, target("a", Outcome.PASSED)),
                shard(1, 2, target("b", Outcome.PASSED)), shard(2, 2))))
                .hasMessageContaining("shard 1/2 is given twice").hasMessageContaining("shard-1");
    }

    @Test
    void theSameTargetInTwoShardsIsRefused() {
        assertThatThrownBy(() -> SummaryMerge.of(List.of(shard(1, 2, target("op/a", Outcome.PASSED)),
                shard(2, 2, target("op/a", Outcome.FAILED)))))
                .hasMessageContaining("target op/a was judged twice").hasMessageContaining("shard-1")
                .hasMessageContaining("shard-2");
    }

    @Test
    void shardsOfDifferentRunsAreRefused() {
        var one = shard(1, 2, target("a", Outcome.PASSED));
        var s = one.summary();
        List<RunSummary> others = List.of(
                new RunSummary("v2", s.startedAt(), "pilot", CATALOG, "", false, new Shard(2, 2), List.of()),
                new RunSummary("v1", s.startedAt(), "anssi", CATALOG, "", false, new Shard(2, 2), List.of()),
                new RunSummary("v1", s.startedAt(), "pilot", "sha256:" + "cd".repeat(32), "", false, new Shard(2, 2), List.of()),
                new RunSummary("v1", s.startedAt(), "pilot", CATALOG, "@REQ-CERT-01", false, new Shard(2, 2), List.of()),
                new RunSummary("v1", s.startedAt(), "pilot", CATALOG, "", true, new Shard(2, 2), List.of()),
                new RunSummary("v1", s.startedAt(), "pilot", CATALOG, "", false, new Shard(2, 3), List.of()),
                new RunSummary("v1", s.startedAt(), "pilot", CATALOG, "", false, new Shard(2, 2), ReportLanguage.FR,
                        List.of()));
        List<String> what = List.of("harness version", "profile", "catalog", "--tags", "--strict", "shard count",
                "language (--lang): " + one.source() + " has en, elsewhere");
        for (int i = 0; i < others.size(); i++) {
            var other = new SummaryMerge.Part(Path.of("elsewhere", "summary.json"), others.get(i));
            assertThatThrownBy(() -> SummaryMerge.of(List.of(one, other))).as(what.get(i))
                    .hasMessageContaining("differ in their").hasMessageContaining(what.get(i))
                    .hasMessageContaining("elsewhere");
        }
    }

    @Test
    void nothingToMergeIsAnError() {
        assertThatThrownBy(() -> SummaryMerge.of(List.of())).hasMessageContaining("nothing to merge");
    }
}
