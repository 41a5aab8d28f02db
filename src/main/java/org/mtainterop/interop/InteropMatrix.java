package org.mtainterop.interop;

import com.github.dockerjava.api.model.Ports;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.mtainterop.net.Printable;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;
import org.mtainterop.target.container.ContainerTlsProfile;
import org.mtainterop.target.container.ReferenceMta;
import org.mtainterop.target.container.ReferenceMtaContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.lifecycle.Startables;

/**
 * The reference MTAs relaying to each other. On one internal Docker network made for the run, each MTA runs as
 * a receiver (profile compliant, a certificate for {@code mx.<mta>.test} from the run's test PKI, network alias
 * {@code mx.<mta>.test}, {@code MAIL_DOMAINS=<mta>.test}); for every ordered pair a sender container of the
 * sending MTA ({@code OUTBOUND_POLICY=verify}, {@code ca.pem} = the test root, {@code NEXT_HOP=mx.<receiver>.test:25},
 * that name pinned to the receiver's address with a hosts entry: no DNS) relays one message, injected with the
 * MTA's own sendmail, to {@code bob@<receiver>.test}. Delivery is observed on the receiving side only: the
 * message in the receiver's mailbox, and the TLS facts of the Received header the receiver added.
 */
public final class InteropMatrix {
    private static final Pattern VERIFIED_LOG = Pattern.compile(
            "Verified TLS connection|CV=yes|verify=ok|verification succeeded|cert-check result=\"valid\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TROUBLE_LOG = Pattern.compile(
            "(?i)(certificate|verif|handshake|tls|refused|defer|error|fail|timed out|connection)");

    public record Settings(List<ReferenceMta> mtas, Duration deliveryTimeout) {
        public static Settings allReferenceMtas() {
            return new Settings(List.of(ReferenceMta.values()), Duration.ofSeconds(30));
        }
    }

    private record Pair(ReferenceMta sender, ReferenceMta receiver, ReferenceMtaContainer<?> container,
                        String messageId) {
        String recipient() {
            return "bob@" + receiver.label() + ".test";
        }
    }

    private InteropMatrix() {
    }

    public static InteropMatrixResult run(Settings settings) {
        long start = System.nanoTime();
        TestPki pki = TestPki.generate();
        List<ReferenceMtaContainer<?>> all = new ArrayList<>();
        try (Network network = Network.builder().createNetworkCmdModifier(cmd -> cmd.withInternal(true)).build()) {
            Map<ReferenceMta, ReferenceMtaContainer<?>> receivers = new LinkedHashMap<>();
            for (ReferenceMta mta : settings.mtas()) {
                ReferenceMtaContainer<?> c = onNetworkOnly(mta.newContainer(), network);
                String mx = "mx." + mta.label() + ".test";
                c.withMxName(mx).withTlsProfile(ContainerTlsProfile.COMPLIANT)
                        .withCertificate(pki.issue(CertificateProfile.VALID, mx))
                        .withEnv("MAIL_DOMAINS", mta.label() + ".test")
                        .withNetworkAliases(mx);
                receivers.put(mta, c);
                all.add(c);
            }
            Startables.deepStart(receivers.values()).join();
            List<Pair> pairs = new ArrayList<>();
            for (ReferenceMta s : settings.mtas()) {
                for (ReferenceMta r : settings.mtas()) {
                    String name = s.label() + "-to-" + r.label() + ".test";
                    String receiverMx = "mx." + r.label() + ".test";
                    ReferenceMtaContainer<?> c = onNetworkOnly(s.newContainer(), network);
                    c.withMxName("out." + name).withTlsProfile(ContainerTlsProfile.COMPLIANT)
                            .withCertificate(pki.issue(CertificateProfile.VALID, "out." + name))
                            .withEnv("MAIL_DOMAINS", name)
                            .withEnv("OUTBOUND_POLICY", "verify")
                            .withEnv("NEXT_HOP", receiverMx + ":25")
                            .withExtraHost(receiverMx, addressOn(receivers.get(r), network));
                    pairs.add(new Pair(s, r, c, "<" + UUID.randomUUID() + "@interop.mta-interop.test>"));
                    all.add(c);
                }
            }
            Startables.deepStart(pairs.stream().map(Pair::container).toList()).join();
            List<InteropResult> results = deliver(pairs, receivers, settings.deliveryTimeout());
            List<String> labels = settings.mtas().stream().map(ReferenceMta::label).toList();
            return new InteropMatrixResult(labels, labels, results, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            all.forEach(ReferenceMtaContainer::stop);
        }
    }

    /**
     * No port published: the container is reachable on the run's internal network only. {@code DNS_RESOLVER=127.0.0.1}
     * replaces Docker's embedded resolver in /etc/resolv.conf, so every lookup fails at once (names come from hosts
     * entries only; OpenSMTPD's reverse lookup of each client would otherwise wait on the embedded resolver's timeout
     * before the 220).
     */
    private static ReferenceMtaContainer<?> onNetworkOnly(ReferenceMtaContainer<?> c, Network network) {
        c.withEnv("DNS_RESOLVER", "127.0.0.1");
        c.setExposedPorts(new ArrayList<>());
        c.withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withPortBindings(new Ports()));
        c.withNetwork(network);
        c.waitingFor(new InsideGreetingWaitStrategy());
        return c;
    }

