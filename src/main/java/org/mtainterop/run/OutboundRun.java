package org.mtainterop.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mtainterop.pki.TestPki;
import org.mtainterop.report.TargetReport;
import org.mtainterop.sender.DeliveryDriver;
import org.mtainterop.sender.OutboundSubjects;
import org.mtainterop.sender.SenderTarget;

/**
 * One outbound run (features/outbound, direction "out"), in three phases: start each sender with its adversarial
 * receiver and make every delivery attempt (senders concurrently, attempts of one sender in turn), judge each
 * sender with the features through the same Cucumber engine as inbound runs, then report (the JSON summary, the
 * Allure results and HTML). {@link #judge} does the last two alone, for senders observed by {@code receive}.
 */
public final class OutboundRun {
    /**
     * @param senders   sender names as {@link OutboundSubjects#expand} gives them ("embedded:may", "postfix:verify")
     * @param timing    how long a sender has for each delivery attempt
     * @param parallel  senders driven at once
     */
    public record Plan(List<String> senders, Judgement judgement, ReportDestination reports,
                       DeliveryDriver.Timing timing, int parallel) {
        public Plan {
            senders = List.copyOf(senders);
        }
    }

    private OutboundRun() {
    }

    /** Starts the plan's senders, drives them, judges them, closes them. */
    public static RunOutcome execute(Plan plan) throws IOException {
        List<SenderTarget> senders = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, plan.parallel()),
                DaemonThreads.named("mta-interop-outbound"));
        try {
            senders.addAll(startAndDrive(plan, pool));
            return judge(plan, senders);
        } finally {
            pool.shutdownNow();
            senders.forEach(SenderTarget::close);
        }
    }

    /** Judges senders whose facts are already known (or made lazily), and writes the reports. */
    public static RunOutcome judge(Plan plan, List<SenderTarget> senders) throws IOException {
        Instant startedAt = Instant.now();
        Path allureResults = RunReports.freshAllureResults(plan.reports().reportDir(), plan.judgement().language());
        List<TargetReport> reports = SenderJudges.judge(senders, plan.judgement(),
                plan.judgement().outboundTagExpression(), allureResults, new ResultLedger());
        return RunReports.finish(startedAt, reports, RunEnvironment.outbound(plan.judgement(), senders),
                plan.judgement(), plan.reports(), allureResults);
    }

    /**
     * Judges DANE senders (features/dane, direction {@code @out}) whose attempts against the DANE profiles were made
     * with their zones served by a validating resolver, and writes the reports.
     */
    public static RunOutcome judgeDane(Plan plan, List<SenderTarget> senders) throws IOException {
        return judgeWith(plan, senders, "dane");
    }

    /**
     * Judges MTA-STS senders (features/mta-sts, direction {@code @out}) whose attempts against the MTA-STS profiles
     * were made with each profile's domain and policy published, and writes the reports.
     */
    public static RunOutcome judgeMtaSts(Plan plan, List<SenderTarget> senders) throws IOException {
        return judgeWith(plan, senders, "mta-sts");
    }

    private static RunOutcome judgeWith(Plan plan, List<SenderTarget> senders, String featuresSubdirectory)
            throws IOException {
        Instant startedAt = Instant.now();
        Path allureResults = RunReports.freshAllureResults(plan.reports().reportDir(), plan.judgement().language());
        List<TargetReport> reports = SenderJudges.judge(senders, plan.judgement(), featuresSubdirectory,
                plan.judgement().outboundTagExpression(), allureResults, new ResultLedger());
        return RunReports.finish(startedAt, reports, RunEnvironment.outbound(plan.judgement(), senders),
                plan.judgement(), plan.reports(), allureResults);
    }

    /** Phase 1: every sender started and its attempts made, in the plan's order; the first failure ends the run. */
    private static List<SenderTarget> startAndDrive(Plan plan, ExecutorService pool) throws IOException {
        List<CompletableFuture<SenderTarget>> starting = SenderStarts.begin(plan.senders(), TestPki.generate(),
                new DeliveryDriver(plan.timing()), pool);
        List<SenderTarget> started = new ArrayList<>();
        for (CompletableFuture<SenderTarget> sender : starting) {
            try {
                started.add(sender.get());
            } catch (ExecutionException e) {
                started.forEach(SenderTarget::close);
                throw new IllegalStateException("cannot start an outbound sender: " + e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                started.forEach(SenderTarget::close);
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while starting senders", e);
            }
        }
        return started;
    }
}
