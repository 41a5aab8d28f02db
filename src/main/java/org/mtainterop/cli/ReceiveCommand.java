package org.mtainterop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.adversary.mtasts.PolicyHttpsServer;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.AdversarialReceiver;
import org.mtainterop.adversary.smtp.SessionFacts;
import org.mtainterop.dane.DaneTestZone;
import org.mtainterop.dane.DaneZoneWriter;
import org.mtainterop.dane.TlsaAssociation;
import org.mtainterop.net.MailService;
import org.mtainterop.operators.OperatorsFile;
import org.mtainterop.operators.SenderAttribution;
import org.mtainterop.pki.PemCodec;
import org.mtainterop.pki.TestPki;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.report.ExitCodes;
import org.mtainterop.run.Judgement;
import org.mtainterop.run.OutboundRun;
import org.mtainterop.run.RunOutcome;
import org.mtainterop.run.TargetSpec;
import org.mtainterop.sender.DeliveryAttempt;
import org.mtainterop.sender.DeliveryDriver;
import org.mtainterop.sender.QueueState;
import org.mtainterop.sender.SenderFacts;
import org.mtainterop.sender.SenderTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code receive}: the harness as the receiving MX of a live operator's sending MTA. Each finished session
 * becomes one target of the report (named after the client's address and EHLO name), judged by the outbound
 * features on the receiver profiles it met: a requirement with several cases (DOWNGRADE-03, CERT-06) is judged on
 * the observed ones and says which were not observed; one with no observed case is "not tested".
 */
@Command(name = "receive", mixinStandardHelpOptions = true,
        description = {"Listen as an adversarial receiving MX and judge the sending MTAs that deliver to it.",
            "Point a test domain's MX at HOST:PORT and send a message to any address of it.",
            "With --protocol submission, imap or pop3 it is a user's mail server instead, for testing mail programs",
            "(CLIENT-01..05): any credentials are accepted, none is ever kept or printed.",
            "Exits after --sessions sessions or --timeout seconds; otherwise serves until Ctrl-C,",
            "which writes the report of the sessions so far.",
            "Exit codes: 0 passed, 1 a @must requirement failed, 2 usage error, 3 nothing judged or could not test."})
public final class ReceiveCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--profile", paramLabel = "PROFILE[,PROFILE...]|all", defaultValue = "compliant", description = {
        "How the receiver behaves (default: ${DEFAULT-VALUE}): compliant, no-starttls, starttls-454, handshake-abort,",
        "expired-cert, self-signed, wrong-host, untrusted-ca, bad-signature, tls10-only, fake-extension-before-tls,",
        "inject-after-220, fail-first-handshake; DANE (with --dane-zones): dane-matching, dane-ta-matching,",
        "dane-wrong-tlsa, dane-ee-expired-wrong-name, dane-bogus, dane-insecure, dane-pkix-only, dane-ta-wrong-name,",
        "dane-ta-not-sent; MTA-STS (with --mta-sts-dir and/or --mta-sts-serve, one per run): mta-sts-enforce-valid,",
        "mta-sts-enforce-mx-mismatch, mta-sts-enforce-wrong-name, mta-sts-enforce-no-starttls,",
        "mta-sts-testing-wrong-name. Several, comma-separated, or all: each client's successive sessions meet the next",
        "one (a retrying sender walks through them); all (DANE and MTA-STS profiles excepted) puts the profiles a",
        "verifying sender must refuse first and compliant last.",
        "With --protocol submission|imap|pop3: compliant, no-starttls, starttls-error, handshake-abort, expired-cert,",
        "wrong-host, self-signed, untrusted-ca, response-injection, tampered-capabilities, implicit-plaintext."})
    private String profile;

    @Option(names = "--protocol", paramLabel = "smtp|submission|imap|pop3", defaultValue = "smtp", description = {
        "What to serve (default: ${DEFAULT-VALUE}): smtp judges sending MTAs; submission, imap and pop3 judge mail",
        "programs (users' clients) against the access server profiles."})
    private String protocol;

    @Option(names = "--tls", paramLabel = "starttls|implicit", defaultValue = "starttls", description = {
        "For submission, imap and pop3: TLS after STARTTLS/STLS (default) or from the first byte (465, 993, 995);",
        "implicit-plaintext is the negative control of implicit, compliant the positive one."})
    private String tls;

    @Option(names = "--listen", paramLabel = "HOST:PORT", required = true,
            description = {"Address to listen on (port 25 by default; 587, 143, 110 or 465, 993, 995 for the access",
                "protocols); an address of this host, e.g. 192.0.2.10:25 or 127.0.0.1:2525."})
    private String listen;

    @Option(names = "--hostname", paramLabel = "NAME", defaultValue = "mx.mta-interop.test",
            description = "The MX name: banner, EHLO reply and the certificate's name (default: ${DEFAULT-VALUE}).")
    private String hostname;

    @Option(names = "--sessions", paramLabel = "N", description = "Exit after N finished sessions.")
    private Integer sessions;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Exit after this many seconds.")
    private Integer timeoutSeconds;

    @Option(names = "--requirements", paramLabel = "pilot|anssi|modern", defaultValue = "modern",
            description = "Requirement profile to judge with (default: ${DEFAULT-VALUE}).")
    private String requirements;

    @Option(names = "--operators", paramLabel = "FILE", description = {"An operators file (YAML): sessions whose client address or",
        "EHLO name matches an operator's senders are reported as <operator>/<client>."})
    private Path operatorsFile;

    private SenderAttribution attribution = SenderAttribution.none();
    private final Map<String, String> operatorOf = new HashMap<>();

    @Option(names = "--write-ca", paramLabel = "PEM", description = "Write this run's test root CA here, for a sender that verifies.")
    private Path writeCa;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "20", description = "Per client line (default: ${DEFAULT-VALUE}).")
    private int readTimeout;

    @Option(names = "--session-deadline", paramLabel = "SECONDS", defaultValue = "120", description = "Per session (default: ${DEFAULT-VALUE}).")
    private int sessionDeadline;

    @Option(names = "--dane-zones", paramLabel = "DIR", description = {"With a dane-* profile: write the zone it needs here",
        "(zones.list, <zone>.zone for the mta-interop/dns test bed, <zone>.zonefile for your own server; see README,",
        "\"DANE outbound\"). The zone is the parent of --hostname."})
    private Path daneZones;

    @Option(names = "--dane-address", paramLabel = "IP", description = {"The address(es) the zone gives the MX",
        "(default: the --listen address), e.g. the public address a NAT forwards to this host."})
    private List<String> daneAddresses = new ArrayList<>();

    @Option(names = "--dane-port", paramLabel = "PORT", defaultValue = "25", description = {"The port of the TLSA owner",
        "name _PORT._tcp.<hostname> (default: ${DEFAULT-VALUE}, where MX delivery connects)."})
    private int danePort;

    @Option(names = "--mta-sts-dir", paramLabel = "DIR", description = {"With an mta-sts-* profile: write what its",
        "recipient domain (the parent of --hostname) publishes here: zones.list, <domain>.zone, <domain>.zonefile (MX,",
        "A/AAAA, _mta-sts TXT, mta-sts.<domain>, _smtp._tls TXT) and mta-sts.<domain>/.well-known/mta-sts.txt (the",
        "policy); see README, \"MTA-STS outbound\"."})
    private Path mtaStsDir;

    @Option(names = "--mta-sts-address", paramLabel = "IP", description = {"The address(es) the records give the MX",
        "(default: the --listen address)."})
    private List<String> mtaStsAddresses = new ArrayList<>();

    @Option(names = "--mta-sts-policy-address", paramLabel = "IP", description = {"The address(es) of mta-sts.<domain>",
        "(default: the --mta-sts-serve address, else the MX's)."})
    private List<String> mtaStsPolicyAddresses = new ArrayList<>();

    @Option(names = "--mta-sts-serve", paramLabel = "IP[:PORT]", description = {"Serve the policy over HTTPS here",
        "(port 443 by default) with a certificate for mta-sts.<domain> from the run's test PKI (--write-ca), for test",
        "beds; a live sender needs your own web server and a publicly trusted certificate."})
    private String mtaStsServe;

    @Mixin
    private ReportOptions reports = new ReportOptions();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PolicyProfile judgedWith = PolicyProfile.parse(requirements);
        if (sessions != null && sessions < 1 || timeoutSeconds != null && timeoutSeconds < 1) {
            throw new IllegalArgumentException("--sessions and --timeout must be positive");
        }
        if (operatorsFile != null) {
            attribution = new SenderAttribution(OperatorsFile.load(operatorsFile));
        }
        Optional<MailService> access = accessService();
        if (access.isPresent()) {
            TargetSpec at = TargetSpec.parse(listen, access.get());
            return new AccessReceive(new AccessReceive.Options(access.get(), AccessServerProfile.parse(profile),
                    new InetSocketAddress(InetAddress.getByName(at.host()), at.port()), hostname, sessions, timeoutSeconds,
                    judgedWith, writeCa, Duration.ofSeconds(readTimeout), Duration.ofSeconds(sessionDeadline), reports,
                    attribution)).run(out);
        }
        List<AdversarialProfile> walk = AdversarialProfile.parseList(profile);
        MtaStsPublishing.requireAlone(walk);
        AdversarialProfile chosen = walk.get(0);
        TargetSpec where = TargetSpec.parse(listen);
        InetSocketAddress bind = new InetSocketAddress(InetAddress.getByName(where.host()), where.port());
        TestPki pki = TestPki.generate();
        OutboundRun.Plan plan = new OutboundRun.Plan(List.of(), new Judgement(judgedWith, Optional.empty(), reports.strict(), reports.language()),
                reports.destination(), DeliveryDriver.Timing.defaults(), 1);
        CountDownLatch enough = new CountDownLatch(sessions == null ? Integer.MAX_VALUE : sessions);
        AdversarialReceiver.Settings settings = AdversarialReceiver.Settings.of(bind, hostname, chosen)
                .withTimeouts(Duration.ofSeconds(readTimeout), Duration.ofSeconds(sessionDeadline));
        Optional<PolicyHttpsServer> policyServer = Optional.empty();
        try (AdversarialReceiver receiver = AdversarialReceiver.start(settings, pki)) {
            if (walk.size() > 1) {
                receiver.rotate(walk);
            }
            if (writeCa != null) {
                Files.writeString(writeCa, PemCodec.encodeCertificate(pki.rootCertificate()), StandardCharsets.US_ASCII);
            }
            writeDaneZones(receiver, walk, bind.getAddress(), out);
            policyServer = new MtaStsPublishing(mtaStsDir, mtaStsAddresses, mtaStsPolicyAddresses, mtaStsServe)
                    .publish(receiver, walk, bind.getAddress(), out);
            receiver.onSession(s -> {
                out.println("session (" + s.profile().label() + "): " + s.summary());
                enough.countDown();
            });
            out.println("receiving as " + hostname + " on " + receiver.endpoint().host() + ":" + receiver.port()
                    + (walk.size() == 1 ? ", profile " + chosen.label() + " (" + chosen.description() + ")"
                    : ", each client's sessions walking through the profiles " + String.join(", ",
                            walk.stream().map(AdversarialProfile::label).toList())));
            out.flush();
            AtomicBoolean reported = new AtomicBoolean();
            int[] exit = {ExitCodes.COULD_NOT_TEST};
            Thread hook = new Thread(() -> {
                if (reported.compareAndSet(false, true)) {
                    exit[0] = report(plan, receiver, out);
                }
            }, "mta-interop-receive-report");
            Runtime.getRuntime().addShutdownHook(hook);
            if (timeoutSeconds != null) {
                enough.await(timeoutSeconds, TimeUnit.SECONDS);
            } else {
                enough.await();
            }
            Runtime.getRuntime().removeShutdownHook(hook);
            if (reported.compareAndSet(false, true)) {
                exit[0] = report(plan, receiver, out);
            }
            return exit[0];
        } finally {
            policyServer.ifPresent(PolicyHttpsServer::close);
        }
    }

    /** The access service asked for with --protocol and --tls; empty for smtp (the sending-MTA receiver). */
    private Optional<MailService> accessService() {
        boolean implicit = switch (tls.strip().toLowerCase(Locale.ROOT)) {
            case "starttls" -> false;
            case "implicit" -> true;
            default -> throw new IllegalArgumentException("--tls must be starttls or implicit, not '" + tls + "'");
        };
        MailService service = switch (protocol.strip().toLowerCase(Locale.ROOT)) {
            case "smtp" -> MailService.SMTP;
            case "submission" -> implicit ? MailService.SUBMISSIONS : MailService.SUBMISSION;
            case "imap" -> implicit ? MailService.IMAPS : MailService.IMAP;
            case "pop3" -> implicit ? MailService.POP3S : MailService.POP3;
            default -> throw new IllegalArgumentException("--protocol must be smtp, submission, imap or pop3, not '"
                    + protocol + "'");
        };
        if (service == MailService.SMTP && implicit) {
            throw new IllegalArgumentException("--tls implicit is for submission, imap and pop3; SMTP between MTAs uses STARTTLS");
        }
        return service == MailService.SMTP ? Optional.empty() : Optional.of(service);
    }

    /** --dane-zones: the zones of the DANE profiles among {@code profiles}, from this receiver's certificates. */
    private void writeDaneZones(AdversarialReceiver receiver, List<AdversarialProfile> profiles, InetAddress listening,
                                PrintWriter out) throws IOException {
        if (daneZones == null) {
            return;
        }
        List<InetAddress> addresses = MtaStsPublishing.ipLiterals("--dane-address", daneAddresses);
        if (addresses.isEmpty()) {
            if (listening.isAnyLocalAddress()) {
                throw new IllegalArgumentException("--dane-zones with a wildcard --listen address needs --dane-address");
            }
            addresses.add(listening);
        }
        List<DaneTestZone> zones = profiles.stream().flatMap(p -> receiver.daneZone(p, addresses, danePort).stream()).toList();
        if (zones.isEmpty()) {
            throw new IllegalArgumentException("--dane-zones needs a dane-* profile (" + profiles.stream()
                    .map(AdversarialProfile::label).toList() + " publish nothing in DNS)");
        }
        for (Path written : new DaneZoneWriter("ns." + zones.get(0).zone()).write(daneZones, zones)) {
            out.println("DANE zone file: " + written);
        }
        zones.forEach(z -> out.println("DANE zone " + z.zone() + ": " + z.signing().description() + "; " + z.tlsaOwner()
                + " " + z.tlsa().stream().map(TlsaAssociation::toString).toList()));
    }

    /** What was seen of one sender in one receiver profile; its queue is not visible from here. */
    private static DeliveryAttempt observedAttempt(AdversarialProfile met, String sender, List<SessionFacts> its) {
        var delivered = its.stream().flatMap(s -> s.delivered().stream()).findFirst();
        return new DeliveryAttempt(met, sender, its, delivered,
                QueueState.unknown(org.mtainterop.policy.Reason.of("QueueState.notVisible")),
                Duration.between(its.get(0).started(), its.get(its.size() - 1).ended()), Optional.empty());
    }

    private int report(OutboundRun.Plan plan, AdversarialReceiver receiver, PrintWriter out) {
        List<SessionFacts> seen = receiver.sessions();
        if (seen.isEmpty()) {
            out.println("no session was received: nothing to judge");
            out.flush();
            return ExitCodes.COULD_NOT_TEST;
        }
        // one target per sending host: its sessions together, so a retry is judged with the first attempt
        Map<String, List<SessionFacts>> bySender = new LinkedHashMap<>();
        for (SessionFacts s : seen) {
            String client = s.clientAddress() + " " + s.clientName();
            String name = attribution.targetName(s.clientAddress(), s.clientName(), client);
            attribution.operatorOf(s.clientAddress(), s.clientName()).ifPresent(o -> operatorOf.put(name, o.header()));
            bySender.computeIfAbsent(name, k -> new ArrayList<>()).add(s);
        }
        List<SenderTarget> targets = new ArrayList<>();
        bySender.forEach((name, its) -> {
            // one attempt per receiver profile the sender met: each requirement is judged on the profiles observed
            Map<AdversarialProfile, List<SessionFacts>> byProfile = new EnumMap<>(AdversarialProfile.class);
            its.forEach(s -> byProfile.computeIfAbsent(s.profile(), p -> new ArrayList<>()).add(s));
            Map<AdversarialProfile, DeliveryAttempt> attempts = new EnumMap<>(AdversarialProfile.class);
            byProfile.forEach((met, sessionsInIt) -> attempts.put(met, observedAttempt(met, name, sessionsInIt)));
            SenderFacts facts = SenderFacts.observed(name, receiver.hostname(), attempts);
            targets.add(new SenderTarget(name, receiver.endpoint(), its.size() + " session(s) from " + name
                    + " ending " + its.get(its.size() - 1).ended(), facts, List.of()));
        });
        try {
            // the features of the profiles met: MTA-STS (features/mta-sts), DANE (features/dane), else features/outbound
            boolean mtaSts = seen.stream().anyMatch(session -> session.profile().mtaSts());
            boolean dane = seen.stream().anyMatch(session -> session.profile().dane());
            RunOutcome outcome = mtaSts ? OutboundRun.judgeMtaSts(plan, targets)
                    : dane ? OutboundRun.judgeDane(plan, targets) : OutboundRun.judge(plan, targets);
            out.print(reports.console().groupedBy(operatorOf).render(outcome.summary(), outcome.htmlReport().orElse(null), outcome.json()));
            out.printf(reports.language().text("console.junit") + "%n", outcome.junitXml());
            outcome.htmlProblem().ifPresent(p -> out.println("HTML report not generated: " + p));
            out.flush();
            return outcome.exitCode();
        } catch (IOException e) {
            out.println("cannot write the report: " + e.getMessage());
            out.flush();
            return ExitCodes.COULD_NOT_TEST;
        }
    }
}
