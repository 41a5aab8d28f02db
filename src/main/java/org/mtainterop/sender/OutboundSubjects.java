package org.mtainterop.sender;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.AdversarialReceiver;
import org.mtainterop.pki.TestPki;
import org.mtainterop.target.container.ContainerTlsProfile;
import org.mtainterop.target.container.ReferenceMta;

/**
 * Starts the senders of an outbound run, each with its own adversarial receiver: the embedded sender on
 * loopback, and reference MTA containers with the receiver on the Docker bridge gateway (the only host
 * address they can reach; NEXT_HOP names it, so no mail can go anywhere else).
 */
public final class OutboundSubjects {
    /** The MX name the receiver's certificate carries and senders relay to; bob@ this domain is the recipient. */
    public static final String MX_NAME = "mx.partner.test";
    public static final String RECIPIENT = "bob@partner.test";

    private OutboundSubjects() {
    }

    /**
     * "embedded" (all three policies), "embedded:verify", "postfix" (all policies), "postfix:may",
     * "postfix:may:legacy-tls" (a container sender with that reference TLS profile instead of stock: its TLS floor and
     * ciphers apply to the client side too), "containers" (every MTA under every policy, stock settings).
     */
    public static List<String> expand(String spec) {
        String s = spec.strip().toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        String[] parts = s.split(":", 3);
        boolean everyContainer = parts[0].equals("containers");
        List<String> kinds = everyContainer
                ? Arrays.stream(ReferenceMta.values()).map(ReferenceMta::label).toList() : List.of(parts[0]);
        if (parts.length == 3) {
            if (everyContainer || parts[0].equals("embedded")) {
                throw new IllegalArgumentException("a reference TLS profile (" + parts[2] + ") is for one MTA container,"
                        + " not " + parts[0]);
            }
            ContainerTlsProfile.parse(parts[2]);
        }
        for (String kind : kinds) {
            if (!kind.equals("embedded")) {
                ReferenceMta.parse(kind);
            }
            for (OutboundPolicy p : OutboundPolicy.values()) {
                if (parts.length == 1 ? p != OutboundPolicy.DANE : OutboundPolicy.parse(parts[1]) == p) {
                    out.add(kind + ":" + p.label() + (parts.length == 3 ? ":" + parts[2] : ""));
                }
            }
        }
        return out;
    }

    /** Starts one sender ("embedded:may", "exim:verify", ...) with its receiver; the caller closes it. */
    public static SenderTarget start(String name, TestPki pki, DeliveryDriver driver) {
        String[] parts = name.split(":", 3);
        OutboundPolicy policy = OutboundPolicy.parse(parts[1]);
        if (policy == OutboundPolicy.DANE) {
            throw new IllegalArgumentException(name + ": a DANE sender needs a DNSSEC-validating resolver serving the"
                    + " receiver's zones; the outbound command has none (see README, \"DANE outbound\": receive"
                    + " --dane-zones, or the DANE golden test)");
        }
        ContainerTlsProfile tls = parts.length == 3 ? ContainerTlsProfile.parse(parts[2]) : ContainerTlsProfile.STOCK;
        boolean embedded = parts[0].equals("embedded");
        InetAddress bind = embedded ? InetAddress.getLoopbackAddress() : DockerBridge.gateway();
        AdversarialReceiver receiver = AdversarialReceiver.start(AdversarialReceiver.Settings.of(
                new InetSocketAddress(bind, 0), MX_NAME, AdversarialProfile.COMPLIANT), pki);
        try {
            SenderUnderTest sender;
            String from;
            if (embedded) {
                sender = new EmbeddedSender(policy, receiver.endpoint(), pki.rootCertificate());
                from = "alice@sender.mta-interop.test";
            } else {
                ContainerSender container = new ContainerSender(ReferenceMta.parse(parts[0]), policy, tls, MX_NAME,
                        receiver.port(), pki).start();
                sender = container;
                from = "alice@" + container.mailDomain();
            }
            SenderUnderTest s = sender;
            SenderFacts facts = SenderFacts.driving(s.name(), MX_NAME,
                    profile -> driver.attempt(s, receiver, profile, RECIPIENT, from));
            return new SenderTarget(s.name(), receiver.endpoint(), s.description(), facts, List.of(s, receiver));
        } catch (RuntimeException e) {
            receiver.close();
            throw e;
        }
    }
}
