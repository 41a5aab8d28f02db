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
import java.util.concurrent.CompletableFuture;
import org.mtainterop.pki.TestPki;
import org.mtainterop.sender.DeliveryDriver;
import org.mtainterop.sender.OutboundSubjects;
import org.mtainterop.sender.SenderTarget;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.probe.Observation;
import org.mtainterop.probe.ProbeSettings;
import org.mtainterop.probe.TargetFacts;
import org.mtainterop.report.AllureResultsFiles;
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
        Path allureResults = RunReports.freshAllureResults(plan.reportDir());
        ResultLedger ledger = new ResultLedger();
        List<TargetReport> reports = new ArrayList<>();
        ExecutorService probes = Executors.newFixedThreadPool(16, daemonThreads());
        List<SenderTarget> senders = new ArrayList<>();
        try (ResolvedTargets resolved = ResolvedTargets.of(plan)) {
            CompletableFuture<List<SenderTarget>> embeddedSenders = plan.embedded()
                    ? CompletableFuture.supplyAsync(HarnessRun::startEmbeddedSenders, probes)
                    : CompletableFuture.completedFuture(List.of());
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
                PolicyProfile judgedWith = plan.profileOf(target.name());
                ActiveRun.publish(new ActiveRun(target, entry.getValue(), judgedWith, ledger));
                try {
                    CucumberLaunch.run(features, plan.tagExpressionFor(target.service(), judgedWith), allureResults);
                } finally {
                    ActiveRun.withdraw();
                }
                reports.add(new TargetReport(target.name(), target.endpoint().host(), target.endpoint().port(),
                        target.endpoint().referenceName(), ledger.resultsOf(target.name())));
            }
            senders.addAll(embeddedSenders.join());
            reports.addAll(OutboundRun.judgeSenders(senders, plan.outboundTagExpression(), plan.profile(),
                    allureResults, ledger));
            AllureResultsFiles.writeEnvironment(allureResults, environment(resolved.targets(), senders));
        } finally {
            senders.forEach(SenderTarget::close);
            probes.shutdownNow();
        }
        RunSummary summary = new RunSummary(HarnessHome.version(), startedAt, plan.profile().label(), reports);
        return RunReports.finish(summary, plan.json(), plan.reportDir(), allureResults, plan.html(), plan.strict());
    }

    /**
     * The embedded default covers the sending direction too: the embedded sender (Angus Mail) under each
     * outbound policy, each against its own adversarial receiver on loopback, its attempts made in the
     * background while the receivers are probed.
     */
    private static List<SenderTarget> startEmbeddedSenders() {
        TestPki pki = TestPki.generate();
        DeliveryDriver driver = new DeliveryDriver(DeliveryDriver.Timing.embedded());
        List<String> names = OutboundSubjects.expand("embedded");
        ExecutorService pool = Executors.newFixedThreadPool(names.size(), daemonThreads());
        try {
            List<CompletableFuture<SenderTarget>> starting = names.stream()
                    .map(name -> CompletableFuture.supplyAsync(() -> {
                        SenderTarget target = OutboundSubjects.start(name, pki, driver);
                        target.facts().prefetchAll();
                        return target;
                    }, pool)).toList();
            return starting.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
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
        ProbeSettings trusting = plan.operatorMx(target.name()).flatMap(mx -> mx.operator().trustCa())
                .map(pem -> new ProbeSettings(settings.ehloName(), settings.limits(), settings.trust().withPemBundle(pem),
                        settings.maxConnectionsPerHost()))
                .orElse(settings); // an operator's trust_ca: trusted for its own MX hosts only
        return trusting.withTransactions(live.allowTransaction(), live.rcpt()).withMinInterval(live.minInterval());
    }

    private Map<String, String> environment(List<Target> targets, List<SenderTarget> senders) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("harness.version", HarnessHome.version());
        env.put("java.version", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        env.put("profile", plan.profile().label());
        env.put("tags", plan.tagExpression());
        env.put("targets", targets.stream().map(t -> t.name() + "=" + t.endpoint() + " as " + t.endpoint().referenceName())
                .collect(Collectors.joining(", ")));
        if (!senders.isEmpty()) {
            env.put("senders", senders.stream().map(SenderTarget::name).collect(Collectors.joining(", ")));
        }
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
