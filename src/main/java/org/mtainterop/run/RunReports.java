package org.mtainterop.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mtainterop.report.AllureHtmlReport;
import org.mtainterop.report.AllureResultsFiles;
import org.mtainterop.report.ExitCodes;
import org.mtainterop.report.JsonSummaryWriter;
import org.mtainterop.report.RunSummary;
import org.mtainterop.report.TargetReport;

/** The files every run writes, inbound or outbound: Allure results, the JSON summary, the HTML report. */
public final class RunReports {
    private RunReports() {
    }

    /** An empty {@code allure-results/} under the report directory, with the categories file in it. */
    public static Path freshAllureResults(Path reportDir) throws IOException {
        Path allureResults = reportDir.resolve("allure-results");
        if (Files.isDirectory(allureResults)) {
            try (var old = Files.list(allureResults)) {
                for (Path p : old.collect(Collectors.toList())) {
                    Files.deleteIfExists(p);
                }
            }
        }
        Files.createDirectories(allureResults);
        AllureResultsFiles.writeCategories(allureResults);
        return allureResults;
    }

    /**
     * Sums the run up, writes the JSON summary and, if asked, the HTML report (from the Allure results and the
     * {@code environment}); the exit code follows from the summary.
     */
    static RunOutcome finish(Instant startedAt, List<TargetReport> reports, Map<String, String> environment,
                             Judgement judgement, ReportDestination destination, Path allureResults) throws IOException {
        if (!destination.shard().whole()) {
            environment.put("shard", destination.shard().toString());
        }
        AllureResultsFiles.writeEnvironment(allureResults, environment);
        RunSummary summary = new RunSummary(HarnessHome.version(), startedAt, judgement.profile().label(),
                CatalogDigest.of(HarnessHome.features()), judgement.tags().orElse(""), judgement.strict(),
                destination.shard(), reports);
        return written(summary, destination, allureResults);
    }

    /**
     * Writes {@code summary} as JSON and, if asked, the HTML report from {@code allureResults}: the end of a run, and
     * of {@code merge}.
     */
    public static RunOutcome written(RunSummary summary, ReportDestination destination, Path allureResults)
            throws IOException {
        Path json = new JsonSummaryWriter().write(summary, destination.json());
        Optional<Path> index = Optional.empty();
        Optional<String> problem = Optional.empty();
        if (destination.html()) {
            var generated = AllureHtmlReport.locate().generate(allureResults,
                    destination.reportDir().resolve("allure-report"));
            index = generated.ok() ? Optional.of(generated.indexHtml()) : Optional.empty();
            problem = generated.ok() ? Optional.empty() : Optional.of(generated.problem());
        }
        return new RunOutcome(summary, json, allureResults, index, problem, ExitCodes.of(summary, summary.strict()));
    }
}
