package org.mtainterop.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.mtainterop.report.ConsoleSummary;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.run.ReportDestination;
import org.mtainterop.run.Shard;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where a command's reports go and how the run's outcome is read: shared by run, outbound and receive (the report
 * files themselves: {@link ReportFileOptions}, which {@code merge} shares).
 */
public final class ReportOptions {
    @Mixin
    private ReportFileOptions files = new ReportFileOptions();

    @Option(names = "--strict", description = "Failed @should requirements fail the run too.")
    private boolean strict;

    /** {@code --lang}: a value other than en or fr is a usage error naming the option. */
    ReportLanguage language() {
        return files.language();
    }

    /** The console summary in the run's language. */
    ConsoleSummary console() {
        return files.console();
    }

    /** Where this command's reports go; a --history that cannot be used is a usage error naming the file. */
    ReportDestination destination() {
        return destination(Shard.WHOLE);
    }

    /** As {@link #destination()}, for one shard of the run ({@code run --shard I/N}). */
    ReportDestination destination(Shard shard) {
        return files.destination(shard);
    }

    Path reportDir() {
        return files.reportDir();
    }

    Optional<Path> json() {
        return files.json();
    }

    boolean html() {
        return files.html();
    }

    boolean strict() {
        return strict;
    }
}
