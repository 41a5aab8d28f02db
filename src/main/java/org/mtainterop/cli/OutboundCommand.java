package org.mtainterop.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.run.Judgement;
import org.mtainterop.run.OutboundRun;
import org.mtainterop.run.RunOutcome;
import org.mtainterop.sender.DeliveryDriver;
import org.mtainterop.sender.OutboundSubjects;
import org.mtainterop.target.container.DockerAvailability;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code outbound}: judge sending MTAs the harness starts itself (embedded by default, or reference containers). */
@Command(name = "outbound", mixinStandardHelpOptions = true,
        description = {"Judge sending MTAs: each relays test messages to the adversarial receiver in every profile.",
            "Without --sender: the embedded sender under the may, encrypt and verify policies.",
            "For an operator's own MTA, use 'receive' and point a test domain's MX at it.",
            "Exit codes: 0 every @must requirement passed, 1 one failed, 2 usage error, 3 could not test."})
public final class OutboundCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--sender", paramLabel = "SENDER[:POLICY]", description = {"embedded (default), postfix, exim, opensmtpd or",
        "containers (all three), optionally with :may, :encrypt or :verify (default: all three policies). Repeatable."})
    private List<String> senders = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "pilot|anssi|modern", defaultValue = "modern",
            description = "Requirement profile (default: ${DEFAULT-VALUE}).")
    private String profile;

    @Option(names = "--tags", paramLabel = "EXPR", description = "An extra Cucumber tag expression.")
    private String tags;

    @Mixin
    private ReportOptions reports = new ReportOptions();

    @Override
    public Integer call() throws Exception {
        List<String> names = new ArrayList<>();
        for (String s : senders.isEmpty() ? List.of("embedded") : senders) {
            names.addAll(OutboundSubjects.expand(s));
        }
        if (names.stream().anyMatch(n -> !n.startsWith("embedded:"))) {
            DockerAvailability.problem().ifPresent(p -> {
                throw new IllegalArgumentException("--sender needs Docker for containers: " + p);
            });
        }
        Judgement judgement = new Judgement(PolicyProfile.parse(profile), Optional.ofNullable(tags), reports.strict(),
                reports.language());
        DeliveryDriver.Timing timing = names.stream().allMatch(n -> n.startsWith("embedded:"))
                ? DeliveryDriver.Timing.embedded() : DeliveryDriver.Timing.defaults();
        OutboundRun.Plan plan = new OutboundRun.Plan(names, judgement, reports.destination(), timing, 3);
        RunOutcome outcome = OutboundRun.execute(plan);
        PrintWriter out = spec.commandLine().getOut();
        out.print(reports.console().render(outcome.summary(), outcome.htmlReport().orElse(null), outcome.json()));
        out.printf(judgement.language().text("console.junit") + "%n", outcome.junitXml());
        outcome.htmlProblem().ifPresent(p -> spec.commandLine().getErr().println("HTML report not generated: " + p));
        out.flush();
        return outcome.exitCode();
    }
}
