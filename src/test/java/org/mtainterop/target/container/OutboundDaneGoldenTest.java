package org.mtainterop.target.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.AdversarialReceiver;
import org.mtainterop.dane.DaneTestZone;
import org.mtainterop.dns.testbed.DnsTestBed;
import org.mtainterop.dns.testbed.ZoneMode;
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
import org.mtainterop.pki.TestPki;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Network;

/**
 * DANE senders (RFC 7672) against the adversarial receiver, through a real DNSSEC chain: the receiver's zones
 * (one per DANE profile, written by {@link AdversarialReceiver#daneZone} from its own certificates) signed and
 * served by the test bed's NSD, validated by its Unbound; Postfix and Exim containers with {@code
 * OUTBOUND_POLICY=dane} resolve only through that Unbound, on an internal network whose only other host is the
 * harness (the receivers listen on the network's gateway address). Every sender × case outcome, and DANE-05/06 as
 * judged by features/dane, must equal containers/golden-outbound-dane.tsv (shown in containers/README.md).
 * OpenSMTPD has no DANE: its container is started with {@code OUTBOUND_POLICY=dane} to show it refuses, and its row
 * says "n/a". Regenerate with {@code -Dtest=OutboundDaneGoldenTest -Dgolden.update=true} and review the diff.
 */
class OutboundDaneGoldenTest {
    private static final String RECIPIENT = "bob@dane-recipient.test";
    private static final List<ReferenceMta> DANE_SENDERS = List.of(ReferenceMta.POSTFIX, ReferenceMta.EXIM);
    private static final List<AdversarialProfile> CASES =
            Arrays.stream(AdversarialProfile.values()).filter(AdversarialProfile::dane).toList();

    @TempDir
    static Path reports;
    private static Network network;
    private static DnsTestBed bed;
    private static final Map<AdversarialProfile, AdversarialReceiver> receivers = new EnumMap<>(AdversarialProfile.class);
    private static final Map<String, Map<AdversarialProfile, DeliveryAttempt>> attempts = new ConcurrentHashMap<>();
    private static String openSmtpdRefusal;
    private static RunOutcome judged;

    @BeforeAll
    static void deliverEveryCaseFromEveryDaneSender() throws Exception {
        DockerRequirement.assumeDocker();
        DnsTestBed.assumeAvailable();
        Instant start = Instant.now();
        TestPki pki = TestPki.generate();
        network = Network.builder().createNetworkCmdModifier(cmd -> cmd.withInternal(true)
                .withName("mta-interop-dane-" + Long.toHexString(System.nanoTime()))).build();
        InetAddress gateway = gatewayOf(network);
        DnsTestBed.Builder zones = DnsTestBed.builder().network(network);
        for (AdversarialProfile profile : CASES) {
            AdversarialReceiver receiver = AdversarialReceiver.start(AdversarialReceiver.Settings.of(
                    new InetSocketAddress(gateway, 0), "mx." + profile.label() + ".test", profile), pki);
            receivers.put(profile, receiver);
            DaneTestZone zone = receiver.daneZone(profile, List.of(gateway), receiver.port()).orElseThrow();
            zones.zone(zone.zone(), mode(zone), zone.records());
        }
        bed = zones.start();
        DeliveryDriver driver = new DeliveryDriver(DeliveryDriver.Timing.defaults());
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (ReferenceMta mta : DANE_SENDERS) {
            runs.add(CompletableFuture.runAsync(() -> attempts.put(mta.label() + ":dane", everyCase(mta, pki, driver))));
        }
        runs.add(CompletableFuture.runAsync(() -> openSmtpdRefusal = openSmtpdRefusesDane(pki)));
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
        judged = OutboundRun.judgeDane(new OutboundRun.Plan(List.of(), Judgement.of(PolicyProfile.MODERN),
                ReportDestination.withoutHtml(reports), DeliveryDriver.Timing.defaults(), 1), senderTargets());
        attempts.forEach((sender, byCase) -> byCase.forEach((profile, a) ->
                System.out.println(sender + " " + profile.label() + " " + outcome(a) + " — " + a.summary()
                        + a.problem().map(p -> " PROBLEM: " + p).orElse(""))));
        System.out.println("DANE outbound golden run: " + DANE_SENDERS.size() + " senders x " + CASES.size()
                + " cases in " + Duration.between(start, Instant.now()).toSeconds() + " s");
    }

    @AfterAll
    static void stop() {
        receivers.values().forEach(AdversarialReceiver::close);
        if (bed != null) {
            bed.close();
        }
        if (network != null) {
            network.close();
        }
    }

    private static Map<AdversarialProfile, DeliveryAttempt> everyCase(ReferenceMta mta, TestPki pki, DeliveryDriver driver) {
        Map<AdversarialProfile, DeliveryAttempt> byCase = new EnumMap<>(AdversarialProfile.class);
        for (AdversarialProfile profile : CASES) {
            AdversarialReceiver receiver = receivers.get(profile);
            try (ContainerSender sender = ContainerSender.dane(mta, receiver.hostname(), receiver.port(), pki, network,
                    bed.resolverIp()).start()) {
                DeliveryAttempt attempt = driver.attempt(sender, receiver, profile, RECIPIENT, "alice@" + sender.mailDomain());
                byCase.put(profile, attempt);
                // the MTA's own words about this delivery (Postfix "Verified TLS"/"dane", Exim "CV=dane"), for the matrix notes
                sender.logs().lines().filter(l -> l.contains("TLS") || l.contains("dane") || l.contains("DANE")
                                || l.contains(receiver.hostname()))
                        .forEach(l -> System.out.println(mta.label() + " " + profile.label() + " LOG " + l));
            } catch (RuntimeException e) {
                byCase.put(profile, DeliveryAttempt.couldNotTest(profile, mta.label() + ":dane", e.getMessage()));
            }
        }
        return byCase;
    }

