package org.mtainterop.run;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a run's reports go: the report directory (Allure results, HTML report), the JSON summary (by default
 * {@code summary.json} in the report directory), whether the HTML report is generated, and which shard of a split
 * run they hold ({@code run --shard I/N}: recorded in the summary for {@code merge}).
 */
public record ReportDestination(Path reportDir, Optional<Path> jsonFile, boolean html, Shard shard) {
    public ReportDestination {
        Objects.requireNonNull(reportDir, "reportDir");
        Objects.requireNonNull(jsonFile, "jsonFile");
        Objects.requireNonNull(shard, "shard");
    }

    /** The reports of a whole run. */
    public ReportDestination(Path reportDir, Optional<Path> jsonFile, boolean html) {
        this(reportDir, jsonFile, html, Shard.WHOLE);
    }

    /** Everything under {@code reportDir}, the HTML report skipped (Allure results are still written). */
    public static ReportDestination withoutHtml(Path reportDir) {
        return new ReportDestination(reportDir, Optional.empty(), false);
    }

    public Path json() {
        return jsonFile.orElse(reportDir.resolve("summary.json"));
    }
}
