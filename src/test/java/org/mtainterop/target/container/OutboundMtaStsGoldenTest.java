package org.mtainterop.target.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.adversary.mtasts.PolicyHttpsServer;
import org.mtainterop.adversary.mtasts.PolicyServerFault;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.AdversarialReceiver;
import org.mtainterop.dns.testbed.DnsTestBed;
import org.mtainterop.dns.testbed.ZoneMode;
import org.mtainterop.mtasts.MtaStsTestDomain;
import org.mtainterop.pki.IssuedCredential;
import org.mtainterop.pki.TestPki;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.report.TargetReport;
import org.mtainterop.run.Judgement;
import org.mtainterop.run.OutboundRun;
import org.mtainterop.run.ReportDestination;
import org.mtainterop.run.RunOutcome;
import org.mtainterop.sender.ContainerSender;
import org.mtainterop.sender.DeliveryAttempt;
import org.mtainterop.sender.DeliveryDriver;
import org.mtainterop.sender.SenderFacts;
import org.mtainterop.sender.SenderTarget;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Network;

/**
 * MTA-STS senders (RFC 8461, MTASTS-04) against the adversarial receiver, one recipient domain per MTA-STS profile:
 * its records (MX, A, {@code _mta-sts} TXT, {@code mta-sts.<domain>}) from {@link AdversarialReceiver#mtaStsDomain},
 * served by the test bed's NSD and resolved through its Unbound, and its policy served over HTTPS by the harness's
 * policy server with a certificate for {@code mta-sts.<domain>} from the test PKI. Per case a fresh Postfix 3.7 +
 * postfix-mta-sts-resolver 1.1.2 container ({@code mta-interop/postfix-mta-sts}) routes only that domain, resolving
 * only through the bed, on an internal network whose only other host is the harness (receivers and policy server on
 * the network's gateway address). Every case's outcome, and MTASTS-04 as judged by features/mta-sts, must equal
 * containers/golden-outbound-mta-sts.tsv (shown in containers/README.md). Exim and OpenSMTPD have no MTA-STS client:
 * their rows say "n/a". Regenerate with {@code -Dtest=OutboundMtaStsGoldenTest -Dgolden.update=true}.
 */
class OutboundMtaStsGoldenTest {
    private static final String SENDER = "postfix:mta-sts";
    private static final List<String> WITHOUT_MTA_STS = List.of("exim:mta-sts", "opensmtpd:mta-sts");
    private static final List<AdversarialProfile> CASES =
            Arrays.stream(AdversarialProfile.values()).filter(AdversarialProfile::mtaSts).toList();
    private static final DeliveryDriver.Timing TIMING =
            new DeliveryDriver.Timing(Duration.ofSeconds(40), Duration.ofMillis(2500), Duration.ofSeconds(8));

    @TempDir
    static Path reports;
    private static Network network;
    private static DnsTestBed bed;
    private static PolicyHttpsServer policies;
    private static final Map<AdversarialProfile, AdversarialReceiver> receivers = new EnumMap<>(AdversarialProfile.class);
    private static final Map<AdversarialProfile, MtaStsTestDomain> domains = new EnumMap<>(AdversarialProfile.class);
    private static final Map<AdversarialProfile, DeliveryAttempt> attempts = new EnumMap<>(AdversarialProfile.class);
    private static final Map<AdversarialProfile, String> logs = new EnumMap<>(AdversarialProfile.class);
    private static RunOutcome judged;

    @BeforeAll
    static void deliverEveryCase() throws Exception {
        DockerRequirement.assumeImage(PostfixMtaStsContainer.IMAGE, "containers/build-images.sh postfix-mta-sts");
        DnsTestBed.assumeAvailable();
        Instant start = Instant.now();
        TestPki pki = TestPki.generate();
        network = Network.builder().createNetworkCmdModifier(cmd -> cmd.withInternal(true)
                .withName("mta-interop-mta-sts-" + Long.toHexString(System.nanoTime()))).build();
        InetAddress gateway = gatewayOf(network);
        DnsTestBed.Builder zones = DnsTestBed.builder().network(network);
        Map<String, IssuedCredential> policyHosts = new LinkedHashMap<>();
        for (AdversarialProfile profile : CASES) {
            AdversarialReceiver receiver = AdversarialReceiver.start(AdversarialReceiver.Settings.of(
                    new InetSocketAddress(gateway, 0), "mx." + profile.label() + ".test", profile), pki);
            receivers.put(profile, receiver);
            MtaStsTestDomain domain = receiver.mtaStsDomain(profile, List.of(gateway), List.of(gateway), "1")
                    .orElseThrow();
            domains.put(profile, domain);
            policyHosts.put(domain.policyHost(), receiver.policyHostCredential(domain));
            zones.zone(domain.zone(), ZoneMode.UNSIGNED, domain.records());
        }
        policies = PolicyHttpsServer.startForHosts(gateway, 443, policyHosts);
        domains.values().forEach(d -> policies.serve(d.policyHost(), d.policy(), PolicyServerFault.NONE));
        bed = zones.start();
        DeliveryDriver driver = new DeliveryDriver(TIMING);
        for (AdversarialProfile profile : CASES) {
            AdversarialReceiver receiver = receivers.get(profile);
            String domain = domains.get(profile).domain();
            try (ContainerSender sender = ContainerSender.mtaSts(domain, receiver.port(), pki, network,
                    bed.resolverIp())) {
                sender.start();
                attempts.put(profile, driver.attempt(sender, receiver, profile, "bob@" + domain, "alice@postfix.test"));
                logs.put(profile, sender.logs());
            } catch (RuntimeException e) {
                attempts.put(profile, DeliveryAttempt.couldNotTest(profile, SENDER, e.getMessage()));
            }
        }
        judged = OutboundRun.judgeMtaSts(new OutboundRun.Plan(List.of(), Judgement.of(PolicyProfile.MODERN),
                ReportDestination.withoutHtml(reports), TIMING, 1), List.of(new SenderTarget(SENDER,
                receivers.get(AdversarialProfile.MTA_STS_ENFORCE_VALID).endpoint(),
                SENDER + " container (Postfix 3.7, postfix-mta-sts-resolver 1.1.2)",
                SenderFacts.observed(SENDER, receivers.get(AdversarialProfile.MTA_STS_ENFORCE_VALID).hostname(), attempts),
                List.of())));
        attempts.forEach((profile, a) -> System.out.println(SENDER + " " + profile.label() + " "
                + OutboundDaneGoldenTest.outcome(a) + " — " + a.summary() + a.problem().map(p -> " PROBLEM: " + p).orElse("")));
        System.out.println("MTA-STS outbound golden run: " + CASES.size() + " cases in "
                + Duration.between(start, Instant.now()).toSeconds() + " s, " + policies.requests() + " policy fetches");
    }

