package org.mtainterop.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mtainterop.net.MailService;
import org.mtainterop.report.TargetReport;
import org.mtainterop.sender.SenderTarget;

/**
 * One inbound run, start to end, in four phases: resolve the targets (start the embedded ones or the reference
 * containers, name the live ones, look up the mail domains' MX hosts), probe and judge them (probing bounded: targets at once, connections per
 * target; each target judged as soon as it is probed, several at once), judge the senders of the embedded
 * default and the mail domains' published records (features/dane), then report (the JSON summary, the Allure results and HTML report).
 */
public final class HarnessRun {
    private final RunPlan plan;

    public HarnessRun(RunPlan plan) {
        this.plan = plan;
    }

    public RunOutcome execute() throws IOException {
        Path features = inboundFeatures(plan.judgement());
        Instant startedAt = Instant.now();
        Path allureResults = RunReports.freshAllureResults(plan.reports().reportDir(), plan.judgement().language());
        if (!plan.reports().shard().whole() && ShardSelection.empty(plan.targets())) {
            // more shards than targets: this one reports that it judged none (merge still needs its summary)
            Map<String, String> environment = new java.util.LinkedHashMap<>();
            environment.put("harness.version", HarnessHome.version());
            environment.put("profile", plan.judgement().profile().label());
            environment.put("targets", "none in this shard");
            return RunReports.finish(startedAt, List.of(), environment, plan.judgement(), plan.reports(), allureResults);
        }
        ResultLedger ledger = new ResultLedger();
        List<TargetReport> reports = new ArrayList<>();
        Map<String, String> environment;
        ExecutorService background = Executors.newCachedThreadPool(DaemonThreads.named("mta-interop-probe"));
        try {
            DomainJudging domains = DomainJudging.start(plan, background);
            try (LaunchDiscoveries launches = discoverFirstLaunchAhead(features, allureResults, background);
                 ResolvedTargets resolved = resolveTargets(domains);
                 EmbeddedSenders senders = EmbeddedSenders.startIf(plan.targets().embedded(), background)) {
                reports.addAll(probeAndJudge(resolved, features, launches, ledger, background));
                reports.addAll(judgeSenders(senders.started(), allureResults, ledger));
                reports.addAll(domains.judge(allureResults, ledger));
                environment = RunEnvironment.inbound(plan, resolved.targets(), senders.started());
                if (!plan.targets().domains().isEmpty()) {
                    environment.put("domains", domains.describe());
                }
            }
        } finally {
            background.shutdownNow();
        }
        return RunReports.finish(startedAt, reports, environment, plan.judgement(), plan.reports(), allureResults);
    }

    /** The features directory: inbound/ and access/ in it, each target's service tag picking its scenarios. */
    private static Path inboundFeatures(Judgement judgement) {
        Path features = judgement.features();
        if (!Files.isDirectory(features.resolve("inbound"))) {
            throw new IllegalArgumentException("features directory not found: " + features
                    + " (run from the mta-interop directory or set -Dmtainterop.home)");
        }
        return features;
    }

    /**
     * The first launch's discovery (Cucumber, Allure and the JUnit Platform starting up: the largest fixed cost of
     * a run) goes ahead on {@code background} while the targets are resolved and probed.
     */
    private LaunchDiscoveries discoverFirstLaunchAhead(Path features, Path allureResults, ExecutorService background) {
        LaunchDiscoveries launches = new LaunchDiscoveries(features, allureResults, background);
        MailService first = plan.targets().firstService();
        launches.start(first, plan.judgement().inboundTagExpression(first));
        return launches;
    }

    /**
     * Phase 1: the embedded targets, the reference containers started, the live targets named, the MX hosts the
     * mail domains' DNS names; what to trust.
     */
    private ResolvedTargets resolveTargets(DomainJudging domains) {
        return ResolvedTargets.of(plan.targets(), plan.connections().trustCas(), domains.mxTargets());
    }

    /** Phase 2: every target probed ahead in order, and judged in its own launch as soon as it is admitted. */
    private List<TargetReport> probeAndJudge(ResolvedTargets resolved, Path features, LaunchDiscoveries launches,
                                             ResultLedger ledger, ExecutorService probes) {
        try (TargetProbing probing = TargetProbing.start(plan, resolved, features, probes)) {
            return new TargetJudges(plan, launches, ledger).judgeAsProbed(probing);
        }
    }

    /** Phase 3: the embedded senders (none unless the run is the embedded default), with the outbound scenarios. */
    private List<TargetReport> judgeSenders(List<SenderTarget> senders, Path allureResults, ResultLedger ledger) {
        return SenderJudges.judge(senders, plan.judgement(), plan.judgement().outboundTagExpression(),
                allureResults, ledger);
    }
}
