package org.mtainterop.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.mtainterop.report.AllureHistory;
import org.mtainterop.report.ConsoleSummary;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.run.ReportDestination;
import org.mtainterop.run.Shard;
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

    @Option(names = "--history", paramLabel = "DIR", description = {"Keep Allure's history in DIR between runs: the HTML",
        "report's trend graphs then show the runs over time (DIR is read before the run and rewritten after it)."})
    private Path history;

    @Option(names = "--junit", paramLabel = "FILE", description = "Where the JUnit XML report goes (default: junit.xml in REPORT-DIR).")
    private Path junit;

    @Option(names = "--lang", paramLabel = "LANG", description = {"en (default) or fr: the edition of the features run (features/fr/ for",
        "French) and the language of the summary, the verdict texts and the reports."})
    private String lang = "en";

    /** {@code --lang}: a value other than en or fr is a usage error naming the option. */
    ReportLanguage language() {
        return ReportLanguage.parse(lang);
    }

    /** The console summary in the run's language. */
    ConsoleSummary console() {
        return new ConsoleSummary().in(language());
    }

    /** Where this command's reports go; a --history that cannot be used is a usage error naming the file. */
    ReportDestination destination() {
        return destination(Shard.WHOLE);
    }

    /** As {@link #destination()}, for one shard of the run ({@code run --shard I/N}). */
    ReportDestination destination(Shard shard) {
        return new ReportDestination(reportDir().toAbsolutePath(), json(), html(), history(), junit(), shard);
    }

    private Optional<Path> junit() {
        if (junit != null && java.nio.file.Files.isDirectory(junit)) {
            throw new IllegalArgumentException("--junit " + junit.toAbsolutePath() + ": a directory; give a file name");
        }
        return Optional.ofNullable(junit).map(Path::toAbsolutePath);
    }

    private Optional<Path> history() {
        if (history == null) {
            return Optional.empty();
        }
        if (noHtml) {
            throw new IllegalArgumentException("--history keeps the HTML report's history: drop --no-html");
        }
        new AllureHistory(history).check();
        return Optional.of(history.toAbsolutePath());
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
