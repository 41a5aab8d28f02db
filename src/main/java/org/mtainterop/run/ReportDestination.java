package org.mtainterop.run;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.mtainterop.report.JunitXmlReport;

/**
 * Where a run's reports go: the report directory (Allure results, HTML report), the JSON summary (by default
 * {@code summary.json} in the report directory), whether the HTML report is generated, the Allure history kept
 * between runs ({@code --history DIR}, none by default), the JUnit XML file (by default {@code junit.xml} in the
 * report directory), and which shard of a split run they hold ({@code run --shard I/N}: recorded in the summary for
 * {@code merge}).
 */
public record ReportDestination(Path reportDir, Optional<Path> jsonFile, boolean html, Optional<Path> history,
                                Optional<Path> junitFile, Shard shard) {
    public ReportDestination {
        Objects.requireNonNull(reportDir, "reportDir");
        Objects.requireNonNull(jsonFile, "jsonFile");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(junitFile, "junitFile");
        Objects.requireNonNull(shard, "shard");
    }

    /** The reports of a whole run, without history, the JUnit XML in the report directory. */
    public ReportDestination(Path reportDir, Optional<Path> jsonFile, boolean html) {
        this(reportDir, jsonFile, html, Shard.WHOLE);
    }

    /** The reports of one shard of a run, without history, the JUnit XML in the report directory. */
    public ReportDestination(Path reportDir, Optional<Path> jsonFile, boolean html, Shard shard) {
        this(reportDir, jsonFile, html, Optional.empty(), Optional.empty(), shard);
    }

    /** Everything under {@code reportDir}, the HTML report skipped (Allure results are still written). */
    public static ReportDestination withoutHtml(Path reportDir) {
        return new ReportDestination(reportDir, Optional.empty(), false);
    }

    public Path json() {
        return jsonFile.orElse(reportDir.resolve("summary.json"));
    }

    public Path junit() {
        return junitFile.orElse(reportDir.resolve(JunitXmlReport.FILE_NAME));
    }
}