    private static String addressOn(ReferenceMtaContainer<?> c, Network network) {
        return c.getContainerInfo().getNetworkSettings().getNetworks().values().stream()
                .filter(n -> network.getId().equals(n.getNetworkID())).map(n -> n.getIpAddress()).findFirst()
                .orElseThrow(() -> new IllegalStateException(c.getMxName() + " has no address on the run's network"));
    }

    private static List<InteropResult> deliver(List<Pair> pairs, Map<ReferenceMta, ReferenceMtaContainer<?>> receivers,
                                               Duration timeout) {
        Map<Pair, Long> injectedAt = new LinkedHashMap<>();
        Map<Pair, InteropResult> done = new LinkedHashMap<>();
        for (Pair p : pairs) {
            String message = "From: <alice@" + p.sender().label() + ".test>\r\nTo: <" + p.recipient() + ">\r\n"
                    + "Subject: interop " + p.sender().label() + " to " + p.receiver().label() + "\r\n"
                    + "Message-ID: " + p.messageId() + "\r\n\r\nmta-interop interop test message.\r\n";
            injectedAt.put(p, System.nanoTime());
            MtaQueueCommands q = MtaQueueCommands.of(p.sender());
            exec(p.container(), q.inject(message, "alice@" + p.sender().label() + "-to-" + p.receiver().label() + ".test",
                    p.recipient()));
            exec(p.container(), q.flush());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextFlush = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (done.size() < pairs.size() && System.nanoTime() < deadline) {
            for (Map.Entry<ReferenceMta, ReferenceMtaContainer<?>> r : receivers.entrySet()) {
                String mbox = exec(r.getValue(), List.of("sh", "-c", "cat /var/mail/inbox 2>/dev/null; true"));
                for (Pair p : pairs) {
                    if (p.receiver() == r.getKey() && !done.containsKey(p)) {
                        MboxMessage.find(mbox, p.messageId()).ifPresent(m ->
                                done.put(p, delivered(p, m, seconds(injectedAt.get(p)))));
                    }
                }
            }
            if (System.nanoTime() > nextFlush) {
                pairs.stream().filter(p -> !done.containsKey(p))
                        .forEach(p -> exec(p.container(), MtaQueueCommands.of(p.sender()).flush()));
                nextFlush = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            }
            sleep(250);
        }
        List<InteropResult> results = new ArrayList<>();
        for (Pair p : pairs) {
            results.add(done.containsKey(p) ? done.get(p) : notDelivered(p, seconds(injectedAt.get(p))));
        }
        return results;
    }

    private static InteropResult delivered(Pair p, MboxMessage message, double seconds) {
        String received = message.topReceived().orElse("(no Received header)");
        String verification = lastLogLine(p.container(), VERIFIED_LOG)
                .map(l -> "sender log: " + l).orElse("sender log states no verification; verified by policy");
        return InteropResult.delivered(p.sender().label(), p.receiver().label(), seconds, ReceivedTls.parse(received),
                true, "Received: " + Printable.excerpt(received, 400) + " | " + verification
                        + " | OUTBOUND_POLICY=verify, ca.pem = the run's test root");
    }

    private static InteropResult notDelivered(Pair p, double seconds) {
        String queue = exec(p.container(), MtaQueueCommands.of(p.sender()).listQueue()).strip();
        boolean queued = queue.toLowerCase(Locale.ROOT).contains(p.recipient());
        String why = lastLogLine(p.container(), TROUBLE_LOG).map(l -> "sender log: " + l).orElse("sender log: nothing");
        return InteropResult.notDelivered(p.sender().label(), p.receiver().label(), seconds,
                queued ? FaultSide.RECEIVER : FaultSide.SENDER,
                "queue: " + Printable.excerpt(queue.replace('\n', ' '), 300) + " | " + why);
    }

    private static java.util.Optional<String> lastLogLine(ReferenceMtaContainer<?> c, Pattern pattern) {
        List<String> lines = c.getLogs().lines().filter(l -> pattern.matcher(l).find()).toList();
        return lines.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(Printable.excerpt(lines.get(lines.size() - 1).strip(), 300));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String exec(ReferenceMtaContainer<?> c, List<String> command) {
        try {
            return c.execInContainer(command.toArray(String[]::new)).getStdout();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
