package org.mtainterop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mtainterop.adversary.access.AccessAdversarialServer;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.adversary.access.AccessSessionFacts;
import org.mtainterop.net.MailService;
import org.mtainterop.operators.SenderAttribution;
import org.mtainterop.pki.PemCodec;
import org.mtainterop.pki.TestPki;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.clients.ClientCheck;
import org.mtainterop.policy.clients.ClientChecks;
import org.mtainterop.report.ExitCodes;
import org.mtainterop.report.RequirementResult;
import org.mtainterop.report.TargetReport;
import org.mtainterop.run.HarnessHome;
import org.mtainterop.run.Judgement;
import org.mtainterop.run.RunOutcome;
import org.mtainterop.run.RunReports;

/**
 * {@code receive --protocol submission|imap|pop3}: the harness as a user's mail server for mail programs under
 * test. Each finished session prints one line; at the end every client (by address, named with its first
 * identification) becomes one report target, judged by the CLIENT-0x checks for the server profile it met, in the
 * JSON schema of every run, with Allure results carrying the redacted transcripts.
 */
final class AccessReceive {
    /** What {@code receive} was asked, for an access protocol. */
    record Options(MailService service, AccessServerProfile profile, InetSocketAddress bind, String hostname,
                   Integer sessions, Integer timeoutSeconds, PolicyProfile policy, Path writeCa, Duration readTimeout,
                   Duration sessionDeadline, ReportOptions reports, SenderAttribution attribution) {
    }

    private final Options options;
    private final Map<String, String> operatorOf = new HashMap<>();

    AccessReceive(Options options) {
        this.options = options;
    }

    int run(PrintWriter out) throws IOException, InterruptedException {
        AccessAdversarialServer.Settings settings = AccessAdversarialServer.Settings.of(options.bind(), options.hostname(),
                options.service(), options.profile()).withTimeouts(options.readTimeout(), options.sessionDeadline());
        TestPki pki = TestPki.generate();
        Instant startedAt = Instant.now();
        CountDownLatch enough = new CountDownLatch(options.sessions() == null ? Integer.MAX_VALUE : options.sessions());
        try (AccessAdversarialServer server = AccessAdversarialServer.start(settings, pki)) {
            if (options.writeCa() != null) {
                Files.writeString(options.writeCa(), PemCodec.encodeCertificate(pki.rootCertificate()), StandardCharsets.US_ASCII);
            }
            server.onSession(s -> {
                out.println("session: " + s.summary());
                out.flush();
                enough.countDown();
            });
            out.println("serving " + options.service().label() + " as " + options.hostname() + " on "
                    + server.endpoint().host() + ":" + server.port() + ", profile " + options.profile().label() + " ("
                    + options.profile().description() + ")");
            out.flush();
            AtomicBoolean reported = new AtomicBoolean();
            int[] exit = {ExitCodes.COULD_NOT_TEST};
            Thread hook = new Thread(() -> {
                if (reported.compareAndSet(false, true)) {
                    exit[0] = report(server, startedAt, out);
                }
            }, "mta-interop-receive-report");
            Runtime.getRuntime().addShutdownHook(hook);
            if (options.timeoutSeconds() != null) {
                enough.await(options.timeoutSeconds(), TimeUnit.SECONDS);
            } else {
                enough.await();
            }
            Runtime.getRuntime().removeShutdownHook(hook);
            if (reported.compareAndSet(false, true)) {
                exit[0] = report(server, startedAt, out);
            }
            return exit[0];
        }
    }

    private int report(AccessAdversarialServer server, Instant startedAt, PrintWriter out) {
        List<AccessSessionFacts> seen = server.sessions();
        if (seen.isEmpty()) {
            out.println("no session was received: nothing to judge");
            out.flush();
            return ExitCodes.COULD_NOT_TEST;
        }
        try {
            Path allureResults = RunReports.freshAllureResults(options.reports().reportDir(), options.reports().language());
            ClientAllureResults allure = new ClientAllureResults(allureResults, options.reports().language());
            List<TargetReport> targets = new ArrayList<>();
            byClient(seen).forEach((name, its) -> targets.add(judge(server, name, its, allure)));
            Map<String, String> env = new LinkedHashMap<>();
            env.put("harness.version", HarnessHome.version());
            env.put("direction", "client");
            env.put("service", options.service().label());
            env.put("server.profile", options.profile().label());
            env.put("profile", options.policy().label());
            RunOutcome outcome = RunReports.finish(startedAt, targets, env,
                    new Judgement(options.policy(), Optional.empty(), options.reports().strict(),
                            options.reports().language()),
                    options.reports().destination(), allureResults);
            outcome.htmlProblem().ifPresent(p -> out.println("HTML report not generated: " + p));
            out.print(options.reports().console().groupedBy(operatorOf).render(outcome.summary(),
                    outcome.htmlReport().orElse(null), outcome.json()));
            out.printf(options.reports().language().text("console.junit") + "%n", outcome.junitXml());
            out.flush();
            return outcome.exitCode();
        } catch (IOException e) {
            out.println("cannot write the report: " + e.getMessage());
            out.flush();
            return ExitCodes.COULD_NOT_TEST;
        }
    }

    /** One target per client address, named after its address and the first identification it gave. */
    private Map<String, List<AccessSessionFacts>> byClient(List<AccessSessionFacts> seen) {
        Map<String, List<AccessSessionFacts>> byAddress = new LinkedHashMap<>();
        seen.forEach(s -> byAddress.computeIfAbsent(s.clientAddress(), a -> new ArrayList<>()).add(s));
        Map<String, List<AccessSessionFacts>> named = new LinkedHashMap<>();
        byAddress.forEach((address, its) -> {
            String id = its.stream().flatMap(s -> s.clientIdentification().stream()).findFirst().orElse("");
            String client = id.isEmpty() ? address : address + " " + id;
            String name = options.attribution().targetName(address, id, client);
            options.attribution().operatorOf(address, id).ifPresent(o -> operatorOf.put(name, o.header()));
            named.put(name, its);
        });
        return named;
    }

    private TargetReport judge(AccessAdversarialServer server, String name, List<AccessSessionFacts> its,
                               ClientAllureResults allure) {
        long durationMs = its.stream().mapToLong(s -> s.duration().toMillis()).sum();
        List<RequirementResult> results = new ArrayList<>();
        for (ClientCheck check : ClientChecks.includedIn(options.policy())) {
            Verdict verdict = check.judge(options.profile(), its);
            results.add(new RequirementResult(check.requirementId(), verdict.outcome(), check.requirement().severity(),
                    List.of(check.requirement().profile().label()), verdict.message(options.reports().language()),
                    Math.max(0, durationMs)));
            allure.write(name, check.requirement(), verdict, its);
        }
        return new TargetReport(name, server.endpoint().host(), server.port(), server.hostname(), results);
    }
}
