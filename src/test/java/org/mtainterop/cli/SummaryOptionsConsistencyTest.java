package org.mtainterop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every subcommand that writes a summary takes {@code --json FILE} and {@code --report-dir DIR} alike: the same
 * names, labels and help (pki writes certificate files, not a summary, and takes neither).
 */
class SummaryOptionsConsistencyTest {

    private static CommandLine subcommand(String name) {
        Class<?> c = MtaInteropCommand.subcommandsFor(new String[] {name}).get(0);
        assertThat(c.getAnnotation(Command.class).name()).isEqualTo(name);
        return new CommandLine(c);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "receive", "outbound", "interop", "clients"})
    void takesJsonAndReportDirAlike(String name) {
        CommandLine reference = subcommand("run");
        CommandLine command = subcommand(name);
        for (String option : List.of("--json", "--report-dir")) {
            OptionSpec mine = command.getCommandSpec().findOption(option);
            OptionSpec theirs = reference.getCommandSpec().findOption(option);
            assertThat(mine).as(name + " " + option).isNotNull();
            assertThat(mine.paramLabel()).isEqualTo(theirs.paramLabel());
            assertThat(mine.description()).isEqualTo(theirs.description());
            assertThat(mine.type()).isEqualTo(theirs.type());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "receive", "outbound"})
    void theJudgingCommandsAlsoTakeNoHtmlAndStrict(String name) {
        assertThat(subcommand(name).getCommandSpec().findOption("--no-html")).isNotNull();
        assertThat(subcommand(name).getCommandSpec().findOption("--strict")).isNotNull();
    }
}
