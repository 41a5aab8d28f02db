package org.mtainterop.cli;

import java.io.PrintWriter;
import org.mtainterop.report.ExitCodes;
import org.mtainterop.run.RunWarmUp;
import org.mtainterop.target.container.ContainersUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./mta-interop}: the command-line entry point. */
@Command(name = "mta-interop", mixinStandardHelpOptions = true, versionProvider = HarnessVersion.class,
        description = "SMTP STARTTLS conformance and interoperability harness for mail operators.",
        subcommands = {RunCommand.class, PkiCommand.class, ReceiveCommand.class, OutboundCommand.class,
            InteropCommand.class, ClientsCommand.class})
public final class MtaInteropCommand implements Runnable {

    public static void main(String[] args) {
        if (args.length > 0 && "run".equals(args[0])) {
            RunWarmUp.start(); // on a second core while picocli parses
        }
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code (0 passed, 1 failed, 2 usage error, 3 could not test). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new MtaInteropCommand());
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

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
