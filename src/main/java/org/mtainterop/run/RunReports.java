package org.mtainterop.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.nio.file.LinkOption;
import org.mtainterop.policy.RequirementExplanations;
import org.mtainterop.report.AllureHistory;
import org.mtainterop.report.AllureHtmlReport;
import org.mtainterop.report.JunitXmlReport;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.report.AllureResultsFiles;
import org.mtainterop.report.ExitCodes;
import org.mtainterop.report.JsonSummaryWriter;
import org.mtainterop.report.RunSummary;
import org.mtainterop.report.TargetReport;

/** The files every run writes, inbound or outbound: Allure results, the JSON summary, the HTML report. */
public final class RunReports {
    private RunReports() {
    }

    /** An empty {@code allure-results/} under the report directory, with the (English) categories file in it. */
    public static Path freshAllureResults(Path reportDir) throws IOException {
        return freshAllureResults(reportDir, ReportLanguage.EN);
    }

    /** An empty {@code allure-results/} under the report directory, with the categories file in {@code language}. */
    public static Path freshAllureResults(Path reportDir, ReportLanguage language) throws IOException {
        Path allureResults = reportDir.resolve("allure-results");
        if (Files.isDirectory(allureResults)) {
            try (var old = Files.list(allureResults)) {
                for (Path p : old.collect(Collectors.toList())) {
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) { // history/ of an earlier --history run
                        try (var inside = Files.list(p)) {
                            for (Path f : inside.collect(Collectors.toList())) {
                                Files.deleteIfExists(f);
                            }
                        }
                    }
                    Files.deleteIfExists(p);
                }
            }
        }
        Files.createDirectories(allureResults);
        AllureResultsFiles.writeCategories(allureResults, language);
        return allureResults;
    }

    /**
     * Sums the run up, writes the JSON summary, the JUnit XML and, if asked, the HTML report (from the Allure results
     * and the {@code environment}; with {@code --history}, the kept history goes into the results first and the new
     * report's history back into the history directory); the exit code follows from the summary.
     */
    public static RunOutcome finish(Instant startedAt, List<TargetReport> reports, Map<String, String> environment,
                             Judgement judgement, ReportDestination destination, Path allureResults) throws IOException {
        if (!destination.shard().whole()) {
            environment.put("shard", destination.shard().toString());
        }
        AllureResultsFiles.writeEnvironment(allureResults, environment);
        RunSummary summary = new RunSummary(HarnessHome.version(), startedAt, judgement.profile().label(),
                CatalogDigest.of(HarnessHome.features()), judgement.tags().orElse(""), judgement.strict(),
                destination.shard(), judgement.language(), reports);
        return written(summary, destination, allureResults, judgement.language());
    }

    /**
     * Writes {@code summary} as JSON and, if asked, the HTML report from {@code allureResults}: the end of a run, and
     * of {@code merge}.
     */
    public static RunOutcome written(RunSummary summary, ReportDestination destination, Path allureResults)
            throws IOException {
        return written(summary, destination, allureResults, ReportLanguage.EN);
    }

    /** As above, the JUnit XML's requirement titles in {@code language}. */
    public static RunOutcome written(RunSummary summary, ReportDestination destination, Path allureResults,
                                     ReportLanguage language) throws IOException {
        Path json = new JsonSummaryWriter().write(summary, destination.json());
        Path junit = new JunitXmlReport(summary, RequirementExplanations.of(language)).write(destination.junit());
        Optional<Path> index = Optional.empty();
        Optional<String> problem = Optional.empty();
        if (destination.html()) {
            Optional<AllureHistory> history = destination.history().map(AllureHistory::new);
            if (history.isPresent()) {
                history.get().restoreInto(allureResults);
            }
            var generated = AllureHtmlReport.locate().generate(allureResults,
                    destination.reportDir().resolve("allure-report"));
            index = generated.ok() ? Optional.of(generated.indexHtml()) : Optional.empty();
            problem = generated.ok() ? Optional.empty() : Optional.of(generated.problem());
            if (generated.ok() && history.isPresent()) {
                history.get().saveFrom(generated.indexHtml());
            }
        }
        return new RunOutcome(summary, json, junit, allureResults, index, problem,
                ExitCodes.of(summary, summary.strict()));
    }
}
