package org.mtainterop.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.mtainterop.run.HarnessHome;
import org.mtainterop.run.ReportDestination;
import picocli.CommandLine.Option;

/** Where a command's reports go and how the run's outcome is read: shared by outbound and receive. */
public final class ReportOptions {
    @Option(names = "--json", paramLabel = "FILE", description = "Where the JSON summary goes (default: REPORT-DIR/summary.json).")
    private Path json;

    @Option(names = "--report-dir", paramLabel = "DIR", description = "Where reports go (default: reports/ in the harness directory).")
    private Path reportDir;

    @Option(names = "--no-html", description = "Skip the HTML report.")
    private boolean noHtml;

    @Option(names = "--strict", description = "Failed @should requirements fail the run too.")
    private boolean strict;

    /** Where this command's reports go. */
    ReportDestination destination() {
        return new ReportDestination(reportDir(), json(), html());
    }

    Path reportDir() {
        return Optional.ofNullable(reportDir).orElse(HarnessHome.directory().resolve("reports"));
    }

    Optional<Path> json() {
        return Optional.ofNullable(json);
    }

    boolean html() {
        return !noHtml;
    }

    boolean strict() {
        return strict;
    }
}
