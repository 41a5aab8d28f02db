package org.mtainterop.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.report.RunSummary;
import org.mtainterop.report.SummaryReader;
import org.mtainterop.report.TargetReport;

/**
 * The budget per target (issue 17): a server that drips its banner one byte a second answers every read in
 * time, so only the whole-reply bound catches it. Once one session shows it broken, the target's later sessions
 * are not made, their verdicts say why, nothing of it passes, and the run ends within {@code --deadline} plus a
 * margin, with the per-host bound and pacing at their defaults. Before, each of its dozen sessions waited out its
 * own deadline, four at a time. The margin is generous: this asserts a bound on a hang, not a speed.
 */
class TargetBudgetTest {
    private static final int READ_TIMEOUT_S = 3;
    private static final int DEADLINE_S = 20;
    private static final Duration BOUND = Duration.ofSeconds(DEADLINE_S + 10);

    @TempDir
    Path dir;

    @Test
    void aDripFedTargetEndsWithinItsDeadlineWithTheReasonAndNothingPassed() throws Exception {
        try (HostileRun.GoodTarget good = new HostileRun.GoodTarget(dir);
             HostileServer drip = HostileServer.start(HostileBehaviour.DRIPPED_BANNER)) {
            HostileRun.Result r = HostileRun.runWithin(good, dir.resolve("reports"), List.of(drip.target()),
                    List.of("--read-timeout", String.valueOf(READ_TIMEOUT_S), "--deadline", String.valueOf(DEADLINE_S)));
            System.out.printf("drip-fed target: exit %d in %d ms%n", r.code(), r.took().toMillis());

            assertThat(r.took()).as("run time").isLessThan(BOUND);
            assertThat(r.userOutput()).doesNotContain("\tat ").doesNotContain("Exception in thread");
            RunSummary summary = new SummaryReader().read(r.reportDir().resolve("summary.json"));
            TargetReport dripped = target(summary, drip.target());
            assertThat(dripped.results()).isNotEmpty().allSatisfy(res -> assertThat(res.status().label())
                    .as(res.requirement() + ": " + res.message()).isNotEqualTo("passed"));
            assertThat(dripped.results()).as("the reason the first session gave")
                    .anySatisfy(res -> assertThat(res.message()).contains("drip-fed"));
            assertThat(evidenceMentioning(r.reportDir(), "not tested: an earlier session showed the server broken"))
                    .as("later sessions not made, their evidence saying why").isPositive();
            TargetReport goodOne = target(summary, r.goodTarget());
            assertThat(goodOne.results()).isNotEmpty().allSatisfy(res -> assertThat(res.status().label())
                    .as(res.requirement() + ": " + res.message()).isIn("passed", "skipped"));
        }
    }

    /** Allure attachments (transcripts, enumeration logs) containing {@code text}. */
    private static long evidenceMentioning(Path reportDir, String text) throws IOException {
        try (Stream<Path> files = Files.list(reportDir.resolve("allure-results"))) {
            return files.filter(p -> p.getFileName().toString().contains("-attachment")).filter(p -> {
                try {
                    return Files.readString(p).contains(text);
                } catch (IOException e) {
                    return false;
                }
            }).count();
        }
    }

    private static TargetReport target(RunSummary summary, String target) {
        return summary.targets().stream().filter(t -> target.equals(t.host() + ":" + t.port())).findFirst()
                .orElseThrow(() -> new AssertionError("no report for " + target + " in " + summary.targets()));
    }
}
