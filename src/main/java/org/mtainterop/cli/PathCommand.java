package org.mtainterop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.operators.Operator;
import org.mtainterop.operators.OperatorsFile;
import org.mtainterop.path.PathFeatureRun;
import org.mtainterop.path.PathMatrixReport;
import org.mtainterop.path.PathMatrixResult;
import org.mtainterop.path.PathRun;
import org.mtainterop.path.PathVerdicts;
import org.mtainterop.report.ExitCodes;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.run.HarnessHome;
import org.mtainterop.run.RunReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code path}: one message per pair of operators, judged hop by hop (PATH-01..03). */
@Command(name = "path", mixinStandardHelpOptions = true,
        description = {"End to end across operators: for every ordered pair of the operators that declare a",
            "test_mailbox (itself included), one message from the sender's test mailbox through its submission service",
            "to the receiver's test mailbox, read back over IMAP and deleted (unless --keep). Its Received fields are",
            "judged: PATH-01 every hop used TLS, PATH-02 every hop within the declared networks, PATH-03 within the",
            "stated time. Writes path-matrix.html, .md, .json and Allure results into the report directory.",
            "Exit codes: 0 every @must requirement passed, 1 one failed, 2 usage or configuration error,",
            "3 nothing failed but something could not be tested."})
public final class PathCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--operators", paramLabel = "FILE", required = true,
            description = "The operators file; operators with a test_mailbox take part.")
    private Path operatorsFile;

    @Option(names = "--deliver-within", paramLabel = "SECONDS", defaultValue = "60",
            description = "The stated delivery time PATH-03 judges (default: ${DEFAULT-VALUE}).")
    private int deliverWithin;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "How long the receiver's mailbox is searched for the message (default: --deliver-within + 30).")
    private Integer timeout;

    @Option(names = "--keep", description = "Leave the test messages in the mailboxes (default: deleted after reading).")
    private boolean keep;

    @Option(names = {"--connect-timeout"}, paramLabel = "SECONDS", defaultValue = "10",
            description = "Per connection (default: ${DEFAULT-VALUE}).")
    private int connectTimeout;

    @Option(names = {"--read-timeout"}, paramLabel = "SECONDS", defaultValue = "15",
            description = "Per reply (default: ${DEFAULT-VALUE}).")
    private int readTimeout;

    @Option(names = {"--deadline"}, paramLabel = "SECONDS", defaultValue = "45",
            description = "Per submission session, and added to --timeout for the IMAP session (default: ${DEFAULT-VALUE}).")
    private int deadline;

    @Mixin
    private SummaryOptions where = new SummaryOptions();

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "en (default) or fr: the edition of features/path judged (features/fr/path for French) and the language of the matrix pages.")
    private String lang;

    @Override
    public Integer call() throws IOException {
        ReportLanguage language = ReportLanguage.parse(lang);
        if (deliverWithin < 1 || (timeout != null && timeout < 1) || connectTimeout < 1 || readTimeout < 1 || deadline < 1) {
            throw new IllegalArgumentException("--deliver-within, --timeout, --connect-timeout, --read-timeout and"
                    + " --deadline must be at least 1 second");
        }
        List<Operator> operators = OperatorsFile.load(operatorsFile);
        PrintWriter out = spec.commandLine().getOut();
        operators.stream().filter(o -> o.testMailbox().isEmpty())
                .forEach(o -> out.println(language.text("path.console.leftOut").formatted(o.name())));
        NetworkLimits limits = NetworkLimits.defaults().withConnectTimeout(Duration.ofSeconds(connectTimeout))
                .withReadTimeout(Duration.ofSeconds(readTimeout)).withSessionDeadline(Duration.ofSeconds(deadline));
        PathMatrixResult matrix = PathRun.run(new PathRun.Settings(operators, Duration.ofSeconds(deliverWithin),
                Duration.ofSeconds(timeout != null ? timeout : deliverWithin + 30L), keep, limits, System::getenv));
        Path dir = where.reportDir();
        Path allureResults = RunReports.freshAllureResults(dir, language);
        PathFeatureRun.judge(matrix, language.features(HarnessHome.features()), allureResults);
        PathMatrixReport report = new PathMatrixReport(matrix, language);
        report.attachToAllure(allureResults);
        List<Path> written = where.placeJson(report.write(dir));
        matrix.results().forEach(r -> PathVerdicts.of(matrix, r).values().forEach(v ->
                out.println(language.text("console.status." + v.outcome().label()) + " " + v.requirementId() + " "
                        + v.message(language))));
        out.println();
        out.print(report.markdown());
        out.println();
        out.println(language.text("path.console.totals").formatted(matrix.results().size(), report.mustFailures().size(),
                matrix.wallTime().toSeconds()));
        written.forEach(p -> out.println(language.text("pairs.console.wrote").formatted(p)));
        out.println(language.text("pairs.console.allure").formatted(allureResults));
        out.flush();
        if (!report.mustFailures().isEmpty()) {
            return ExitCodes.REQUIREMENT_FAILED;
        }
        return report.anyBroken() ? ExitCodes.COULD_NOT_TEST : ExitCodes.OK;
    }
}
