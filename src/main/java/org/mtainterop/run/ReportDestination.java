package org.mtainterop.run;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.mtainterop.report.JunitXmlReport;

/**
 * Where a run's reports go: the report directory (Allure results, HTML report), the JSON summary (by default
 * {@code summary.json} in the report directory), whether the HTML report is generated, the Allure history kept
 * between runs ({@code --history DIR}, none by default) and the JUnit XML file (by default {@code junit.xml} in the
 * report directory).
 */
public record ReportDestination(Path reportDir, Optional<Path> jsonFile, boolean html, Optional<Path> history,
                                Optional<Path> junitFile) {
    public ReportDestination {
        Objects.requireNonNull(reportDir, "reportDir");
        Objects.requireNonNull(jsonFile, "jsonFile");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(junitFile, "junitFile");
    }

    public ReportDestination(Path reportDir, Optional<Path> jsonFile, boolean html) {
        this(reportDir, jsonFile, html, Optional.empty(), Optional.empty());
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
