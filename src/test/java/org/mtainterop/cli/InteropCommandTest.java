package org.mtainterop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Usage errors of {@code interop} exit 2 with a one-line message, before any container is started. */
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
}
