package org.mtainterop.run;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The targets one launch judges, and how a scenario finds its own. A launch judges one target (every scenario is
 * its) or a batch, whose feature files were copied once per target under a directory naming it
 * ({@link FeatureCopies}): the scenario's URI says whose it is, and where the scenario is in the features
 * directory ({@link #originalOf}), so a report keys it as a launch of that target alone would. Read by the glue
 * and the plugins of the launch through {@link ActiveRun#of(URI)}; immutable once the launch starts.
 */
public final class LaunchTargets {
    private final ActiveRun only;
    private final Map<String, ActiveRun> byTree;
    private final FeatureCopies copies;

    private LaunchTargets(ActiveRun only, Map<String, ActiveRun> byTree, FeatureCopies copies) {
        this.only = only;
        this.byTree = byTree;
        this.copies = copies;
    }

    /** A launch of one target, run from the features directory itself. */
    static LaunchTargets single(ActiveRun run) {
        return new LaunchTargets(Objects.requireNonNull(run), Map.of(), null);
    }

    /** A batch: each target's copies under the tree named in {@code byTree} (see {@link FeatureCopies#treeName}). */
    static LaunchTargets batch(Map<String, ActiveRun> byTree, FeatureCopies copies) {
        return new LaunchTargets(null, Map.copyOf(byTree), Objects.requireNonNull(copies));
    }

    /** The target a scenario of this launch judges, from the URI of its feature file. */
    ActiveRun of(URI scenario) {
        if (only != null) {
            return only;
        }
        return copies.treeOf(scenario).map(byTree::get).orElseThrow(() -> new IllegalStateException(
                "the scenario " + scenario + " is in none of the feature copies of this launch's targets"));
    }

    /** The one target of a launch of one target; a batch has no single target. */
    ActiveRun only() {
        if (only == null) {
            throw new IllegalStateException("this launch judges a batch of targets: a scenario's target follows"
                    + " from its URI (ActiveRun.of(uri))");
        }
        return only;
    }

    /** Where {@code scenario} is in the features directory: itself unless it is one target's copy. */
    Optional<URI> originalOf(URI scenario) {
        return copies == null ? Optional.empty() : copies.originalOf(scenario);
    }
}