    @AfterAll
    static void stop() {
        receivers.values().forEach(AdversarialReceiver::close);
        if (policies != null) {
            policies.close();
        }
        if (bed != null) {
            bed.close();
        }
        if (network != null) {
            network.close();
        }
    }

    private static Map<String, String> table() {
        Map<String, String> table = new TreeMap<>();
        attempts.forEach((p, a) -> table.put(SENDER + "\t" + p.label(), OutboundDaneGoldenTest.outcome(a)));
        for (TargetReport t : judged.summary().targets()) {
            t.results().forEach(r -> table.merge(t.name() + "\t" + r.requirement(), r.status().label(),
                    (x, y) -> x.equals(y) ? x : x + "/" + y));
        }
        WITHOUT_MTA_STS.forEach(sender -> CASES.forEach(p -> table.put(sender + "\t" + p.label(), "n/a")));
        return table;
    }

    @Test
    void everyMtaStsSenderGivesItsGoldenOutcomes() throws IOException {
        GoldenTable golden = new GoldenTable("golden-outbound-mta-sts", "sender \\ case", "Golden MTA-STS outbound outcomes",
                Comparator.comparingInt(OutboundMtaStsGoldenTest::columnIndex).thenComparing(Comparator.naturalOrder()),
                cell -> cell.equals("failed") ? "**FAIL**" : cell.equals("passed") ? "pass" : cell);
        assertThat(golden.differencesFrom(table(), OutboundMtaStsGoldenTest::explain, "OutboundMtaStsGoldenTest"))
                .as("differences from " + golden.path()).isEmpty();
    }

    @Test
    void theSenderFetchedThePoliciesOverHttpsAndDeferredForTlsNotForWantOfARoute() {
        assertThat(policies.requests()).as("policy fetches over HTTPS").isPositive();
        attempts.forEach((profile, a) -> {
            if (!profile.mtaStsPublication().orElseThrow().delivers() && a.deferred()) {
                // the Postfix log says why: the policy's TLS demands (certificate, name, STARTTLS), not DNS or routing
                assertThat(logs.getOrDefault(profile, "").lines().filter(l -> l.contains("bob@" + domains.get(profile).domain())))
                        .as(profile.label() + ": " + logs.get(profile))
                        .anyMatch(l -> l.matches(".*status=deferred \\(.*(TLS|[Cc]ertificate|verif).*"));
            }
        });
    }

    /** Cases in the profiles' order, then the requirement IDs. */
    private static int columnIndex(String column) {
        int index = CASES.stream().map(AdversarialProfile::label).toList().indexOf(column);
        return index >= 0 ? index : CASES.size();
    }

    private static String explain(String key) {
        String[] parts = key.split("\t");
        return attempts.entrySet().stream().filter(e -> parts[0].equals(SENDER) && e.getKey().label().equals(parts[1]))
                .map(e -> e.getValue().summary() + e.getValue().problem().map(p -> " (" + p + ")").orElse(""))
                .findFirst().orElse(judged.summary().targets().stream().filter(t -> t.name().equals(parts[0]))
                        .flatMap(t -> t.results().stream()).filter(r -> r.requirement().equals(parts[1]))
                        .map(r -> r.message()).reduce((x, y) -> x + " | " + y).orElse(""));
    }

    private static InetAddress gatewayOf(Network network) throws IOException {
        String gateway = DockerClientFactory.instance().client().inspectNetworkCmd().withNetworkId(network.getId())
                .exec().getIpam().getConfig().get(0).getGateway();
        return InetAddress.getByName(gateway);
    }

}
