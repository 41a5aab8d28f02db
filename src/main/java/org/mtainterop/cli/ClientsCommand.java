package org.mtainterop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mtainterop.clients.AccessProtocolKind;
import org.mtainterop.clients.SurveyClients;
import org.mtainterop.report.ExitCodes;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.run.HarnessHome;
import org.mtainterop.run.RunReports;
import org.mtainterop.survey.ClientSurvey;
import org.mtainterop.survey.ClientSurveyReport;
import org.mtainterop.survey.SurveyCase;
import org.mtainterop.survey.SurveyFeatureRun;
import org.mtainterop.survey.SurveyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clients}: the client survey, real mail programs against the adversarial access server (CLIENT-01..05). */
@Command(name = "clients", mixinStandardHelpOptions = true,
        description = {"Client survey: real mail programs (containers/clients/, and Angus Mail in this JVM), each configured",
            "for \"TLS required, certificate verified\", meet the adversarial access server in every case that applies.",
            "Writes client-survey.html, .md and Allure results into the report directory, and the JSON (client-survey.json)",
            "there or at --json FILE.",
            "Exit codes: 0 no client failed a @must requirement, 1 one did, 2 usage error (or no Docker for the",
            "containerised clients), 3 nothing could be judged."})
public final class ClientsCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--client", paramLabel = "NAME", split = ",", description = {
        "Only these clients (repeatable): curl, msmtp, fetchmail, s-nail, neomutt, mbsync, getmail6, python, angus-mail.",
        "Default: all. angus-mail alone needs no Docker."})
    private List<String> clientNames = new ArrayList<>();

    @Option(names = "--protocol", paramLabel = "P", split = ",",
            description = "Only these protocols (repeatable): submission, imap, pop3. Default: all.")
    private List<String> protocols = new ArrayList<>();

    @Option(names = "--case", paramLabel = "CASE", split = ",", description = {
        "Only these server cases (repeatable), e.g. no-starttls, expired-cert, response-injection.",
        "The compliant controls always run. Default: all."})
    private List<String> cases = new ArrayList<>();

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4",
            description = "Client runs at once (default: ${DEFAULT-VALUE}).")
    private int parallel;

    @Option(names = "--job-timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "How long one client run may take (default: ${DEFAULT-VALUE}).")
    private int jobTimeout;

    @Option(names = "--lang", paramLabel = "LANG", description = {"en (default) or fr: the edition of the survey's feature run",
        "(features/fr/clients/ for French) and the language of its Allure scenarios, verdicts and tables."})
    private String lang = "en";

    @Mixin
    private SummaryOptions where = new SummaryOptions();

    @Override
    public Integer call() throws IOException {
        Set<String> chosen = new LinkedHashSet<>();
        for (String name : clientNames) {
            String n = name.strip();
            if (!SurveyClients.names().contains(n)) {
                throw new IllegalArgumentException("unknown client '" + name + "' (expected one of "
                        + String.join(", ", SurveyClients.names()) + ")");
            }
            chosen.add(n);
        }
        Set<AccessProtocolKind> chosenProtocols = protocols.isEmpty() ? EnumSet.allOf(AccessProtocolKind.class)
                : EnumSet.noneOf(AccessProtocolKind.class);
        protocols.forEach(p -> chosenProtocols.add(AccessProtocolKind.parse(p)));
        Set<SurveyCase> chosenCases = cases.isEmpty() ? EnumSet.allOf(SurveyCase.class) : EnumSet.noneOf(SurveyCase.class);
        cases.forEach(c -> chosenCases.add(SurveyCase.parse(c)));
        chosenCases.addAll(List.of(SurveyCase.COMPLIANT, SurveyCase.COMPLIANT_IMPLICIT));
        ReportLanguage language = ReportLanguage.parse(lang);
        if (parallel < 1 || jobTimeout < 1) {
            throw new IllegalArgumentException("--parallel and --job-timeout must be positive");
        }
        ClientSurvey.Settings settings = new ClientSurvey.Settings(List.copyOf(chosen), chosenProtocols, chosenCases,
                parallel, Duration.ofSeconds(jobTimeout));
        SurveyResult result = ClientSurvey.run(settings);
        Path dir = where.reportDir();
        Path allureResults = RunReports.freshAllureResults(dir);
        SurveyFeatureRun.judge(result, language.features(HarnessHome.features()), allureResults, settings);
        ClientSurveyReport report = new ClientSurveyReport(result, language);
        report.attachToAllure(allureResults);
        List<Path> written = where.placeJson(report.write(dir));
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.markdown());
        out.println();
        out.println(report.headline());
        written.forEach(p -> out.println(language.text("pairs.console.wrote").formatted(p)));
        out.println(language.text("pairs.console.allure").formatted(allureResults));
        out.flush();
        return result.cells().isEmpty() ? ExitCodes.COULD_NOT_TEST
                : report.mustFailures() > 0 ? ExitCodes.REQUIREMENT_FAILED : ExitCodes.OK;
    }
}
