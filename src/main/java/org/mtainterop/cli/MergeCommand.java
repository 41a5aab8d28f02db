package org.mtainterop.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mtainterop.operators.Operator;
import org.mtainterop.operators.OperatorsFile;
import org.mtainterop.report.AllureResultsMerge;
import org.mtainterop.report.OperatorsMatrixReport;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.report.RunSummary;
import org.mtainterop.report.SummaryMerge;
import org.mtainterop.report.SummaryReader;
import org.mtainterop.run.ReportDestination;
import org.mtainterop.run.RunOutcome;
import org.mtainterop.run.RunReports;
import org.mtainterop.run.Shard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code merge DIR...}: the report directories of the shards of one split run ({@code run --shard I/N}) joined into
 * the reports of the whole, with the options {@code run} takes for them ({@link ReportFileOptions}): one JSON summary,
 * one Allure results directory and one HTML report (with {@code --history DIR}, the trend kept between runs), the JUnit
 * XML, the operators matrix with {@code --operators}, the console summary in the shards' language, and the exit code
 * {@code run} would have given (the worst of the shards).
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Join the report directories of the shards of one run (run --shard I/N): one JSON summary,",
            "one Allure report (--history DIR: its trend), the JUnit XML, the operators matrix (--operators),",
            "the run's console summary and exit code (the worst of the shards), in the shards' language.",
            "Refuses shards of different runs (harness version, catalog, profile, --tags, --strict, shard count,",
            "language), a --lang other than the shards' language,",
            "a shard given twice, a missing shard and a target judged in two shards.",
            "Exit codes: 0 every @must requirement passed, 1 one failed, 2 usage error or inconsistent shards,",
            "3 nothing failed but something could not be tested."})
public final class MergeCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "A shard's report directory (its --report-dir: summary.json and allure-results/).")
    private List<Path> shardDirs = new ArrayList<>();

    @Option(names = "--summary-name", paramLabel = "FILE", description = "The JSON summary's name in each DIR (default: ${DEFAULT-VALUE}).")
    private String summaryName = "summary.json";

    @Option(names = "--operators", paramLabel = "FILE", description = {"The operators file the shards ran: the summary gets a header per",
        "operator, and the operators matrix (operators x requirements) is written, as run's."})
    private Path operatorsFile;

    @Mixin
    private ReportFileOptions reports = new ReportFileOptions();

    @Override
    public Integer call() throws IOException {
        reports.givenLanguage(); // a bad --lang is a usage error before any shard is read
        ReportDestination destination = reports.destination(Shard.WHOLE);
        Path out = destination.reportDir().normalize();
        List<SummaryMerge.Part> parts = new ArrayList<>();
        List<Path> allureDirs = new ArrayList<>();
        for (Path dir : shardDirs) {
            Path d = dir.toAbsolutePath().normalize();
            if (d.equals(out)) {
                throw new IllegalArgumentException("merge: " + dir + " is a shard and the --report-dir the merged reports"
                        + " go to: give another --report-dir");
            }
            Path json = d.resolve(summaryName);
            if (!Files.isRegularFile(json)) {
                throw new IllegalArgumentException("merge: " + json + ": no such file (is " + dir
                        + " a shard's --report-dir? a shard that did not finish has no summary)");
            }
            RunSummary summary;
            try {
                summary = new SummaryReader().read(json);
            } catch (IOException e) {
                throw new IllegalArgumentException("merge: " + json + ": not a run summary: " + firstLine(e.getMessage()));
            }
            parts.add(new SummaryMerge.Part(json, summary));
            allureDirs.add(d.resolve("allure-results"));
        }
        RunSummary whole = SummaryMerge.of(parts);
        ReportLanguage language = languageOf(whole, parts);
        List<Operator> operators = operatorsFile == null ? List.of() : OperatorsFile.load(operatorsFile);
        Map<String, Operator> operatorOf = operatorOf(whole, operators);
        Path allureResults = RunReports.freshAllureResults(out, language);
        AllureResultsMerge.merge(allureDirs, allureResults, language);
        RunOutcome outcome = RunReports.written(whole, destination, allureResults, language);
        var console = spec.commandLine().getOut();
        Map<String, String> headers = new HashMap<>();
        operatorOf.forEach((target, o) -> headers.put(target, o.header()));
        console.print(reports.console(language).groupedBy(headers).render(outcome.summary(), outcome.htmlReport().orElse(null),
                outcome.json()));
        console.printf(language.text("console.junit") + "%n", outcome.junitXml());
        if (operatorsFile != null) {
            Map<String, String> operatorNames = new HashMap<>();
            operatorOf.forEach((target, o) -> operatorNames.put(target, o.name()));
            var matrix = OperatorsMatrixReport.of(operatorsFile, operators, operatorNames, outcome.summary(), language);
            console.printf(language.text("console.matrix") + "%n", matrix.write(out).get(0));
        }
        outcome.htmlProblem().ifPresent(p -> spec.commandLine().getErr().println("HTML report not generated: " + p));
        console.flush();
        return outcome.exitCode();
    }

    /**
     * The language of the merged reports: the one the shards ran in (their summaries' {@code lang}; {@link SummaryMerge}
     * has refused shards of different languages). A {@code --lang} that names another is refused: the shards' verdict
     * texts are words of their language already, and a report in two languages is no report.
     */
    private ReportLanguage languageOf(RunSummary whole, List<SummaryMerge.Part> parts) {
        ReportLanguage ran = whole.lang();
        reports.givenLanguage().filter(given -> given != ran).ifPresent(given -> {
            throw new IllegalArgumentException("merge --lang " + given.tag() + ": the shards ran in " + ran.tag() + " ("
                    + String.join(", ", parts.stream().map(p -> p.source().toString()).toList()) + "), their verdict texts"
                    + " are in that language: give --lang " + ran.tag() + " or leave --lang out");
        });
        return ran;
    }

    /** With {@code --operators}: the operator of each {@code operator/mx} and {@code dns:domain} target. */
    private static Map<String, Operator> operatorOf(RunSummary whole, List<Operator> operators) {
        Map<String, Operator> of = new HashMap<>();
        for (var target : whole.targets()) {
            for (Operator o : operators) {
                if (target.name().startsWith(o.name() + "/")
                        || o.domains().stream().anyMatch(d -> target.name().equals("dns:" + d))) {
                    of.put(target.name(), o);
                }
            }
        }
        return of;
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message;
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
