package org.mtainterop.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.mtainterop.pki.TestPki;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.report.AllureResultsFiles;
import org.mtainterop.report.RunSummary;
import org.mtainterop.report.TargetReport;
import org.mtainterop.sender.DeliveryDriver;
import org.mtainterop.sender.OutboundSubjects;
import org.mtainterop.sender.SenderTarget;

/**
 * One outbound run (features/outbound, direction "out"): start each sender with its adversarial receiver,
 * make every delivery attempt (senders concurrently, attempts of one sender in turn), judge each sender with
 * the features through the same Cucumber engine as inbound runs, then write the JSON summary and the Allure
 * results and HTML. {@link #judge} does the judging part alone, for senders observed by {@code receive}.
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
        DeliveryDriver driver = new DeliveryDriver(plan.timing());
        TestPki pki = TestPki.generate();
        List<SenderTarget> targets = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, plan.parallel()), r -> {
            Thread t = new Thread(r, "mta-interop-outbound");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<SenderTarget>> started = new ArrayList<>();
            for (String name : plan.senders()) {
                started.add(pool.submit(() -> {
                    SenderTarget target = OutboundSubjects.start(name, pki, driver);
                    target.facts().prefetchAll();
                    return target;
                }));
            }
            for (Future<SenderTarget> f : started) {
                try {
                    targets.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("cannot start an outbound sender: " + e.getCause().getMessage(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while starting senders", e);
                }
            }
            return judge(plan, targets);
        } finally {
            pool.shutdownNow();
            targets.forEach(SenderTarget::close);
        }
    }

    /** Judges senders whose facts are already known (or made lazily), and writes the reports. */
    public static RunOutcome judge(Plan plan, List<SenderTarget> targets) throws IOException {
        Instant startedAt = Instant.now();
        Path allureResults = RunReports.freshAllureResults(plan.reports().reportDir());
        List<TargetReport> reports = judgeSenders(targets, plan.judgement().outboundTagExpression(), plan.judgement().profile(), allureResults,
                new ResultLedger());
        Map<String, String> env = new LinkedHashMap<>();
        env.put("harness.version", HarnessHome.version());
        env.put("java.version", System.getProperty("java.version"));
        env.put("direction", "out");
        env.put("profile", plan.judgement().profile().label());
        env.put("tags", plan.judgement().outboundTagExpression());
        env.put("senders", targets.stream().map(t -> t.name() + " (" + t.description() + ")").collect(Collectors.joining(", ")));
        AllureResultsFiles.writeEnvironment(allureResults, env);
        RunSummary summary = new RunSummary(HarnessHome.version(), startedAt, plan.judgement().profile().label(), reports);
        return RunReports.finish(summary, plan.reports(), allureResults, plan.judgement().strict());
    }

    /** Runs features/outbound against each sender (facts made once, judged many times), one report each. */
    static List<TargetReport> judgeSenders(List<SenderTarget> targets, String tagExpression, PolicyProfile profile,
                                           Path allureResults, ResultLedger ledger) {
        Path features = HarnessHome.features().resolve("outbound");
        if (!Files.isDirectory(features)) {
            throw new IllegalArgumentException("features directory not found: " + features
                    + " (run from the mta-interop directory or set -Dmtainterop.home)");
        }
        List<TargetReport> reports = new ArrayList<>();
        for (SenderTarget target : targets) {
            ActiveRun.judging(ActiveRun.ofSender(target, target.facts(), profile, ledger),
                    () -> CucumberLaunch.run(features, tagExpression, allureResults));
            reports.add(new TargetReport(target.name(), target.endpoint().host(), target.endpoint().port(),
                    target.endpoint().referenceName(), ledger.resultsOf(target.name())));
        }
        return reports;
    }
}
