package org.mtainterop.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.mtainterop.run.Shard;

/**
 * Joins the summaries of the shards of one split run ({@code run --shard I/N}) into the summary of the whole, and
 * refuses what cannot be one run: summaries judged by another harness version, catalog, profile, tag expression,
 * strictness or language (their verdict texts are words already, in the language they ran in); two shard counts;
 * the same shard twice; a missing shard; the same target in two shards.
 */
public final class SummaryMerge {

    /** One shard's summary and where it was read from (for the messages). */
    public record Part(Path source, RunSummary summary) {
        public Part {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(summary, "summary");
        }
    }

    private SummaryMerge() {
    }

    /**
     * The whole run: the shards' targets in shard order (each shard's in its own order), started when the first
     * shard started, {@code 1/1}.
     *
     * @throws IllegalArgumentException naming the files that disagree and how
     */
    public static RunSummary of(List<Part> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge: give the report directory of every shard");
        }
        Part first = parts.get(0);
        same(parts, "harness version", s -> s.harnessVersion());
        same(parts, "requirement catalog (features/)", s -> s.catalog());
        same(parts, "profile", s -> s.profile());
        same(parts, "--tags", s -> s.tags().isEmpty() ? "(none)" : s.tags());
        same(parts, "--strict", s -> s.strict() ? "strict" : "not strict");
        same(parts, "shard count", s -> String.valueOf(s.shard().count()));
        same(parts, "language (--lang)", s -> s.lang().tag());
        int count = first.summary().shard().count();
        Map<Integer, Part> byIndex = new LinkedHashMap<>();
        for (Part p : parts) {
            Part other = byIndex.putIfAbsent(p.summary().shard().index(), p);
            if (other != null) {
                throw new IllegalArgumentException("shard " + p.summary().shard() + " is given twice: " + other.source()
                        + " and " + p.source());
            }
        }
        TreeSet<Integer> missing = new TreeSet<>();
        for (int i = 1; i <= count; i++) {
            if (!byIndex.containsKey(i)) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the run was split into " + count + " shards, but shard"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing.stream().map(i -> i + "/" + count).toList())
                    + (missing.size() == 1 ? " is" : " are") + " missing: its report directory is not among the "
                    + parts.size() + " given (a shard that did not finish has no summary.json)");
        }
        List<Part> ordered = parts.stream().sorted(Comparator.comparingInt(p -> p.summary().shard().index())).toList();
        Map<String, Path> seen = new LinkedHashMap<>();
        List<TargetReport> targets = new ArrayList<>();
        Instant started = first.summary().startedAt();
        for (Part p : ordered) {
            for (TargetReport t : p.summary().targets()) {
                Path before = seen.putIfAbsent(t.name(), p.source());
                if (before != null) {
                    throw new IllegalArgumentException("target " + t.name() + " was judged twice: in " + before + " and in "
                            + p.source() + " (shards of different runs, or an operators file edited between shards?)");
                }
                targets.add(t);
            }
            if (p.summary().startedAt().isBefore(started)) {
                started = p.summary().startedAt();
            }
        }
        RunSummary s = first.summary();
        return new RunSummary(s.harnessVersion(), started, s.profile(), s.catalog(), s.tags(), s.strict(), Shard.WHOLE,
                s.lang(), targets);
    }

    private static void same(List<Part> parts, String what, Function<RunSummary, String> value) {
        String expected = value.apply(parts.get(0).summary());
        for (Part p : parts) {
            String actual = value.apply(p.summary());
            if (!actual.equals(expected)) {
                throw new IllegalArgumentException("the shards differ in their " + what + ": " + parts.get(0).source()
                        + " has " + expected + ", " + p.source() + " has " + actual + " (merge joins the shards of one run)");
            }
        }
    }
}
