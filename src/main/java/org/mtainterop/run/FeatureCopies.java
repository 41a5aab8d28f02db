package org.mtainterop.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The feature files of a batch launch, copied once per target it judges under a run-scoped temporary directory
 * whose path names the target: {@code <run>/b<batch>/t<index>-<target>/inbound/starttls.feature}. One launch then
 * discovers every target's scenarios, each copy with a URI of its own, so Cucumber and the Allure plugin (which
 * key a scenario by its feature's URI and line) see distinct test cases, and the glue finds the target of the
 * running scenario from that URI ({@link LaunchTargets}). Only the feature files are copied (their bytes read once
 * per run); a batch's tree is deleted when its launch has run, the run's directory when the run ends. The run's
 * directory is in memory where the system offers a memory file system ({@link #MEMORY}).
 */
final class FeatureCopies implements AutoCloseable {
    /**
     * Where the copies go when the system has a memory file system for everyone ({@code /dev/shm}, Linux): a run of
     * 1,000 targets makes and deletes 10,000 small files there, and on a disk file system each new file is an
     * inode searched for among those just freed (ext4: 5 % of such a run's CPU, in the kernel). The system's
     * temporary directory otherwise. The copies are small (a batch's: 64 targets' feature files, some 2 MB) and
     * live while their launch runs.
     */
    private static final Optional<Path> MEMORY = Optional.of(Path.of("/dev/shm"))
            .filter(d -> Files.isDirectory(d) && Files.isWritable(d));
    private final Path features;
    private final Map<Path, byte[]> sources = new ConcurrentHashMap<>();
    private final AtomicInteger batches = new AtomicInteger();
    private volatile Path root;

    /** @param features the features directory the originals are in (the selectors' paths are under it) */
    FeatureCopies(Path features) {
        this.features = features;
    }

    /** One batch's tree: for each target, where its copies of the selected entries are. */
    record Batch(Path directory, List<List<Path>> selectors) {
    }

    /**
     * Copies {@code entries} (feature files and directories under the features directory) once per target named in
     * {@code targets}, the {@code i}th target's under a directory naming it and its index {@code indices.get(i)}.
     */
    Batch copy(List<Path> entries, List<Integer> indices, List<String> targets) {
        return copy(entries, indices, targets, Optional.empty());
    }

    /**
     * As {@link #copy(List, List, List)}, copying of the entries' feature files only those in {@code only} (absolute
     * paths) when given: the files an earlier discovery with the same tags found scenarios in.
     */
    Batch copy(List<Path> entries, List<Integer> indices, List<String> targets, Optional<Set<Path>> only) {
        Path batch = root().resolve("b" + batches.incrementAndGet());
        List<Path> files = featureFiles(entries).stream()
                .filter(f -> only.isEmpty() || only.get().contains(f.toAbsolutePath().normalize())).toList();
        List<List<Path>> selectors = new ArrayList<>();
        try {
            for (int i = 0; i < targets.size(); i++) {
                Path tree = batch.resolve(treeName(indices.get(i), targets.get(i)));
                for (Path file : files) {
                    Path copy = tree.resolve(features.relativize(file).toString());
                    Files.createDirectories(copy.getParent());
                    Files.write(copy, sources.computeIfAbsent(file, FeatureCopies::read));
                }
                selectors.add(entries.stream().map(e -> tree.resolve(features.relativize(e).toString()))
                        .filter(Files::exists).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the feature files to " + batch, e);
        }
        return new Batch(batch, selectors);
    }

    /**
     * Where a scenario of a copy is in the features directory: the original's URI, as the engine gives it to a
     * scenario run from the features directory itself; empty when {@code scenario} is not in a copy.
     */
    Optional<URI> originalOf(URI scenario) {
        Optional<Path> relative = relativeToBatch(scenario);
        return relative.filter(r -> r.getNameCount() > 1)
                .map(r -> features.resolve(r.subpath(1, r.getNameCount()).toString()).toUri());
    }

    /** The name of the target tree {@code scenario} is in ({@code t<index>-<target>}), if it is in a copy. */
    Optional<String> treeOf(URI scenario) {
        return relativeToBatch(scenario).map(r -> r.getName(0).toString());
    }

    /** The name of the tree of target number {@code index}: unique in the run, and readable in a path. */
    static String treeName(int index, String target) {
        String slug = target.replaceAll("[^A-Za-z0-9._-]", "_");
        return "t" + index + "-" + (slug.length() > 80 ? slug.substring(0, 80) : slug);
    }

    private Optional<Path> relativeToBatch(URI scenario) {
        Path base = root;
        if (base == null || !"file".equals(scenario.getScheme())) {
            return Optional.empty();
        }
        Path path = Path.of(scenario);
        if (!path.startsWith(base)) {
            return Optional.empty();
        }
        Path inRoot = base.relativize(path); // b<batch>/t<index>-<target>/...
        return inRoot.getNameCount() < 2 ? Optional.empty() : Optional.of(inRoot.subpath(1, inRoot.getNameCount()));
    }

    /** Deletes one batch's tree once its launch has run. */
    void delete(Batch batch) {
        deleteTree(batch.directory());
    }

    @Override
    public void close() {
        if (root != null) {
            deleteTree(root);
        }
    }

    private synchronized Path root() {
        if (root == null) {
            try {
                root = (MEMORY.isPresent() ? Files.createTempDirectory(MEMORY.get(), "mta-interop-features-")
                        : Files.createTempDirectory("mta-interop-features-")).toRealPath();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary directory for the feature copies", e);
            }
        }
        return root;
    }

    private static List<Path> featureFiles(List<Path> entries) {
        List<Path> files = new ArrayList<>();
        for (Path entry : entries) {
            if (!Files.isDirectory(entry)) {
                files.add(entry);
                continue;
            }
            try (Stream<Path> walk = Files.walk(entry)) {
                walk.filter(p -> p.getFileName().toString().endsWith(".feature") && Files.isRegularFile(p))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + entry, e);
            }
        }
        return files;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a file left in the temporary directory: the next cleanup of /tmp takes it
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // as above
        }
    }
}
