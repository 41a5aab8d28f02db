package org.mtainterop.run;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.report.TargetReport;
import org.mtainterop.target.Target;

/**
 * The judging half of an inbound run: every target judged with the features in its own Cucumber launch, as many
 * at once as there are processors. A judge takes the next target in order, claims its discovered launch, waits
 * until the target is admitted for probing, and runs the launch on its own thread with the target bound for the
 * glue ({@link ActiveRun#judging}). Reports come back in target order.
 */
final class TargetJudges {
    private final RunPlan plan;
    private final LaunchDiscoveries launches;
    private final ResultLedger ledger;

    TargetJudges(RunPlan plan, LaunchDiscoveries launches, ResultLedger ledger) {
        this.plan = plan;
        this.launches = launches;
        this.ledger = ledger;
    }

    /** Judges every target of {@code probing} as soon as it is admitted; one report per target, in order. */
    List<TargetReport> judgeAsProbed(TargetProbing probing) {
        TargetReport[] reports = new TargetReport[probing.count()];
        AtomicInteger next = new AtomicInteger();
        Runnable judge = () -> {
            for (int i = next.getAndIncrement(); i < probing.count(); i = next.getAndIncrement()) {
                reports[i] = judge(probing, i);
            }
        };
        int judges = Math.max(1, Math.min(probing.count(), Runtime.getRuntime().availableProcessors()));
        ExecutorService threads = Executors.newFixedThreadPool(judges, DaemonThreads.named("mta-interop-judge"));
        try {
            List<CompletableFuture<Void>> running = IntStream.range(0, judges)
                    .mapToObj(j -> CompletableFuture.runAsync(judge, threads)).toList();
            running.forEach(CompletableFuture::join);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            threads.shutdownNow();
        }
        return List.of(reports);
    }

    private TargetReport judge(TargetProbing probing, int index) {
        Target target = probing.target(index);
        PolicyProfile judgedWith = plan.profileOf(target.name());
        String tags = plan.judgement().inboundTagExpression(target.service(), judgedWith);
        CucumberLaunch.Prepared launch = launches.claim(target.service(), tags);
        probing.awaitAdmitted(index);
        ActiveRun.judging(new ActiveRun(target, probing.facts(index), judgedWith, ledger), () -> CucumberLaunch.run(launch));
        return ledger.reportOf(target);
    }
}
