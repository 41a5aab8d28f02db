package org.mtainterop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code outbound}: the embedded sender judged end to end from the command line. */
class OutboundCommandTest {
    @TempDir
    Path dir;

    @Test
    void aVerifyingEmbeddedSenderPassesEverything() throws Exception {
        StringWriter out = new StringWriter();
        int exit = MtaInteropCommand.execute(new String[] {"outbound", "--sender", "embedded:verify",
            "--report-dir", dir.toString(), "--no-html"}, new PrintWriter(out, true), new PrintWriter(out, true));
        assertThat(exit).as(out.toString()).isZero();
        assertThat(Files.readString(dir.resolve("summary.json"))).contains("embedded:verify", "CERT-06", "DOWNGRADE-03");
        try (var files = Files.list(dir.resolve("allure-results"))) {
            String attachments = files.filter(p -> p.getFileName().toString().contains("-attachment"))
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            return "";
                        }
                    }).reduce("", String::concat);
            assertThat(attachments).as("receiver transcript and parsed ClientHello attached")
                    .contains("negotiable versions:", "C   STARTTLS", "SNI:                 mx.partner.test");
        }
    }

    @Test
    void anUnknownSenderIsAUsageError() {
        StringWriter out = new StringWriter();
        assertThat(MtaInteropCommand.execute(new String[] {"outbound", "--sender", "sendmail"},
                new PrintWriter(out, true), new PrintWriter(out, true))).isEqualTo(2);
        assertThat(out.toString()).contains("unknown reference MTA 'sendmail'");
    }
}
