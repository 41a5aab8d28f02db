package org.mtainterop.cli;

import io.cucumber.tagexpressions.TagExpressionParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mtainterop.dns.DnsLookups;
import org.mtainterop.dns.DnsResolverSettings;
import org.mtainterop.net.MailService;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.operators.DnsMxLookup;
import org.mtainterop.operators.Operator;
import org.mtainterop.operators.OperatorMx;
import org.mtainterop.operators.OperatorsFile;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.probe.ProbeSettings;
import org.mtainterop.report.OperatorsMatrixReport;
import org.mtainterop.report.ExitCodes;
import org.mtainterop.run.HarnessRun;
import org.mtainterop.run.DomainSpec;
import org.mtainterop.run.Judgement;
import org.mtainterop.run.LiveTargetPolicy;
import org.mtainterop.run.RunOutcome;
import org.mtainterop.run.RunPlan;
import org.mtainterop.run.Shard;
import org.mtainterop.run.ShardSelection;
import org.mtainterop.run.TargetSpec;
import org.mtainterop.target.container.DovecotProfile;
import org.mtainterop.target.container.DovecotTargets;
import org.mtainterop.target.container.ReferenceSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code run}: probe receiving MTAs (the embedded reference targets by default) and judge them. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Probe receiving MTAs on port 25 (or submission, IMAP, POP3 services with --service)",
            "and judge them against the requirement catalog.",
            "Without --target, runs against the embedded reference targets.",
            "Exit codes: 0 every @must requirement passed, 1 one failed, 2 usage or configuration error,",
            "3 nothing failed but something could not be tested."})
