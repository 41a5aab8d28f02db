package org.mtainterop.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.mtainterop.net.MailService;
import org.mtainterop.report.TargetReport;
import org.mtainterop.target.Target;

/**
 * The judging half of an inbound run: the targets judged with the features in batches, one Cucumber launch per
 * batch, as many launches at once as there are processors. A free judge takes the targets whose probing has
 * finished (in that order, not the order given) and that are judged with the same tags, at most its share of them
 * ({@link #MAX_BATCH}, and the ready targets split between the judges that are free), and runs one launch for them
 * on its own thread: each target's scenarios run from its own copy of the feature files ({@link FeatureCopies}),
 * the target of each found from the scenario's URI ({@link LaunchTargets}). A batch of one runs from the features
 * directory itself, in the launch discovered ahead. The fixed cost of a launch (the JUnit Platform, Cucumber's glue
 * and plugins, Allure) is then paid once per batch, not once per target. Reports come back in target order.
 */
final class TargetJudges {
    /** The most targets one launch judges: a batch's targets get their reports when its last scenario has run. */
    static final int MAX_BATCH = 64;
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
        String[] tags = new String[probing.count()];
        for (int i = 0; i < tags.length; i++) {
            Target target = probing.target(i);
            tags[i] = plan.judgement().inboundTagExpression(target.service(), plan.profileOf(target.name()));
        }
        JudgingOrder order = new JudgingOrder(probing, judges, tags);
        Runnable judge = () -> {
            for (List<Integer> batch = order.next(); !batch.isEmpty(); batch = order.next()) {
                judge(probing, batch, tags[batch.get(0)]).forEach((i, report) -> reports[i] = report);
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
     * Which targets a free judge takes: those whose probing has finished, the first of them and the others judged
     * with its tags, up to the judge's share; or, when no more targets are left than there are judges (nobody would
     * wait for this one), the first admitted one still being probed, alone, so its scenarios overlap its probing
     * (one target: judged while the enumeration still runs).
     */
    private static final class JudgingOrder {
        private final TargetProbing probing;
        private final int judges;
        private final String[] tags;
        private final BlockingQueue<Integer> probed = new LinkedBlockingQueue<>();
        private final List<Integer> ready = new ArrayList<>();
        private final boolean[] taken;
        private int left;
        private int working;

        JudgingOrder(TargetProbing probing, int judges, String[] tags) {
            this.probing = probing;
            this.judges = judges;
            this.tags = tags;
            this.taken = new boolean[probing.count()];
            this.left = probing.count();
            for (int i = 0; i < probing.count(); i++) {
                int index = i;
                probing.probed(i).whenComplete((ignored, e) -> probed.add(index));
            }
        }

        /**
         * The next batch to judge (the judge calling it has finished its last one), or none when every target has
         * been taken (or the judge is interrupted).
         */
        List<Integer> next() {
            synchronized (this) {
                if (working > 0) {
                    working--;
                }
            }
            try {
                while (true) {
                    synchronized (this) {
                        if (left == 0) {
                            return List.of();
                        }
                        probed.drainTo(ready);
                        ready.removeIf(i -> taken[i]);
                        if (!ready.isEmpty()) {
                            return claim(batchOf(share()));
                        }
                        if (left <= judges) {
                            for (int i = 0; i < taken.length; i++) {
                                if (!taken[i] && probing.isAdmitted(i)) {
                                    return claim(List.of(i));
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
                return List.of();
            }
        }

        /** This judge's share of the ready targets: split between the judges not running a batch. */
        private int share() {
            int free = Math.max(1, judges - working);
            return Math.min(MAX_BATCH, (ready.size() + free - 1) / free);
        }

        /** The first ready target and the ready ones judged with its tags, in the order they were probed. */
        private List<Integer> batchOf(int size) {
            String first = tags[ready.get(0)];
            List<Integer> batch = new ArrayList<>();
            for (Integer i : ready) {
                if (batch.size() < size && tags[i].equals(first)) {
                    batch.add(i);
                }
            }
            return batch;
        }

        private List<Integer> claim(List<Integer> batch) {
            for (int i : batch) {
                taken[i] = true;
                left--;
            }
            ready.removeAll(batch);
            working++;
            return batch;
        }
    }

    /** Judges one batch of targets in one launch; their reports by target number. */
    private Map<Integer, TargetReport> judge(TargetProbing probing, List<Integer> batch, String tags) {
        List<ActiveRun> runs = batch.stream().map(i -> new ActiveRun(probing.target(i), probing.facts(i),
                plan.profileOf(probing.target(i).name()), ledger)).toList();
        MailService service = runs.get(0).target().service();
        if (batch.size() == 1) {
            CucumberLaunch.Prepared launch = launches.claim(service, tags);
            probing.awaitAdmitted(batch.get(0));
            ActiveRun.judging(runs.get(0), () -> CucumberLaunch.run(launch));
        } else {
            LaunchDiscoveries.BatchLaunch launch = launches.claimBatch(service, tags, batch, runs);
            try {
                batch.forEach(probing::awaitAdmitted);
                ActiveRun.judging(launch.targets(), () -> CucumberLaunch.run(launch.launch()));
            } finally {
                launches.ran(launch);
            }
        }
        Map<Integer, TargetReport> reports = new LinkedHashMap<>();
        for (int k = 0; k < batch.size(); k++) {
            reports.put(batch.get(k), ledger.reportOf(runs.get(k).target()));
        }
        return reports;
    }
}
