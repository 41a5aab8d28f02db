package org.mtainterop.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.mtainterop.net.MailService;
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
 * One run, start to end: resolve targets, probe them concurrently (bounded: targets at once, connections per
 * target), judge each target with the features as soon as it is probed (several at once), then write the JSON
 * summary and the Allure results and HTML report.
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
        Path allureResults = RunReports.freshAllureResults(plan.reports().reportDir());
        ResultLedger ledger = new ResultLedger();
        List<TargetReport> reports = new ArrayList<>();
        ExecutorService probes = Executors.newCachedThreadPool(daemonThreads("mta-interop-probe"));
        // The first launch's discovery (Cucumber, Allure and the JUnit Platform starting up: the largest fixed
        // cost of a run) goes ahead while the targets are resolved and probed.
        LaunchDiscoveries discoveries = new LaunchDiscoveries(features, allureResults, probes);
        discoveries.start(firstService(), plan.judgement().inboundTagExpression(firstService()));
        List<SenderTarget> senders = new ArrayList<>();
        try (ResolvedTargets resolved = ResolvedTargets.of(plan.targets(), plan.connections().trustCas())) {
            CompletableFuture<List<SenderTarget>> embeddedSenders = plan.targets().embedded()
                    ? CompletableFuture.supplyAsync(HarnessRun::startEmbeddedSenders, probes)
                    : CompletableFuture.completedFuture(List.of());
            RunPlan.Connections connections = plan.connections();
            ProbeSettings settings = new ProbeSettings(connections.ehloName(), connections.limits(), resolved.trust(),
                    connections.maxConnectionsPerHost());
            List<Target> targets = resolved.targets();
            List<TargetFacts> facts = targets.stream().map(target -> new TargetFacts(target.endpoint(),
                    target.service(), target.implicitTlsPort(), politeTo(target, settings), probes)).toList();
            SelectedRequirements selected = new SelectedRequirements(features);
            List<Supplier<Set<Observation>>> observations = targets.stream().map(t -> probePlan(t, selected)).toList();
            try (ProbeScheduler probing = ProbeScheduler.start(facts, observations, connections.parallelTargets())) {
                reports.addAll(judge(targets, facts, probing, discoveries, ledger));
            }
            senders.addAll(embeddedSenders.join());
            reports.addAll(OutboundRun.judgeSenders(senders, plan.judgement().outboundTagExpression(), plan.judgement().profile(),
                    allureResults, ledger));
            AllureResultsFiles.writeEnvironment(allureResults, environment(resolved.targets(), senders));
        } finally {
            senders.forEach(SenderTarget::close);
            probes.shutdownNow();
        }
        RunSummary summary = new RunSummary(HarnessHome.version(), startedAt, plan.judgement().profile().label(), reports);
        return RunReports.finish(summary, plan.reports(), allureResults, plan.judgement().strict());
    }

    /**
     * Judges every target with its own launch, as many at once as there are processors: a worker takes the
     * next target in order, discovers its scenarios, waits until it is admitted for probing, and runs them
     * on its own thread (where the glue finds the target). Reports come back in target order.
     */
    private List<TargetReport> judge(List<Target> targets, List<TargetFacts> facts, ProbeScheduler probing,
                                     LaunchDiscoveries discoveries, ResultLedger ledger) {
        TargetReport[] reports = new TargetReport[targets.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < targets.size(); i = next.getAndIncrement()) {
                Target target = targets.get(i);
                PolicyProfile judgedWith = plan.profileOf(target.name());
                String tags = plan.judgement().inboundTagExpression(target.service(), judgedWith);
                CucumberLaunch.Prepared launch = discoveries.claim(target.service(), tags);
                probing.awaitAdmitted(i);
                ActiveRun.judging(new ActiveRun(target, facts.get(i), judgedWith, ledger), () -> CucumberLaunch.run(launch));
                reports[i] = new TargetReport(target.name(), target.endpoint().host(), target.endpoint().port(),
                        target.endpoint().referenceName(), ledger.resultsOf(target.name()));
            }
        };
        int workers = Math.max(1, Math.min(targets.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService judges = Executors.newFixedThreadPool(workers, daemonThreads("mta-interop-judge"));
        try {
            List<CompletableFuture<Void>> running = IntStream.range(0, workers)
                    .mapToObj(w -> CompletableFuture.runAsync(worker, judges)).toList();
            running.forEach(CompletableFuture::join);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            judges.shutdownNow();
        }
        return List.of(reports);
    }

    /** The service of the first target, as far as the plan tells before the targets are resolved. */
    private MailService firstService() {
        RunPlan.Targets asked = plan.targets();
        boolean liveFirst = asked.references().isEmpty() && asked.accessReferences().isEmpty() && !asked.given().isEmpty();
        return liveFirst ? asked.given().get(0).service() : MailService.SMTP;
    }

    /**
     * What to probe ahead for a target: everything that applies to its service, unless the user narrowed the
     * scenarios with {@code --tags}; then only what the selected requirements need ({@link ProbePlan}).
     */
    private Supplier<Set<Observation>> probePlan(Target target, SelectedRequirements selected) {
        if (plan.judgement().tags().isEmpty()) {
            return () -> Observation.applicableTo(target.service());
        }
        String tags = plan.judgement().inboundTagExpression(target.service(), plan.profileOf(target.name()));
        return () -> ProbePlan.forRequirements(target.service(), selected.of(target.service(), tags));
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
        ExecutorService pool = Executors.newFixedThreadPool(names.size(), daemonThreads("mta-interop-sender"));
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
        LiveTargetPolicy live = plan.connections().live();
        ProbeSettings trusting = plan.targets().operatorMx(target.name()).flatMap(mx -> mx.operator().trustCa())
                .map(pem -> new ProbeSettings(settings.ehloName(), settings.limits(), settings.trust().withPemBundle(pem),
                        settings.maxConnectionsPerHost()))
                .orElse(settings); // an operator's trust_ca: trusted for its own MX hosts only
        return trusting.withTransactions(live.allowTransaction(), live.rcpt()).withMinInterval(live.minInterval());
    }

    private Map<String, String> environment(List<Target> targets, List<SenderTarget> senders) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("harness.version", HarnessHome.version());
        env.put("java.version", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        env.put("profile", plan.judgement().profile().label());
        env.put("tags", plan.judgement().inboundTagExpression());
        env.put("targets", targets.stream().map(t -> t.name() + "=" + t.endpoint() + " as " + t.endpoint().referenceName())
                .collect(Collectors.joining(", ")));
        if (!senders.isEmpty()) {
            env.put("senders", senders.stream().map(SenderTarget::name).collect(Collectors.joining(", ")));
        }
        return env;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        return runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        };
    }
}
