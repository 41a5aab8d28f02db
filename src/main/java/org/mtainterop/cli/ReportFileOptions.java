package org.mtainterop.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.mtainterop.report.AllureHistory;
import org.mtainterop.report.ConsoleSummary;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.run.ReportDestination;
import org.mtainterop.run.Shard;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The report files a command writes and their language: {@code --json}, {@code --report-dir}, {@code --no-html},
 * {@code --history}, {@code --junit}, {@code --lang}; shared by the judging commands ({@link ReportOptions}) and
 * {@code merge}, so a merged run's reports take the same options as a whole run's.
 */
public final class ReportFileOptions {
    @Mixin
    private SummaryOptions where = new SummaryOptions();

    @Option(names = "--no-html", description = "Skip the HTML report.")
    private boolean noHtml;

    @Option(names = "--history", paramLabel = "DIR", description = {"Keep Allure's history in DIR between runs: the HTML",
        "report's trend graphs then show the runs over time (DIR is read before the run and rewritten after it)."})
    private Path history;

    @Option(names = "--junit", paramLabel = "FILE", description = "Where the JUnit XML report goes (default: junit.xml in REPORT-DIR).")
    private Path junit;

    @Option(names = "--lang", paramLabel = "LANG", description = {"en (default) or fr: the edition of the features run (features/fr/ for",
        "French) and the language of the summary, the verdict texts and the reports (merge: the shards' language,",
        "which --lang, if given, must be)."})
    private String lang;

    /** {@code --lang}, {@code en} if not given: a value other than en or fr is a usage error naming the option. */
    ReportLanguage language() {
        return givenLanguage().orElse(ReportLanguage.EN);
    }

    /** {@code --lang} if given ({@code merge} takes the shards' language otherwise). */
    Optional<ReportLanguage> givenLanguage() {
        return Optional.ofNullable(lang).map(ReportLanguage::parse);
    }

    /** The console summary in the run's language. */
    ConsoleSummary console() {
        return console(language());
    }

    /** The console summary in {@code language}. */
    ConsoleSummary console(ReportLanguage language) {
        return new ConsoleSummary().in(language);
    }

    /** Where the reports go, for {@code shard} of the run; a --history that cannot be used is a usage error naming the file. */
    ReportDestination destination(Shard shard) {
        return new ReportDestination(reportDir().toAbsolutePath(), json(), html(), history(), junit(), shard);
    }

    private Optional<Path> junit() {
        if (junit != null && Files.isDirectory(junit)) {
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
}
