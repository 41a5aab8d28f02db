package org.mtainterop.target.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.cli.MtaInteropCommand;

/**
 * The real 3×3 interop matrix through the CLI ({@code interop --reference all}): every reference MTA relays to
 * every reference MTA, itself included, over verified STARTTLS on an internal Docker network. Golden: every
 * pair meets INTEROP-01 (delivered, verified, TLS 1.3 here), exit code 0, the three renderings and Allure results.
 */
class ReferenceInteropMatrixTest {
    @TempDir
    static Path reports;
    private static int exitCode;
    private static String out;

    @BeforeAll
    static void runTheMatrix() {
        DockerRequirement.assumeDocker();
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        long start = System.nanoTime();
        exitCode = MtaInteropCommand.execute(new String[] {"interop", "--reference", "all", "--report-dir",
            reports.toString()}, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        out = stdout + stderr.toString();
        System.out.println(out);
        System.out.printf("interop --reference all: %d ms (CLI, containers included)%n", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void everyOrderedPairDeliversOverVerifiedTls() {
        assertThat(exitCode).as(out).isZero();
        assertThat(out.lines().filter(l -> l.startsWith("PASS ")).count()).as(out).isEqualTo(9);
    }

    @Test
    void writesTheMatrixAndAllureResults() throws Exception {
        String json = Files.readString(reports.resolve("interop-matrix.json"), StandardCharsets.UTF_8);
        assertThat(Pattern.compile("\"status\" : \"passed\"").matcher(json).results().count()).isEqualTo(9);
        assertThat(Pattern.compile("\"tlsVersion\" : \"TLSv1.3\"").matcher(json).results().count()).isEqualTo(9);
        assertThat(reports.resolve("interop-matrix.html")).content().contains("id=\"interop-matrix\"");
        assertThat(reports.resolve("interop-matrix.md")).content().contains("| postfix |");
        try (var files = Files.list(reports.resolve("allure-results"))) {
            assertThat(files.filter(p -> p.toString().endsWith("-result.json")).count()).isEqualTo(10);
        }
    }
}
