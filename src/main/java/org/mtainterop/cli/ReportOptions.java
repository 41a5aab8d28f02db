package org.mtainterop.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.mtainterop.run.ReportDestination;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where a command's reports go and how the run's outcome is read: shared by run, outbound and receive. */
public final class ReportOptions {
    @Mixin
    private SummaryOptions where = new SummaryOptions();

    @Option(names = "--no-html", description = "Skip the HTML report.")
    private boolean noHtml;

    @Option(names = "--strict", description = "Failed @should requirements fail the run too.")
    private boolean strict;

    /** Where this command's reports go. */
    ReportDestination destination() {
        return new ReportDestination(reportDir(), json(), html());
    }

    Path reportDir() {
        return where.reportDir();
    }

    Optional<Path> json() {
        return where.json();
    }

    boolean html() {
        return !noHtml;
    }

    boolean strict() {
        return strict;
    }
}
