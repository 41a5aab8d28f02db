package org.mtainterop.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.mtainterop.probe.Observation;
import org.mtainterop.probe.ProbeSettings;
import org.mtainterop.probe.TargetFacts;
import org.mtainterop.report.AllureHtmlReport;
import org.mtainterop.report.AllureResultsFiles;
import org.mtainterop.report.ExitCodes;
import org.mtainterop.report.JsonSummaryWriter;
import org.mtainterop.report.RunSummary;
import org.mtainterop.report.TargetReport;
import org.mtainterop.target.LiveTarget;
import org.mtainterop.target.Target;

/**
 * One run, start to end: resolve targets, probe them all concurrently (bounded), judge each target
 * with the features, then write the JSON summary and the Allure results and HTML report.
 */
public final class HarnessRun {
    private final RunPlan plan;

    public HarnessRun(RunPlan plan) {
        this.plan = plan;
    }

    public RunOutcome execute() throws IOException {
        Path features = HarnessHome.features(); // inbound/ and access/: each target's service tag picks its scenarios
        if (!Files.isDirectory(features.resolve("inbound"))) {
            throw new IllegalArgumentException("features directory not found: " + features
                    + " (run from the mta-interop directory or set -Dmtainterop.home)");
        }
        Instant startedAt = Instant.now();
        Path allureResults = plan.reportDir().resolve("allure-results");
        prepare(allureResults);
        ResultLedger ledger = new ResultLedger();
        List<TargetReport> reports = new ArrayList<>();
        ExecutorService probes = Executors.newFixedThreadPool(16, daemonThreads());
        try (ResolvedTargets resolved = ResolvedTargets.of(plan)) {
            ProbeSettings settings = new ProbeSettings(plan.ehloName(), plan.limits(), resolved.trust(),
                    plan.maxConnectionsPerHost());
            Map<Target, TargetFacts> facts = new LinkedHashMap<>();
            for (Target target : resolved.targets()) {
                TargetFacts store = new TargetFacts(target.endpoint(), target.service(), target.implicitTlsPort(),
                        politeTo(target, settings), probes);
                store.prefetch(Observation.applicableTo(target.service()));
                facts.put(target, store);
            }
            for (Map.Entry<Target, TargetFacts> entry : facts.entrySet()) {
                Target target = entry.getKey();
                ActiveRun.publish(new ActiveRun(target, entry.getValue(), plan.profile(), ledger));
                try {
                    CucumberLaunch.run(features, plan.tagExpressionFor(target.service()), allureResults);
                } finally {
                    ActiveRun.withdraw();
                }
                reports.add(new TargetReport(target.name(), target.endpoint().host(), target.endpoint().port(),
                        target.endpoint().referenceName(), ledger.resultsOf(target.name())));
            }
            AllureResultsFiles.writeEnvironment(allureResults, environment(resolved.targets()));
        } finally {
            probes.shutdownNow();
        }
        RunSummary summary = new RunSummary(HarnessHome.version(), startedAt, plan.profile().label(), reports);
        Path json = new JsonSummaryWriter().write(summary, plan.json());
        Optional<Path> html = Optional.empty();
        Optional<String> htmlProblem = Optional.empty();
        if (plan.html()) {
            var generated = AllureHtmlReport.locate().generate(allureResults, plan.reportDir().resolve("allure-report"));
            html = generated.ok() ? Optional.of(generated.indexHtml()) : Optional.empty();
            htmlProblem = generated.ok() ? Optional.empty() : Optional.of(generated.problem());
        }
        return new RunOutcome(summary, json, allureResults, html, htmlProblem, ExitCodes.of(summary, plan.strict()));
    }

    /**
     * Targets the harness started itself (embedded, containers) may be sent MAIL and are not paced; an
     * operator's live MX only as far as the plan's {@link LiveTargetPolicy} allows.
     */
    private ProbeSettings politeTo(Target target, ProbeSettings settings) {
        if (!(target instanceof LiveTarget)) {
            return settings;
        }
        LiveTargetPolicy live = plan.live();
        return settings.withTransactions(live.allowTransaction(), live.rcpt()).withMinInterval(live.minInterval());
    }

    private static void prepare(Path allureResults) throws IOException {
        if (Files.isDirectory(allureResults)) {
            try (var old = Files.list(allureResults)) {
                for (Path p : old.collect(Collectors.toList())) {
                    Files.deleteIfExists(p);
                }
            }
        }
        Files.createDirectories(allureResults);
        AllureResultsFiles.writeCategories(allureResults);
    }

    private Map<String, String> environment(List<Target> targets) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("harness.version", HarnessHome.version());
        env.put("java.version", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        env.put("profile", plan.profile().label());
        env.put("tags", plan.tagExpression());
        env.put("targets", targets.stream().map(t -> t.name() + "=" + t.endpoint() + " as " + t.endpoint().referenceName())
                .collect(Collectors.joining(", ")));
        return env;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread t = new Thread(runnable, "mta-interop-probe");
            t.setDaemon(true);
            return t;
        };
    }
}
