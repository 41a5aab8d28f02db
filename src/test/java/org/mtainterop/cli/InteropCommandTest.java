package org.mtainterop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.target.container.DockerAvailability;
import org.mtainterop.target.container.ReferenceMta;

/**
 * Usage errors of {@code interop} exit 2 with a one-line message, before any container is started; with Docker, its
 * --json and --report-dir as every summary-writing command takes them.
 */
class InteropCommandTest {
    @Test
    void anUnknownReferenceMtaIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = MtaInteropCommand.execute(new String[] {"interop", "--reference", "sendmail"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("unknown reference MTA 'sendmail'");
    }

    @Test
    void aTimeoutBelowOneSecondIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = MtaInteropCommand.execute(new String[] {"interop", "--timeout", "0"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--timeout");
    }

    @Test
    void isListedInTheHelp() {
        StringWriter out = new StringWriter();
        MtaInteropCommand.execute(new String[] {"--help"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertThat(out.toString()).contains("interop");
    }

    @Test
    void takesJsonAndReportDirAsEveryCommandDoes(@TempDir Path dir) throws Exception {
        DockerAvailability.problem().ifPresent(Assumptions::abort);
        DockerAvailability.missingImage(ReferenceMta.POSTFIX.newContainer().getDockerImageName())
                .ifPresent(Assumptions::abort);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path json = dir.resolve("matrix/interop.json");
        int code = MtaInteropCommand.execute(new String[] {"interop", "--reference", "postfix", "--json", json.toString(),
            "--report-dir", dir.resolve("reports").toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(Files.readString(json)).contains("postfix");
        assertThat(dir.resolve("reports/interop-matrix.html")).isNotEmptyFile();
        assertThat(dir.resolve("reports/interop-matrix.json")).doesNotExist();
        assertThat(out.toString()).contains("wrote " + json);
    }
}
