package org.mtainterop.interop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mtainterop.net.Printable;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;
import org.mtainterop.sender.TestMessage;
import org.mtainterop.target.container.ReferenceMta;
import org.mtainterop.target.container.ReferenceMtaContainer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Network;
import org.testcontainers.lifecycle.Startables;

/**
 * The reference MTAs relaying to each other. On one internal Docker network made for the run, each MTA runs as
 * a receiver (profile compliant, a certificate for {@code mx.<mta>.test} from the run's test PKI, network alias
 * {@code mx.<mta>.test}, {@code MAIL_DOMAINS=<mta>.test}); for every ordered pair a sender container of the
 * sending MTA ({@code OUTBOUND_POLICY=verify}, {@code ca.pem} = the test root, {@code NEXT_HOP=mx.<receiver>.test:25},
 * that name pinned to the receiver's address with a hosts entry: no DNS) relays one message, injected with the
 * MTA's own sendmail, to {@code bob@<receiver>.test}. Delivery is observed on the receiving side only: the
 * message in the receiver's mailbox, and the TLS facts of the Received header the receiver added. Optionally the
 * harness's embedded receiver and sender are a 4th column and row.
 */
public final class InteropMatrix {

    /**
     * @param embedded            add the embedded reference receiver and sender as a 4th column and row
     * @param receiverCertificate what the receivers present: {@code VALID} for the matrix; another profile shows
     *                            what a verifying sender does with a bad certificate (a test of the fault side)
     */
    public record Settings(List<ReferenceMta> mtas, boolean embedded, Duration deliveryTimeout,
                           CertificateProfile receiverCertificate) {
        public Settings(List<ReferenceMta> mtas, Duration deliveryTimeout) {
            this(mtas, false, deliveryTimeout, CertificateProfile.VALID);
        }

        List<String> labels() {
            List<String> labels = new ArrayList<>(mtas.stream().map(ReferenceMta::label).toList());
            if (embedded) {
                labels.add(EmbeddedInteropParticipants.LABEL);
            }
            return labels;
        }
    }

    private record Pair(String sender, InteropReceiver receiver, InteropSender side, TestMessage message) {
    }

    private record Arrival(MboxMessage message, double seconds) {
    }

    private InteropMatrix() {
    }

    public static InteropMatrixResult run(Settings settings) {
        long start = System.nanoTime();
        TestPki pki = TestPki.generate();
        List<AutoCloseable> all = new ArrayList<>();
        Network network = Network.builder().createNetworkCmdModifier(cmd -> cmd.withInternal(true)).build();
        all.add(network); // closed last: a network with containers attached cannot be removed
        try {
            Map<String, InteropReceiver> receivers = new LinkedHashMap<>();
            List<ReferenceMtaContainer<?>> receiverContainers = new ArrayList<>();
            for (ReferenceMta mta : settings.mtas()) {
                receiverContainers.add(ContainerInteropParticipants.receiver(mta, pki, settings.receiverCertificate(),
                        network));
            }
            all.addAll(receiverContainers.stream().map(c -> (AutoCloseable) c::stop).toList());
            Startables.deepStart(receiverContainers).join();
            for (int i = 0; i < receiverContainers.size(); i++) {
                ReferenceMta mta = settings.mtas().get(i);
                receivers.put(mta.label(), new ContainerInteropParticipants.Receiver(mta, receiverContainers.get(i), network));
            }
            if (settings.embedded()) {
                InteropReceiver embedded = new EmbeddedInteropParticipants.Receiver(hostSideAddress(network), pki,
                        settings.receiverCertificate());
                all.add(embedded);
                receivers.put(embedded.label(), embedded);
            }
            List<Pair> pairs = new ArrayList<>();
            List<ReferenceMtaContainer<?>> senderContainers = new ArrayList<>();
            for (String s : settings.labels()) {
                for (InteropReceiver r : receivers.values()) {
                    TestMessage message = new TestMessage("alice@" + s + "-to-" + r.label() + ".test",
                            "bob@" + r.label() + ".test", "<" + UUID.randomUUID() + "@interop.mta-interop.test>",
                            "interop " + s + " to " + r.label());
                    InteropSender side;
                    if (s.equals(EmbeddedInteropParticipants.LABEL)) {
                        side = new EmbeddedInteropParticipants.Sender(r, pki);
                    } else {
                        ReferenceMta mta = ReferenceMta.parse(s);
                        ReferenceMtaContainer<?> c = ContainerInteropParticipants.sender(mta, r.label(), r.mxName(),
                                r.address(), r.port(), pki, network);
                        senderContainers.add(c);
                        side = new ContainerInteropParticipants.Sender(mta, c);
                    }
                    all.add(side);
                    pairs.add(new Pair(s, r, side, message));
                }
            }
            Startables.deepStart(senderContainers).join();
            List<InteropResult> results = deliver(pairs, settings.deliveryTimeout());
            return new InteropMatrixResult(settings.labels(), settings.labels(), results,
                    Duration.ofNanos(System.nanoTime() - start));
        } finally {
            for (int i = all.size() - 1; i >= 0; i--) {
                try {
                    all.get(i).close();
                } catch (Exception e) {
                    // stopping is best effort; the next resource is still released
                }
            }
        }
    }

