package org.mtainterop.cli;

import java.io.PrintWriter;
import java.util.List;
import org.mtainterop.report.ExitCodes;
import org.mtainterop.run.RunWarmUp;
import org.mtainterop.target.container.ContainersUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./mta-interop}: the command-line entry point. */
@Command(name = "mta-interop", mixinStandardHelpOptions = true, versionProvider = HarnessVersion.class,
        description = "SMTP STARTTLS conformance and interoperability harness for mail operators.")
public final class MtaInteropCommand implements Runnable {
    /**
     * The subcommands, in the order help lists them. Only the one named on the command line is introspected:
     * picocli reads every option of every subcommand by reflection (its classes predate Java 6 and stay out of
     * the class-data archive), which cost a quarter of a second of each run before any probe started.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, PkiCommand.class,
            ReceiveCommand.class, OutboundCommand.class, InteropCommand.class, PathCommand.class, ClientsCommand.class);

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        if (args.length > 0 && "run".equals(args[0])) {
            RunWarmUp.start(); // on a second core while picocli parses
        }
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code (0 passed, 1 failed, 2 usage error, 3 could not test). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new MtaInteropCommand());
        subcommandsFor(args).forEach(c -> cli.addSubcommand(c.getAnnotation(Command.class).name(), c));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException || e instanceof ContainersUnavailableException) {
                commandLine.getErr().println("mta-interop: " + e.getMessage());
                return ExitCodes.USAGE_ERROR;
            }
            commandLine.getErr().println("mta-interop: internal error: " + e);
            return 3;
        });
        return cli.execute(args);
    }

    /** The subcommand {@code args} names, alone; all of them for help, a typo or no subcommand at all. */
    static List<Class<?>> subcommandsFor(String[] args) {
        String first = args.length == 0 ? "" : args[0];
        List<Class<?>> named = SUBCOMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(first)).toList();
        return named.isEmpty() ? SUBCOMMANDS : named;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
