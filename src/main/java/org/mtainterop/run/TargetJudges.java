package org.mtainterop.run;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.report.TargetReport;
import org.mtainterop.target.Target;

/**
 * The judging half of an inbound run: every target judged with the features in its own Cucumber launch, as many
 * at once as there are processors. A judge takes the next target whose probing has finished (in that order, not
 * the order given), claims its discovered launch, and runs the launch on its own thread with the target bound for
 * the glue ({@link ActiveRun#judging}). Reports come back in target order.
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

    /**
     * Judges every target of {@code probing} in the order their probing finishes (a slow target never holds up
     * the judging of those probed after it); one report per target, in target order.
     */
    List<TargetReport> judgeAsProbed(TargetProbing probing) {
        TargetReport[] reports = new TargetReport[probing.count()];
        int judges = Math.max(1, Math.min(probing.count(), Runtime.getRuntime().availableProcessors()));
        JudgingOrder order = new JudgingOrder(probing, judges);
        Runnable judge = () -> {
            for (int i = order.next(); i >= 0; i = order.next()) {
                reports[i] = judge(probing, i);
            }
        };
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

    /**
     * Which target a free judge takes: the next whose probing has finished; or, when no more targets are left than
     * there are judges (nobody would wait for this one), the first admitted one still being probed, so its
     * scenarios overlap its probing (one target: judged while the enumeration still runs).
     */
    private static final class JudgingOrder {
        private final TargetProbing probing;
        private final int judges;
        private final BlockingQueue<Integer> probed = new LinkedBlockingQueue<>();
        private final boolean[] taken;
        private int left;

        JudgingOrder(TargetProbing probing, int judges) {
            this.probing = probing;
            this.judges = judges;
            this.taken = new boolean[probing.count()];
            this.left = probing.count();
            for (int i = 0; i < probing.count(); i++) {
                int index = i;
                probing.probed(i).whenComplete((ignored, e) -> probed.add(index));
            }
        }

        /** The next target to judge, or -1 when every target has been taken (or the judge is interrupted). */
        int next() {
            try {
                while (true) {
                    synchronized (this) {
                        if (left == 0) {
                            return -1;
                        }
                        for (Integer i = probed.poll(); i != null; i = probed.poll()) {
                            if (claim(i)) {
                                return i;
                            }
                        }
                        if (left <= judges) {
                            for (int i = 0; i < taken.length; i++) {
                                if (!taken[i] && probing.isAdmitted(i) && claim(i)) {
                                    return i;
                                }
                            }
                        }
                    }
                    Integer i = probed.poll(20, TimeUnit.MILLISECONDS);
                    if (i != null) {
                        probed.add(i); // claimed under the lock, with the others
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        private boolean claim(int i) {
            if (taken[i]) {
                return false;
            }
            taken[i] = true;
            left--;
            return true;
        }
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
