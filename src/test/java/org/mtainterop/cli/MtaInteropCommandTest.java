package org.mtainterop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entry point introspects only the subcommand it runs, yet help still lists them all. */
class MtaInteropCommandTest {
    private static final List<String> NAMES = List.of("run", "pki", "receive", "outbound", "interop", "path", "clients");

    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        assertEquals(List.of(RunCommand.class), MtaInteropCommand.subcommandsFor(new String[] {"run", "--target", "x"}));
        assertEquals(List.of(ClientsCommand.class), MtaInteropCommand.subcommandsFor(new String[] {"clients"}));
    }

    @Test
    void helpAndNoArgumentsListEverySubcommand() {
        for (String[] args : List.of(new String[] {"--help"}, new String[0])) {
            StringWriter out = new StringWriter();
            int code = MtaInteropCommand.execute(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
            assertEquals(0, code, String.join(" ", args));
            NAMES.forEach(name -> assertTrue(out.toString().contains("  " + name + " "),
                    () -> name + " missing from the usage for " + List.of(args) + ":\n" + out));
        }
    }

    @Test
    void aMistypedSubcommandIsAUsageErrorThatSuggestsTheRightOne() {
        StringWriter err = new StringWriter();
        int code = MtaInteropCommand.execute(new String[] {"rnu"}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertEquals(2, code);
        assertTrue(err.toString().contains("run"), err::toString);
    }

    @Test
    void aSubcommandsOwnHelpStillWorks() {
        StringWriter out = new StringWriter();
        int code = MtaInteropCommand.execute(new String[] {"run", "--help"}, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));
        assertEquals(0, code);
        assertTrue(out.toString().contains("--parallel-targets"), out::toString);
    }
}