    /** OpenSMTPD has no DANE: its entrypoint must refuse OUTBOUND_POLICY=dane rather than pretend. */
    private static String openSmtpdRefusesDane(TestPki pki) {
        AdversarialReceiver receiver = receivers.get(AdversarialProfile.DANE_MATCHING);
        try (ContainerSender sender = ContainerSender.dane(ReferenceMta.OPENSMTPD, receiver.hostname(), receiver.port(),
                pki, network, bed.resolverIp())) {
            sender.start();
            return "STARTED";
        } catch (RuntimeException e) {
            return "n/a";
        }
    }

    private static List<SenderTarget> senderTargets() {
        return attempts.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> new SenderTarget(e.getKey(),
                receivers.get(AdversarialProfile.DANE_MATCHING).endpoint(), e.getKey() + " container, OUTBOUND_POLICY=dane",
                SenderFacts.observed(e.getKey(), receivers.get(AdversarialProfile.DANE_MATCHING).hostname(), e.getValue()),
                List.of())).toList();
    }

    private static ZoneMode mode(DaneTestZone zone) {
        return switch (zone.signing()) {
            case SIGNED -> ZoneMode.SIGNED;
            case UNSIGNED -> ZoneMode.UNSIGNED;
            case BROKEN -> ZoneMode.BROKEN_SIGNATURES;
        };
    }

    private static InetAddress gatewayOf(Network network) throws IOException {
        String gateway = DockerClientFactory.instance().client().inspectNetworkCmd().withNetworkId(network.getId())
                .exec().getIpam().getConfig().get(0).getGateway();
        return InetAddress.getByName(gateway);
    }

    /**
     * What happened to the message, in the matrix's words: delivered (inside TLS), plaintext, deferred (still
     * queued after sessions), deferred-unconnected (still queued, the sender never connected), bounced (gone from the
     * queue undelivered), broken (could not test).
     */
    static String outcome(DeliveryAttempt a) {
        if (a.problem().isPresent()) {
            return "broken";
        }
        if (a.delivered().isPresent()) {
            return a.delivered().get().overTls() ? "delivered" : "plaintext";
        }
        if (a.deferred()) {
            return a.sessions().isEmpty() ? "deferred-unconnected" : "deferred";
        }
        return "bounced";
    }

    private static Map<String, String> table() {
        Map<String, String> table = new TreeMap<>();
        attempts.forEach((sender, byCase) -> byCase.forEach((p, a) -> table.put(sender + "\t" + p.label(), outcome(a))));
        for (TargetReport t : judged.summary().targets()) {
            t.results().forEach(r -> table.merge(t.name() + "\t" + r.requirement(), r.status().label(),
                    (x, y) -> x.equals(y) ? x : x + "/" + y));
        }
        CASES.forEach(p -> table.put("opensmtpd:dane\t" + p.label(), openSmtpdRefusal));
        return table;
    }

    @Test
    void everyDaneSenderGivesItsGoldenOutcomes() throws IOException {
        GoldenTable golden = new GoldenTable("golden-outbound-dane", "sender \\ case", "Golden DANE outbound outcomes",
                Comparator.comparingInt(OutboundDaneGoldenTest::columnIndex).thenComparing(Comparator.naturalOrder()),
                cell -> cell.equals("failed") ? "**FAIL**" : cell.equals("passed") ? "pass" : cell);
        Map<String, String> actual = table();
        assertThat(golden.differencesFrom(actual, key -> explain(key), "OutboundDaneGoldenTest"))
                .as("differences from " + golden.path()).isEmpty();
    }

    @Test
    void noDaneSenderEverDeliversInPlaintextOrToAnUnauthenticatedSecurePeer() {
        attempts.forEach((sender, byCase) -> byCase.forEach((profile, a) -> {
            assertThat(a.plaintextTransaction()).as(sender + " " + profile.label() + ": " + a.summary()).isEmpty();
            if (profile == AdversarialProfile.DANE_BOGUS) {
                assertThat(a.delivered()).as(sender + " delivered despite bogus DNSSEC: " + a.summary()).isEmpty();
            }
        }));
    }

    /** Cases in the profiles' order, then the requirement IDs. */
    private static int columnIndex(String column) {
        return CASES.stream().map(AdversarialProfile::label).toList().indexOf(column) >= 0
                ? CASES.stream().map(AdversarialProfile::label).toList().indexOf(column) : CASES.size();
    }

    private static String explain(String key) {
        String[] parts = key.split("\t");
        Map<AdversarialProfile, DeliveryAttempt> byCase = attempts.getOrDefault(parts[0], Map.of());
        return byCase.entrySet().stream().filter(e -> e.getKey().label().equals(parts[1]))
                .map(e -> e.getValue().summary() + e.getValue().problem().map(p -> " (" + p + ")").orElse(""))
                .findFirst().orElse(judged.summary().targets().stream().filter(t -> t.name().equals(parts[0]))
                        .flatMap(t -> t.results().stream()).filter(r -> r.requirement().equals(parts[1]))
                        .map(r -> r.message()).findFirst().orElse(""));
    }
}
