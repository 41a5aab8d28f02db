package org.mtainterop.run;

import java.nio.file.Path;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.descriptor.UriSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.mtainterop.net.MailService;

/**
 * The discovered launches of a run, one ahead per tag expression (which names the service, so the feature
 * files follow from it): the first target's is started before the targets are resolved. A launch runs once,
 * so the second target judged with the same tags discovers its own. A batch of targets is discovered in one
 * launch from its copies of the feature files ({@link FeatureCopies}, deleted with the run's).
 */
final class LaunchDiscoveries implements AutoCloseable {
    private final Path features;
    private final Path allureResults;
    private final ExecutorService pool;
    private final Map<String, Discovered> ahead = new ConcurrentHashMap<>();
    private final FeatureCopies copies;
    /** Per tag expression, the feature files its scenarios are in, once a batch's discovery has found them. */
    private final Map<String, Set<Path>> withScenarios = new ConcurrentHashMap<>();

    /** A batch's launch, the feature copies it was discovered from, and how its scenarios find their target. */
    record BatchLaunch(CucumberLaunch.Prepared launch, FeatureCopies.Batch copied, LaunchTargets targets) {
    }

    private record Discovered(CompletableFuture<CucumberLaunch.Prepared> launch, AtomicBoolean claimed) {
    }

    LaunchDiscoveries(Path features, Path allureResults, ExecutorService pool) {
        this.features = features;
        this.allureResults = allureResults;
        this.pool = pool;
        this.copies = new FeatureCopies(features);
    }

    void start(MailService service, String tags) {
        ahead(service, tags);
    }

    /** The launch discovered ahead for these tags if nobody took it yet, otherwise a fresh one. */
    CucumberLaunch.Prepared claim(MailService service, String tags) {
        Discovered d = ahead(service, tags);
        return d.claimed().compareAndSet(false, true) ? d.launch().join() : prepare(service, tags);
    }

    /**
     * One launch judging every target of {@code runs} (numbered {@code indices} in the run; all with the same
     * service and tags), from a copy of the feature files per target.
     */
    BatchLaunch claimBatch(MailService service, String tags, List<Integer> indices, List<ActiveRun> runs) {
        FeatureCopies.Batch copied = copies.copy(ServiceFeatures.of(features, service), indices,
                runs.stream().map(r -> r.target().name()).toList(), Optional.ofNullable(withScenarios.get(tags)));
        Map<String, ActiveRun> byTree = new HashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            byTree.put(FeatureCopies.treeName(indices.get(i), runs.get(i).target().name()), runs.get(i));
        }
        List<Path> selectors = copied.selectors().stream().flatMap(List::stream).toList();
        CucumberLaunch.Prepared launch = CucumberLaunch.prepare(selectors, tags, allureResults);
        withScenarios.computeIfAbsent(tags, t -> filesWithScenarios(launch.testPlan()).orElse(null));
        return new BatchLaunch(launch, copied, LaunchTargets.batch(byTree, copies));
    }

    /**
     * The feature files (originals, absolute) a batch's discovery found scenarios in: the next batch with the same
     * tags copies only those, and its launch parses nothing it would not run. Empty when a scenario's source is
     * not a file of a copy (nothing is then left out).
     */
    private Optional<Set<Path>> filesWithScenarios(TestPlan plan) {
        Set<Path> files = new HashSet<>();
        Set<TestIdentifier> tests = new HashSet<>();
        plan.getRoots().forEach(root -> plan.getDescendants(root).stream().filter(TestIdentifier::isTest).forEach(tests::add));
        for (TestIdentifier test : tests) {
            Optional<URI> original = test.getSource().flatMap(LaunchDiscoveries::fileOf).flatMap(copies::originalOf);
            if (original.isEmpty()) {
                return Optional.empty();
            }
            files.add(Path.of(original.get()).toAbsolutePath().normalize());
        }
        return Optional.of(Set.copyOf(files));
    }

    private static Optional<URI> fileOf(TestSource source) {
        if (source instanceof FileSource file) {
            return Optional.of(file.getFile().toPath().toUri());
        }
        return source instanceof UriSource uri ? Optional.of(uri.getUri()) : Optional.empty();
    }

    /** Deletes a batch's copies once its launch has run. */
    void ran(BatchLaunch batch) {
        copies.delete(batch.copied());
    }

    @Override
    public void close() {
        copies.close();
    }

    private Discovered ahead(MailService service, String tags) {
        return ahead.computeIfAbsent(tags, t -> {
            return new Discovered(CompletableFuture.supplyAsync(() -> prepare(service, t), pool), new AtomicBoolean());
        });
    }

    private CucumberLaunch.Prepared prepare(MailService service, String tags) {
        return CucumberLaunch.prepare(ServiceFeatures.of(features, service), tags, allureResults);
    }
}
