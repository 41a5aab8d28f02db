package org.mtainterop.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Turns an Allure results directory into the HTML report, offline, by running the unpacked
 * allure-commandline as a subprocess:
 * {@code <allureHome>/bin/allure generate <results> -o <out> --clean --single-file}.
 *
 * <p>{@code --single-file} inlines the data into {@code index.html}, so the report opens from
 * {@code file://} (a multi-file report needs a web server because browsers block its data requests).
 * The subprocess runs on this JVM's Java ({@code JAVA_HOME = java.home}), with Allure's analytics
 * switched off ({@code ALLURE_NO_ANALYTICS}: otherwise generation posts to Google Analytics and the
 * page loads Google Tag Manager). Its output goes to {@code <out>-generate.log} beside the report, not
 * to the console. Problems come back as an {@link HtmlReportResult}, never as an exception.
 */
public final class AllureHtmlReport {

    public static final String ALLURE_VERSION = "2.34.1";
    public static final String HOME_PROPERTY = "mtainterop.allure.home";
    public static final String HOME_ENV = "MTA_INTEROP_ALLURE_HOME";
    public static final String PROJECT_HOME_PROPERTY = "mtainterop.home";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private final Path allureHome;
    private final Duration timeout;

    public AllureHtmlReport(Path allureHome) {
        this(allureHome, DEFAULT_TIMEOUT);
    }

    public AllureHtmlReport(Path allureHome, Duration timeout) {
        this.allureHome = allureHome.toAbsolutePath().normalize();
        this.timeout = timeout;
    }

    /** A generator using the Allure found by {@link #locateAllureHome()}. */
    public static AllureHtmlReport locate() {
        return new AllureHtmlReport(locateAllureHome());
    }

    /**
     * Where Allure is, first match wins: system property {@value #HOME_PROPERTY}, environment variable
     * {@value #HOME_ENV}, then {@code <mtainterop.home property, else the working directory>/target/allure/allure-2.34.1}.
     * The path is not checked here; {@link #generate} reports a missing installation.
     */
    public static Path locateAllureHome() {
        return locateAllureHome(System::getProperty, System::getenv);
    }

    static Path locateAllureHome(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String explicit = firstNonBlank(properties.apply(HOME_PROPERTY), environment.apply(HOME_ENV));
        if (explicit != null) {
            return Paths.get(explicit);
        }
        String projectHome = firstNonBlank(properties.apply(PROJECT_HOME_PROPERTY), properties.apply("user.dir"));
        return Paths.get(projectHome == null ? "" : projectHome, "target", "allure", "allure-" + ALLURE_VERSION);
    }

    public Path allureHome() {
        return allureHome;
    }

    /** The log file the generator's output goes to for a report written to {@code outputDir}. */
    public static Path logFileFor(Path outputDir) {
        Path out = outputDir.toAbsolutePath().normalize();
        return out.resolveSibling(out.getFileName() + "-generate.log");
    }

    /** Generates {@code outputDir/index.html} from {@code resultsDir}, replacing what was in {@code outputDir}. */
    public HtmlReportResult generate(Path resultsDir, Path outputDir) {
        Path launcher = launcher();
        if (!Files.isRegularFile(launcher)) {
            return HtmlReportResult.failed("Allure " + ALLURE_VERSION + " was not found at " + allureHome
                    + ", so no HTML report was made (the JSON summary and the Allure results are complete)."
                    + " Get it with `./mvnw -q generate-resources` in the mta-interop directory, or point the"
                    + " system property " + HOME_PROPERTY + " or the environment variable " + HOME_ENV
                    + " at an Allure 2 installation.");
        }
        if (!Files.isDirectory(resultsDir)) {
            return HtmlReportResult.failed("No Allure results at " + resultsDir.toAbsolutePath()
                    + ", so no HTML report was made: did the features run?");
        }
        Path out = outputDir.toAbsolutePath().normalize();
        Path log = logFileFor(out);
        try {
            Files.createDirectories(log.getParent());
            return run(command(launcher, resultsDir.toAbsolutePath().normalize(), out), out, log);
        } catch (IOException e) {
            return HtmlReportResult.failed("Could not run Allure (" + launcher + "): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HtmlReportResult.failed("HTML report generation was interrupted; see " + log);
        }
    }

    private HtmlReportResult run(List<String> command, Path out, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("ALLURE_NO_ANALYTICS", "true");
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
            return HtmlReportResult.failed("Allure did not finish within " + timeout.toSeconds()
                    + " s and was stopped; see " + log);
        }
        Path index = out.resolve("index.html");
        if (process.exitValue() != 0 || !Files.isRegularFile(index)) {
            return HtmlReportResult.failed("Allure could not generate the HTML report (exit code "
                    + process.exitValue() + "); see " + log);
        }
        return HtmlReportResult.generated(index);
    }

    private Path launcher() {
        return allureHome.resolve("bin").resolve(windows() ? "allure.bat" : "allure");
    }

    private static List<String> command(Path launcher, Path results, Path out) {
        List<String> command = new ArrayList<>();
        if (windows()) {
            command.addAll(List.of("cmd.exe", "/c"));
        } else if (!Files.isExecutable(launcher)) {
            command.add("sh"); // an unpack that lost the executable bit
        }
        command.addAll(List.of(launcher.toString(), "generate", results.toString(),
                "-o", out.toString(), "--clean", "--single-file"));
        return command;
    }

    private static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static File nullDevice() {
        return new File(windows() ? "NUL" : "/dev/null");
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        return second != null && !second.isBlank() ? second.strip() : null;
    }
}
