package org.mtainterop.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtainterop.report.RunSummary;
import org.mtainterop.report.SummaryReader;
import org.mtainterop.report.TargetReport;

/**
 * Every hostile behaviour, each in one CLI run beside a good target: the run ends within its bound, the
 * hostile target is broken or failed with one-line reasons, the JSON and Allure results are written, the
 * good target is judged as if alone, and no stack trace reaches the user.
 */
class HostileTargetsTest {
    /** What one hostile run may take: one session deadline (the probes run side by side), plus start-up and judging. */
    static final Duration BOUND = Duration.ofSeconds(HostileRun.DEADLINE_S + 7);

    @TempDir
    static Path shared;
    @TempDir
    Path reports;
    private static HostileRun.GoodTarget good;

    @BeforeAll
    static void startGoodTarget() throws Exception {
        good = new HostileRun.GoodTarget(shared);
    }

    @AfterAll
    static void stopGoodTarget() {
        good.close();
    }

    @ParameterizedTest
    @EnumSource(HostileBehaviour.class)
    void hostileTargetIsBoundedAndDoesNotHarmTheGoodOne(HostileBehaviour behaviour) throws Exception {
        try (HostileServer hostile = HostileServer.start(behaviour)) {
            HostileRun.Result r = HostileRun.run(good, reports, List.of(hostile.target()));
            assertBoundedAndHonest(r, hostile.target());
        }
    }

    @Test
    void ipv6LoopbackTargetIsBoundedToo() throws Exception {
        try (HostileServer hostile = HostileServer.start(HostileBehaviour.STARTTLS_THEN_RESET,
                InetAddress.getByName("::1"))) {
            assertThat(hostile.target()).startsWith("[::1]:");
            HostileRun.Result r = HostileRun.run(good, reports, List.of(hostile.target()));
            assertBoundedAndHonest(r, hostile.target());
        }
    }

    static void assertBoundedAndHonest(HostileRun.Result r, String hostileTarget) throws Exception {
        System.out.printf("hostile %s: exit %d in %d ms%n", hostileTarget, r.code(), r.took().toMillis());
        assertThat(r.took()).as("run time").isLessThan(BOUND);
        assertThat(r.code()).as(r.userOutput()).isIn(1, 3);
        assertThat(r.userOutput()).doesNotContain("\tat ").doesNotContain("Exception in thread")
                .doesNotContain("OutOfMemoryError");
        Path json = r.reportDir().resolve("summary.json");
        assertThat(json).exists();
        try (var results = Files.list(r.reportDir().resolve("allure-results"))) {
            assertThat(results.filter(p -> p.getFileName().toString().endsWith("-result.json")).count()).isPositive();
        }
        RunSummary summary = new SummaryReader().read(json);
        TargetReport hostile = target(summary, hostileTarget);
        assertThat(hostile.results()).isNotEmpty().allSatisfy(res -> {
            assertThat(res.message()).as(res.requirement()).doesNotContain("\n").isNotBlank();
            assertThat(res.status().label()).isIn("broken", "failed", "skipped", "passed");
        });
        assertThat(hostile.results()).as("the hostile target is judged broken or failed")
                .anySatisfy(res -> assertThat(res.status().label()).isIn("broken", "failed"));
        TargetReport goodOne = target(summary, r.goodTarget());
        assertThat(goodOne.results()).isNotEmpty().allSatisfy(res -> assertThat(res.status().label())
                .as(res.requirement() + ": " + res.message()).isIn("passed", "skipped"));
    }

    private static TargetReport target(RunSummary summary, String target) {
        return summary.targets().stream()
                .filter(t -> target.equals((t.host().indexOf(':') >= 0 ? "[" + t.host() + "]" : t.host()) + ":" + t.port()))
                .findFirst().orElseThrow(() -> new AssertionError("no report for " + target + " in " + summary.targets()));
    }
}