public final class RunCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--target", paramLabel = "HOST[:PORT]", description = "A receiving MTA to probe (repeatable; port 25 by default).")
    private List<String> targets = new ArrayList<>();

    @Option(names = "--reference", paramLabel = "MTA[:PROFILE]", description = {"A reference MTA container to start and judge (repeatable):",
        "postfix, exim or opensmtpd; profile compliant (default), stock, no-starttls, legacy-tls,",
        "weak-ciphers, expired-cert, wrong-host, self-signed, long-lived-cert, long-tickets (Postfix only),",
        "ocsp-stapled, ocsp-untrusted-signer, no-ems (Exim only), weak-groups, compression (Postfix only);",
        "'all' = every MTA in every profile it has.",
        "dovecot[:PROFILE] (compliant, plaintext-auth-allowed, no-tls, expired-cert, wrong-host, legacy-tls, all):",
        "its submission, IMAP and POP3 services. Needs Docker."})
    private List<String> references = new ArrayList<>();

    @Option(names = "--operators", paramLabel = "FILE", description = {"An operators file (YAML): judge every MX of every partner",
        "operator, each with its profile and trust_ca. Not with --target or --reference."})
    private Path operatorsFile;

    @Option(names = "--domain", paramLabel = "DOMAIN", description = {"A mail domain to judge (repeatable): its MX, the A/AAAA of each MX and",
        "the TLSA at _25._tcp.<mx>, each with its DNSSEC status (features/dane); each MX address becomes a",
        "port-25 target checked against the MX name. The profile defaults to modern with --domain."})
    private List<String> domains = new ArrayList<>();

    @Option(names = "--resolver", paramLabel = "HOST[:PORT]", description = {"The DNS server for --domain and operators' domains",
        "(default: the system's first resolver)."})
    private String resolver;

    @Option(names = "--mta-sts-state", paramLabel = "FILE", description = {"What the previous run saw of each domain's",
        "MTA-STS id and policy (JSON, read first, rewritten after the run): MTASTS-01 then says whether the id changed",
        "with the policy. Absent file: the first run."})
    private Path mtaStsState;

    @Option(names = "--trust-anchor", paramLabel = "FILE", description = {"DS or DNSKEY lines: the harness validates DNSSEC itself",
        "from these anchors. Without it, the resolver's AD bit is trusted (and the report says so)."})
    private Path trustAnchor;

    @Option(names = {"--mx-name", "--server-name"}, paramLabel = "NAME", description = {"The name certificates are checked against,",
        "for every service: the MX host name, or the server name users configure (default: the target host)."})
    private String mxName;

    @Option(names = "--service", paramLabel = "SERVICE", description = {"What --target speaks: smtp (default; port 25), submission (587),",
        "submissions (465), imap (143), imaps (993), pop3 (110), pop3s (995). A URL target (imap://HOST:PORT) names its own."})
    private String service = "smtp";

    @Option(names = "--trust-ca", paramLabel = "PEM", description = "Extra trusted CA certificates, PEM (repeatable), beside the JDK trust store.")
    private List<Path> trustCas = new ArrayList<>();

    @Option(names = "--ehlo-name", paramLabel = "NAME", description = "The name the harness gives in EHLO (default: ${DEFAULT-VALUE}).")
    private String ehloName = ProbeSettings.DEFAULT_EHLO_NAME;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "pilot, anssi or modern; cumulative (default: ${DEFAULT-VALUE}).")
    private String profile = "pilot";

    @Option(names = "--tags", paramLabel = "EXPR", description = "An extra Cucumber tag expression, e.g. '@REQ-CERT-01 or @REQ-CERT-02'.")
    private String tags;

    @Mixin
    private ReportOptions reports = new ReportOptions();

    /** The operators of {@code --operators}, in the file's order, once {@link #plan()} has read it. */
    private List<Operator> loadedOperators = List.of();

    @Option(names = "--shard", paramLabel = "I/N", description = {"Judge only shard I of N (numbered from 1): each target and mail domain",
        "goes to one shard by a hash of its name, whatever the order of the file. Join the shards' report",
        "directories with 'mta-interop merge'."})
    private String shard;

    @Option(names = "--max-connections-per-host", paramLabel = "N", description = "Connections to one server (address and port) at once, shared by the targets there (default: ${DEFAULT-VALUE}).")
    private int maxConnectionsPerHost = RunPlan.Connections.DEFAULT_MAX_CONNECTIONS_PER_HOST;

    @Option(names = "--parallel-targets", paramLabel = "N", description = "Targets probed at once (default: ${DEFAULT-VALUE}).")
    private int parallelTargets = RunPlan.Connections.DEFAULT_PARALLEL_TARGETS;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", description = "Wait at most this long for a TCP connection (default: ${DEFAULT-VALUE}).")
    private int connectTimeout = 10;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", description = "Wait at most this long for each reply (default: ${DEFAULT-VALUE}).")
    private int readTimeout = 15;

    @Option(names = "--deadline", paramLabel = "SECONDS", description = {"Give up on one session after this long, however lively the server, and on the whole target",
        "this long after its first connection (default: ${DEFAULT-VALUE})."})
    private int deadline = 45;

    @Option(names = "--allow-transaction", description = {"Let probes send MAIL (and RCPT only to --rcpt) to a live target.",
        "Without it a live MX never sees MAIL, RCPT or DATA; STARTTLS-03 is then skipped."})
    private boolean allowTransaction;

    @Option(names = "--rcpt", paramLabel = "ADDRESS", description = "With --allow-transaction: the one recipient a probe may name (a mailbox you own).")
    private String rcpt;

    @Option(names = "--min-interval", paramLabel = "MILLIS", description = {"Least time between connection starts to one live target: a floor under the adaptive pacing",
        "(default: ${DEFAULT-VALUE}: none while the server is happy; embedded and containers: 0)."})
    private int minIntervalMillis = (int) LiveTargetPolicy.DEFAULT_MIN_INTERVAL.toMillis();

    @Override
    public Integer call() throws Exception {
        RunPlan plan = plan();
        RunOutcome outcome = new HarnessRun(plan).execute();
        var out = spec.commandLine().getOut();
        Judgement judgement = plan.judgement();
        boolean emptyShard = !plan.reports().shard().whole() && ShardSelection.empty(plan.targets());
        if (judgement.tags().isPresent() && !emptyShard
                && outcome.summary().targets().stream().allMatch(t -> t.results().isEmpty())) {
            spec.commandLine().getErr().println("mta-interop: no scenario matches --tags '" + judgement.tags().get()
                    + "' for these targets and profile " + judgement.profile().label() + " (see features/requirements.md)");
            return ExitCodes.USAGE_ERROR;
        }
        Map<String, String> operatorOf = new HashMap<>();
        plan.targets().operators().forEach(mx -> operatorOf.put(mx.target().name(), mx.operator().header()));
        plan.targets().domains().forEach(d -> d.operator().ifPresent(o -> operatorOf.put(d.targetName(), o.header())));
        out.print(reports.console().groupedBy(operatorOf).render(outcome.summary(), outcome.htmlReport().orElse(null), outcome.json()));
        var language = judgement.language();
        out.printf(language.text("console.junit") + "%n", outcome.junitXml());
        if (operatorsFile != null) {
            out.printf(language.text("console.matrix") + "%n", operatorsMatrix(plan, outcome));
        }
        outcome.htmlProblem().ifPresent(p -> spec.commandLine().getErr().println("HTML report not generated: " + p));
        out.flush();
        return outcome.exitCode();
    }

    /** The operators file's one-page matrix (operators x requirements) in the report directory. */
    private Path operatorsMatrix(RunPlan plan, RunOutcome outcome) throws java.io.IOException {
        Map<String, String> operatorOfTarget = new HashMap<>();
        plan.targets().operators().forEach(mx -> operatorOfTarget.put(mx.target().name(), mx.operator().name()));
        plan.targets().domains().forEach(d -> d.operator().ifPresent(o -> operatorOfTarget.put(d.targetName(), o.name())));
        var matrix = OperatorsMatrixReport.of(operatorsFile, loadedOperators, operatorOfTarget, outcome.summary(),
                plan.judgement().language());
        return matrix.write(plan.reports().reportDir()).get(0);
    }

    private List<ReferenceSpec> referenceSpecs() {
        List<ReferenceSpec> specs = new ArrayList<>();
        for (String r : references) {
            if (DovecotTargets.names(r)) {
                continue; // the Dovecot reference: see accessReferences()
            }
            for (ReferenceSpec spec : ReferenceSpec.parse(r)) {
                if (!specs.contains(spec)) {
                    specs.add(spec);
                }
            }
        }
        return specs;
    }

    private List<DovecotProfile> accessReferences() {
        List<DovecotProfile> profiles = new ArrayList<>();
        references.stream().filter(DovecotTargets::names).flatMap(r -> DovecotTargets.parse(r).stream())
                .filter(p -> !profiles.contains(p)).forEach(profiles::add);
        return profiles;
    }

    private LiveTargetPolicy liveTargetPolicy() {
        if (minIntervalMillis < 0 || minIntervalMillis > 60_000) {
            throw new IllegalArgumentException("--min-interval must be between 0 and 60000 milliseconds");
        }
        return new LiveTargetPolicy(allowTransaction, Optional.ofNullable(rcpt), Duration.ofMillis(minIntervalMillis));
    }

    private boolean profileGiven() {
        return spec.commandLine().getParseResult() != null && spec.commandLine().getParseResult().hasMatchedOption("--profile");
    }

    /**
     * How mail domains are looked up. A trust-anchor file with a syntax error is a usage error naming file:line,
     * reported before anything runs; so are --resolver and --trust-anchor without a domain to look up.
     */
    /** {@code --mta-sts-state}, loaded once here so that a malformed file is a usage error before anything runs. */
    private Optional<Path> mtaStsState(boolean domainsToJudge) {
        if (mtaStsState == null) {
            return Optional.empty();
        }
        if (!domainsToJudge) {
            throw new IllegalArgumentException("--mta-sts-state needs a mail domain: give --domain (or an operators file"
                    + " with modern operators)");
        }
        try {
            org.mtainterop.probe.mtasts.MtaStsState.load(mtaStsState);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--mta-sts-state " + e.getMessage(), e);
        }
        return Optional.of(mtaStsState.toAbsolutePath());
    }

    private DnsResolverSettings dnsSettings(boolean domainsToJudge) {
        if (!domainsToJudge && (resolver != null || trustAnchor != null)) {
            throw new IllegalArgumentException((resolver != null ? "--resolver" : "--trust-anchor")
                    + " needs a mail domain to look up: give --domain (or an operators file with modern operators)");
        }
        DnsResolverSettings settings = DnsResolverSettings.system();
        if (resolver != null) {
            try {
                settings = settings.withResolver(DnsResolverSettings.parseResolver(resolver));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--resolver: " + e.getMessage());
            }
        }
        if (trustAnchor != null) {
            settings = settings.withTrustAnchor(trustAnchor.toAbsolutePath());
        }
        if (domainsToJudge) {
            try {
                DnsLookups.create(settings); // a bad trust-anchor file or resolver fails here, before any probe
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException((trustAnchor != null && e.getMessage().startsWith(trustAnchor.toAbsolutePath().toString())
                        ? "--trust-anchor " : "") + e.getMessage());
            }
        }
        return settings;
    }

    /** A malformed {@code --tags} is a usage error naming the option, not a run that silently selects nothing. */
    private void checkTagExpression() {
        if (tags == null) {
            return;
        }
        try {
            TagExpressionParser.parse(tags);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--tags '" + tags + "' is not a tag expression: " + e.getMessage());
        }
    }

    RunPlan plan() {
        MailService defaultService;
        try {
            defaultService = MailService.parse(service);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--service: " + e.getMessage());
        }
        List<TargetSpec> specs = targets.stream().map(t -> TargetSpec.parse(t, defaultService)).toList();
        for (Path ca : trustCas) {
            if (!Files.isReadable(ca)) {
                throw new IllegalArgumentException("--trust-ca " + ca + ": file not found or not readable");
            }
        }
        if (maxConnectionsPerHost < 1 || maxConnectionsPerHost > 64) {
            throw new IllegalArgumentException("--max-connections-per-host must be between 1 and 64");
        }
        if (parallelTargets < 1 || parallelTargets > 256) {
            throw new IllegalArgumentException("--parallel-targets must be between 1 and 256");
        }
        if (ehloName.isBlank() || !ehloName.matches("[A-Za-z0-9.-]+")) {
            throw new IllegalArgumentException("--ehlo-name '" + ehloName + "': not a host name");
        }
        for (var t : Map.of("--connect-timeout", connectTimeout, "--read-timeout", readTimeout,
                "--deadline", deadline).entrySet()) {
            if (t.getValue() < 1 || t.getValue() > 3600) {
                throw new IllegalArgumentException(t.getKey() + " must be between 1 and 3600 seconds");
            }
        }
        NetworkLimits limits = NetworkLimits.defaults().withConnectTimeout(Duration.ofSeconds(connectTimeout))
                .withReadTimeout(Duration.ofSeconds(readTimeout)).withSessionDeadline(Duration.ofSeconds(deadline));
        PolicyProfile chosen;
        try {
            chosen = PolicyProfile.parse(profile);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--profile: " + e.getMessage());
        }
        List<DomainSpec> mailDomains = new ArrayList<>();
        for (String d : domains) {
            DomainSpec domain = DomainSpec.of(d);
            if (mailDomains.stream().noneMatch(m -> m.domain().equals(domain.domain()))) {
                mailDomains.add(domain);
            }
        }
        if (!domains.isEmpty() && !profileGiven()) {
            chosen = PolicyProfile.MODERN; // DANE is in the modern profile (features/requirements.md)
        }
        List<OperatorMx> operatorMxs = List.of();
        if (operatorsFile != null) {
            if (!domains.isEmpty()) {
                throw new IllegalArgumentException("--operators judges the domains of its operators: drop --domain");
            }
            if (!targets.isEmpty() || !references.isEmpty()) {
                throw new IllegalArgumentException("--operators cannot be combined with --target or --reference");
            }
            for (String perOperator : List.of("--profile", "--mx-name", "--server-name", "--service")) {
                if (spec.commandLine().getParseResult() != null
                        && spec.commandLine().getParseResult().hasMatchedOption(perOperator)) {
                    throw new IllegalArgumentException("--operators sets " + perOperator.substring(2)
                            + " per operator in the file: drop " + perOperator);
                }
            }
            List<Operator> operators = OperatorsFile.load(operatorsFile);
            loadedOperators = operators;
            operatorMxs = OperatorMx.of(operators, new DnsMxLookup());
            for (Operator operator : operators) {
                if (operator.profile() == PolicyProfile.MODERN) { // the published (DANE) scenarios are modern ones
                    operator.domains().forEach(d -> mailDomains.add(new DomainSpec(d, Optional.of(operator))));
                }
            }
            chosen = operators.stream().map(Operator::profile).max(Comparator.naturalOrder()).orElse(chosen);
        }
        checkTagExpression();
        var judged = new RunPlan.Targets(specs, Optional.ofNullable(mxName), referenceSpecs(), accessReferences(),
                operatorMxs, mailDomains);
        var judgement = new Judgement(chosen, Optional.ofNullable(tags), reports.strict(), reports.language());
        var connections = new RunPlan.Connections(ehloName, trustCas, limits, maxConnectionsPerHost, parallelTargets,
                liveTargetPolicy(), dnsSettings(!mailDomains.isEmpty()), mtaStsState(!mailDomains.isEmpty()));
        Shard part = shard == null ? Shard.WHOLE : Shard.parse(shard);
        var destination = reports.destination(part);
        return new RunPlan(ShardSelection.of(judged, part), judgement, connections, destination);
    }
}
