package org.mtainterop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code path} command's usage and configuration errors: exit 2, one line naming the option or file:line: field. */
class PathCommandTest {
    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        return MtaInteropCommand.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    @Test
    void anOperatorsFileWithoutTestMailboxesSendsNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("operators.yaml"), """
                operators:
                  - name: a
                    domains: [a.test]
                    mx: [mx.a.test]
                """);
        StringWriter err = new StringWriter();
        assertThat(run(err, "path", "--operators", file.toString(), "--report-dir", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no operator in the operators file has a test_mailbox");
    }

    @Test
    void anUnsetPasswordVariableIsNamedBeforeAnyConnection() throws Exception {
        Path file = Files.writeString(dir.resolve("operators.yaml"), """
                operators:
                  - name: a
                    domains: [a.test]
                    mx: [mx.a.test]
                    test_mailbox:
                      address: t@a.test
                      submission: 192.0.2.1:587
                      imap: 192.0.2.1:993
                      user: t
                      password_env: MTA_INTEROP_SURELY_UNSET_PASSWORD_VARIABLE
                """);
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        assertThat(run(err, "path", "--operators", file.toString(), "--report-dir", dir.toString())).isEqualTo(2);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000); // no connection was tried
        assertThat(err.toString()).contains("operators.yaml:6: operators[0].test_mailbox.password_env: environment variable"
                + " MTA_INTEROP_SURELY_UNSET_PASSWORD_VARIABLE is not set or empty");
    }

    @Test
    void badOptionsAreUsageErrors() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "path", "--operators", dir.resolve("none.yaml").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("none.yaml: operators file not found");
        StringWriter err2 = new StringWriter();
        assertThat(run(err2, "path", "--operators", "x.yaml", "--deliver-within", "0")).isEqualTo(2);
        assertThat(err2.toString()).contains("--deliver-within");
        StringWriter err3 = new StringWriter();
        assertThat(run(err3, "path")).isEqualTo(2);
        assertThat(err3.toString()).contains("--operators");
    }
}
