package org.mtainterop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mtainterop.interop.InteropFeatureRun;
import org.mtainterop.interop.InteropMatrix;
import org.mtainterop.interop.InteropMatrixReport;
import org.mtainterop.interop.InteropMatrixResult;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.report.ExitCodes;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.run.HarnessHome;
import org.mtainterop.run.RunReports;
import org.mtainterop.target.container.DockerAvailability;
import org.mtainterop.target.container.ReferenceMta;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code interop}: the reference MTAs relay to each other; every ordered pair must deliver over verified TLS 1.2+. */
@Command(name = "interop", mixinStandardHelpOptions = true,
        description = {"Interoperability matrix: each reference MTA (containers) relays a message to each one,",
            "itself included, on an internal Docker network, under OUTBOUND_POLICY=verify (INTEROP-01).",
            "Writes interop-matrix.html, .md and Allure results into the report directory, and the JSON (interop-matrix.json)",
            "there or at --json FILE.",
            "Exit codes: 0 every pair passed, 1 a pair failed, 2 usage error (or no Docker)."})
public final class InteropCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--reference", paramLabel = "MTA[,MTA...]|all", defaultValue = "all", split = ",",
            description = "postfix, exim, opensmtpd or all (default: ${DEFAULT-VALUE}).")
    private List<String> reference = new ArrayList<>();

    @Option(names = "--with-embedded", description = "Add the harness's embedded receiver and sender as a 4th column and row.")
    private boolean withEmbedded;

    @Mixin
    private SummaryOptions where = new SummaryOptions();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long a message may take to reach the receiver's mailbox (default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "en (default) or fr: the edition of features/interop judged (features/fr/interop for French) and the language of the matrix pages.")
    private String lang;

    @Override
    public Integer call() throws IOException {
        ReportLanguage language = ReportLanguage.parse(lang);
        Set<ReferenceMta> mtas = new LinkedHashSet<>();
        for (String r : reference) {
            if (r.strip().equalsIgnoreCase("all")) {
                mtas.addAll(List.of(ReferenceMta.values()));
            } else {
                mtas.add(ReferenceMta.parse(r));
            }
        }
        if (timeoutSeconds < 1) {
            throw new IllegalArgumentException("--timeout must be at least 1 second");
        }
        DockerAvailability.problem().ifPresent(p -> {
            throw new IllegalArgumentException("interop needs Docker: " + p);
        });
        for (ReferenceMta mta : mtas) {
            DockerAvailability.missingImage(mta.newContainer().getDockerImageName()).ifPresent(p -> {
                throw new IllegalArgumentException(p);
            });
        }
        Path dir = where.reportDir();
        InteropMatrixResult matrix = InteropMatrix.run(
                new InteropMatrix.Settings(List.copyOf(mtas), withEmbedded, Duration.ofSeconds(timeoutSeconds),
                        CertificateProfile.VALID));
        Path allureResults = RunReports.freshAllureResults(dir, language);
        InteropFeatureRun.judge(matrix, language.features(HarnessHome.features()), allureResults);
        InteropMatrixReport report = new InteropMatrixReport(matrix, language);
        report.attachToAllure(allureResults);
        List<Path> written = where.placeJson(report.write(dir));
        PrintWriter out = spec.commandLine().getOut();
        matrix.results().forEach(r -> out.println(language.text(r.meetsInterop01() ? "interop.console.pass"
                : "interop.console.fail") + r.described().render(language)));
        out.println();
        out.print(report.markdown());
        out.println();
        out.println(language.text("interop.console.totals").formatted(matrix.results().size(), matrix.failures().size(),
                matrix.wallTime().toSeconds()));
        written.forEach(p -> out.println(language.text("pairs.console.wrote").formatted(p)));
        out.println(language.text("pairs.console.allure").formatted(allureResults));
        out.flush();
        return matrix.failures().isEmpty() ? ExitCodes.OK : ExitCodes.REQUIREMENT_FAILED;
    }
}
