package org.mtainterop.interop;

import com.github.dockerjava.api.model.Ports;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mtainterop.net.Printable;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;
import org.mtainterop.sender.TestMessage;
import org.mtainterop.target.container.ContainerTlsProfile;
import org.mtainterop.target.container.ReferenceMta;
import org.mtainterop.target.container.ReferenceMtaContainer;
import org.testcontainers.containers.Network;

/** The reference MTA containers as interop receivers and senders, on the run's internal network only. */
final class ContainerInteropParticipants {
    private static final Pattern VERIFIED_LOG = Pattern.compile(
            "Verified TLS connection|CV=yes|verify=ok|verification succeeded|cert-check result=\"valid\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TROUBLE_LOG = Pattern.compile(
            "(?i)(certificate|verif|handshake|tls|refused|defer|error|fail|timed out|connection)");

    private ContainerInteropParticipants() {
    }

    /** Receiver: compliant profile, a certificate for mx.<mta>.test, MAIL_DOMAINS=<mta>.test, network alias. */
    static ReferenceMtaContainer<?> receiver(ReferenceMta mta, TestPki pki, CertificateProfile certificate,
                                             Network network) {
        ReferenceMtaContainer<?> c = onNetworkOnly(mta.newContainer(), network);
        String mx = "mx." + mta.label() + ".test";
        c.withMxName(mx).withTlsProfile(ContainerTlsProfile.COMPLIANT)
                .withCertificate(pki.issue(certificate, mx))
                .withEnv("MAIL_DOMAINS", mta.label() + ".test")
                .withNetworkAliases(mx);
        return c;
    }

    /** Sender for one pair: OUTBOUND_POLICY=verify, NEXT_HOP by name, the name pinned by a hosts entry. */
    static ReferenceMtaContainer<?> sender(ReferenceMta mta, String receiverLabel, String receiverMx, String address,
                                           int port, TestPki pki, Network network) {
        String name = mta.label() + "-to-" + receiverLabel + ".test";
        ReferenceMtaContainer<?> c = onNetworkOnly(mta.newContainer(), network);
        c.withMxName("out." + name).withTlsProfile(ContainerTlsProfile.COMPLIANT)
                .withCertificate(pki.issue(CertificateProfile.VALID, "out." + name))
                .withEnv("MAIL_DOMAINS", name)
                .withEnv("OUTBOUND_POLICY", "verify")
                .withEnv("NEXT_HOP", receiverMx + ":" + port)
                .withExtraHost(receiverMx, address);
        return c;
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

    static String addressOn(ReferenceMtaContainer<?> c, Network network) {
        return c.getContainerInfo().getNetworkSettings().getNetworks().values().stream()
                .filter(n -> network.getId().equals(n.getNetworkID())).map(n -> n.getIpAddress()).findFirst()
                .orElseThrow(() -> new IllegalStateException(c.getMxName() + " has no address on the run's network"));
    }

    static String exec(ReferenceMtaContainer<?> c, List<String> command) {
        try {
            return c.execInContainer(command.toArray(String[]::new)).getStdout();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static Optional<String> lastLogLine(ReferenceMtaContainer<?> c, Pattern pattern) {
        List<String> lines = c.getLogs().lines().filter(l -> pattern.matcher(l).find()).toList();
        return lines.isEmpty() ? Optional.empty()
                : Optional.of(Printable.excerpt(lines.get(lines.size() - 1).strip(), 300));
    }

    /** A started receiver container. */
    record Receiver(ReferenceMta mta, ReferenceMtaContainer<?> container, Network network) implements InteropReceiver {
        @Override
        public String label() {
            return mta.label();
        }

        @Override
        public String address() {
            return addressOn(container, network);
        }

        @Override
        public int port() {
            return ReferenceMtaContainer.SMTP_PORT;
        }

        @Override
        public String mailbox() {
            return exec(container, List.of("sh", "-c", "cat /var/mail/inbox 2>/dev/null; true"));
        }

        @Override
        public void close() {
            container.stop();
        }
    }

    /** A started sender container. */
    record Sender(ReferenceMta mta, ReferenceMtaContainer<?> container) implements InteropSender {
        private MtaQueueCommands queue() {
            return MtaQueueCommands.of(mta);
        }

        @Override
        public void inject(TestMessage message) {
            exec(container, queue().inject(message.rfc5322(), message.envelopeFrom(), message.recipient()));
            flush();
        }

        @Override
        public void flush() {
            exec(container, queue().flush());
        }

        @Override
        public boolean holds(TestMessage message) {
            return listing().toLowerCase(Locale.ROOT).contains(message.recipient().toLowerCase(Locale.ROOT));
        }

        @Override
        public String queueEvidence(TestMessage message) {
            return "queue: " + Printable.excerpt(listing().replace('\n', ' '), 300);
        }

        private String listing() {
            return exec(container, queue().listQueue()).strip();
        }

        @Override
        public Optional<String> verificationEvidence() {
            return lastLogLine(container, VERIFIED_LOG).map(l -> "sender log: " + l);
        }

        @Override
        public String troubleEvidence() {
            return lastLogLine(container, TROUBLE_LOG).map(l -> "sender log: " + l).orElse("sender log: nothing");
        }

        @Override
        public void close() {
            container.stop();
        }
    }
}
