package org.mtainterop.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.mtainterop.run.Shard;

/**
 * Everything a run found, in the shape of the JSON summary (see src/main/resources/schema/summary.schema.json).
 *
 * @param catalog what judged: {@code sha256:} of the requirement catalog and the feature files the run read
 *                ({@code CatalogDigest}), empty where no feature ran; {@code merge} refuses shards that differ
 * @param tags    the user's extra {@code --tags} expression, empty if none
 * @param strict  whether failed {@code @should} requirements fail the run ({@code --strict})
 * @param shard   which part of a split run this is ({@code run --shard I/N}); {@code 1/1} for a whole or merged run
 * @param lang    the language the run judged and wrote its verdict texts in ({@code --lang}); {@code merge} refuses
 *                shards that differ, and a summary written before the field existed reads as {@code en}
 *                ({@link SummaryReader})
 */
public record RunSummary(String harnessVersion, Instant startedAt, String profile, String catalog, String tags,
                         boolean strict, Shard shard, ReportLanguage lang, List<TargetReport> targets) {
    public RunSummary {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(shard, "shard");
        Objects.requireNonNull(lang, "lang");
        targets = List.copyOf(targets);
    }

    /** A run in English. */
    public RunSummary(String harnessVersion, Instant startedAt, String profile, String catalog, String tags,
                      boolean strict, Shard shard, List<TargetReport> targets) {
        this(harnessVersion, startedAt, profile, catalog, tags, strict, shard, ReportLanguage.EN, targets);
    }

    /** A whole run, no catalog recorded, no extra tags, not strict. */
    public RunSummary(String harnessVersion, Instant startedAt, String profile, List<TargetReport> targets) {
        this(harnessVersion, startedAt, profile, "", "", false, Shard.WHOLE, targets);
    }
}