    /** The host's address on the run's network (its gateway), where the embedded receiver listens. */
    private static String hostSideAddress(Network network) {
        return DockerClientFactory.instance().client().inspectNetworkCmd().withNetworkId(network.getId()).exec()
                .getIpam().getConfig().get(0).getGateway();
    }

    private static List<InteropResult> deliver(List<Pair> pairs, Duration timeout) {
        Map<Pair, Long> injectedAt = new ConcurrentHashMap<>();
        Map<Pair, Arrival> done = new LinkedHashMap<>();
        // Injected all at once, so that each pair's time runs from its own injection, not from the first one's.
        ExecutorService injectors = Executors.newFixedThreadPool(pairs.size());
        try {
            CompletableFuture.allOf(pairs.stream().map(p -> CompletableFuture.runAsync(() -> {
                injectedAt.put(p, System.nanoTime());
                p.side().inject(p.message());
            }, injectors)).toArray(CompletableFuture[]::new)).join();
        } finally {
            injectors.shutdownNow();
        }
        List<InteropReceiver> receivers = pairs.stream().map(Pair::receiver).distinct().toList();
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextFlush = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (done.size() < pairs.size() && System.nanoTime() < deadline) {
            for (InteropReceiver r : receivers) {
                String mbox = r.mailbox();
                for (Pair p : pairs) {
                    if (p.receiver() == r && !done.containsKey(p)) {
                        MboxMessage.find(mbox, p.message().messageId()).ifPresent(m ->
                                done.put(p, new Arrival(m, seconds(injectedAt.get(p)))));
                    }
                }
            }
            if (System.nanoTime() > nextFlush) {
                pairs.stream().filter(p -> !done.containsKey(p)).forEach(p -> p.side().flush());
                nextFlush = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            }
            sleep(250);
        }
        if (!done.isEmpty()) {
            sleep(1000); // the senders' logs trail delivery (Exim's mainlog is followed by tail -F)
        }
        List<InteropResult> results = new ArrayList<>();
        for (Pair p : pairs) {
            Arrival a = done.get(p);
            results.add(a != null ? delivered(p, a.message(), a.seconds()) : notDelivered(p, seconds(injectedAt.get(p))));
        }
        return results;
    }

    private static InteropResult delivered(Pair p, MboxMessage message, double seconds) {
        String received = message.topReceived().orElse("(no Received header)");
        String verification = p.side().verificationEvidence()
                .orElse("sender log states no verification; verified by policy");
        return InteropResult.delivered(p.sender(), p.receiver().label(), seconds, ReceivedTls.parse(received), true,
                "Received: " + Printable.excerpt(received, 400) + " | " + verification
                        + " | OUTBOUND_POLICY=verify, trust anchor = the run's test root");
    }

    private static InteropResult notDelivered(Pair p, double seconds) {
        boolean queued = p.side().holds(p.message());
        return InteropResult.notDelivered(p.sender(), p.receiver().label(), seconds,
                queued ? FaultSide.RECEIVER : FaultSide.SENDER,
                p.side().queueEvidence(p.message()) + " | " + p.side().troubleEvidence());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
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
