package org.mtainterop.sender;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.mtainterop.net.Printable;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.IssuedCredential;
import org.mtainterop.pki.TestPki;
import org.mtainterop.target.container.ContainerTlsProfile;
import org.mtainterop.target.container.PostfixMtaStsContainer;
import org.mtainterop.target.container.ReferenceMta;
import org.mtainterop.target.container.ReferenceMtaContainer;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * A reference MTA container as a sender: {@code OUTBOUND_POLICY} set, {@code NEXT_HOP} pointing at the
 * adversarial receiver by its MX name, that name mapped to the Docker host gateway (where the receiver listens)
 * and nothing else resolvable (containers/README.md). Messages are injected with the MTA's own sendmail; the
 * queue is read, flushed and emptied with the MTA's own tools, so a run takes seconds, not the MTA's back-off.
 */
public final class ContainerSender implements SenderUnderTest {
    private final ReferenceMta mta;
    private final OutboundPolicy policy;
    private final ContainerTlsProfile tlsProfile;
    private final String nextHop;
    private final ReferenceMtaContainer<?> container;
    /** The report name when it is not MTA:POLICY (the MTA-STS sender: {@code postfix:mta-sts}); null otherwise. */
    private final String fixedName;

    /** Per MTA: how to inject, flush, list and empty the queue (commands run inside the container). */
    private enum QueueTools {
        POSTFIX(List.of("sh", "-c", "postqueue -f"), List.of("sh", "-c", "postqueue -p"),
                List.of("sh", "-c", "postsuper -d ALL >/dev/null 2>&1; postqueue -f"), ""),
        EXIM(List.of("sh", "-c", "exim4 -qff"), List.of("sh", "-c", "exim4 -bp"),
                List.of("sh", "-c", "exim4 -bp | awk '/^ *[0-9]+[smhd] /{print $3}' | xargs -r exim4 -Mrm >/dev/null;"
                        + " rm -f /var/spool/exim4/db/retry /var/spool/exim4/db/retry.lockfile /var/spool/exim4/db/wait-*"),
                "-odq"),
        OPENSMTPD(List.of("sh", "-c", "smtpctl schedule all"), List.of("sh", "-c", "smtpctl show queue"),
                List.of("sh", "-c", "smtpctl remove all >/dev/null 2>&1; true"), "");

        private final List<String> flush;
        private final List<String> list;
        private final List<String> clear;
        private final String sendmailOption;

        QueueTools(List<String> flush, List<String> list, List<String> clear, String sendmailOption) {
            this.flush = flush;
            this.list = list;
            this.clear = clear;
            this.sendmailOption = sendmailOption;
        }
    }

    private final QueueTools tools;

    /**
     * @param nextHopName the MX name the receiver's certificate carries; mapped to the host gateway
     * @param port        the receiver's port on the host gateway
     */
    public ContainerSender(ReferenceMta mta, OutboundPolicy policy, String nextHopName, int port, TestPki pki) {
        this(mta, policy, ContainerTlsProfile.STOCK, nextHopName, port, pki);
    }

    /**
     * A sender configured by {@code tlsProfile} (containers/README.md: its TLS floor and cipher grade apply to the
     * MTA's client side too) instead of the package's stock settings; {@code weak-ciphers} offers weak suites.
     */
    public ContainerSender(ReferenceMta mta, OutboundPolicy policy, ContainerTlsProfile tlsProfile, String nextHopName,
                           int port, TestPki pki) {
        this(mta, policy, tlsProfile, nextHopName, port, pki, true);
        container.withExtraHost(nextHopName, "host-gateway")
                .withExtraHost("host.docker.internal", "host-gateway");
    }

    /** @param trustTestRoot whether ca.pem is the test root (verify policies) or a root of no one's (DANE) */
    private ContainerSender(ReferenceMta mta, OutboundPolicy policy, ContainerTlsProfile tlsProfile, String nextHopName,
                            int port, TestPki pki, boolean trustTestRoot) {
        this.mta = mta;
        this.policy = policy;
        this.tlsProfile = tlsProfile;
        this.nextHop = nextHopName + ":" + port;
        this.tools = QueueTools.valueOf(mta.name());
        this.container = mta.newContainer(tlsProfile);
        this.fixedName = null;
        IssuedCredential own = pki.issue(CertificateProfile.VALID, container.getMxName());
        if (!trustTestRoot) {
            // a DANE sender must authenticate by TLSA alone: trusting the receiver's CA would let PKIX stand in
            own = new IssuedCredential(own.profile(), own.hostName(), own.privateKey(), own.chain(),
                    TestPki.generate().rootCertificate());
        }
        if (tlsProfile.staplesOcsp()) {
            // the profile's listener staples (CERT-05); its entrypoint refuses to start without a responder to sign
            container.withOcspResponder(pki.issueOcspResponder(tlsProfile == ContainerTlsProfile.OCSP_STAPLED));
        }
        container.withTlsProfile(tlsProfile)
                .withCertificate(own)
                .withEnv("OUTBOUND_POLICY", policy.label())
                .withEnv("NEXT_HOP", nextHop);
    }

    /**
     * A DANE sender ({@code OUTBOUND_POLICY=dane}) on {@code network}, resolving only through {@code resolverIp}
     * (a validating resolver serving the receiver's zone): NEXT_HOP is found in DNS, with its TLSA records, and no
     * name is pinned in /etc/hosts. On an internal network the only other peers are the resolver and the harness.
     */
    public static ContainerSender dane(ReferenceMta mta, String nextHopName, int port, TestPki pki, Network network,
                                       String resolverIp) {
        ContainerSender sender = new ContainerSender(mta, OutboundPolicy.DANE, ContainerTlsProfile.STOCK, nextHopName, port, pki,
                false);
        // no port is published from an internal network: readiness is the greeting read inside the container
        sender.container.setExposedPorts(List.of());
        sender.container.withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                .withPortBindings(new com.github.dockerjava.api.model.Ports()));
        sender.container.withNetwork(network).withEnv("DNS_RESOLVER", resolverIp)
                .waitingFor(Wait.forSuccessfulCommand(
                        "bash -c 'exec 3<>/dev/tcp/127.0.0.1/25 && timeout 2 head -c 3 <&3 | grep -q 220'")
                        .withStartupTimeout(Duration.ofSeconds(30)));
        return sender;
    }

    /**
     * The MTA-STS sender (Postfix with postfix-mta-sts-resolver, {@link PostfixMtaStsContainer}), named
     * {@code postfix:mta-sts}: it delivers to {@code domain} by its MX records on {@code port}, resolving only through
     * {@code resolverIp} on {@code network}, and trusts the test root for the policy host and the MX (RFC 8461 §4.2:
     * PKIX). Its queue is read and flushed with Postfix's own tools, as for the postfix container.
     */
    public static ContainerSender mtaSts(String domain, int port, TestPki pki, Network network, String resolverIp) {
        return mtaSts(domain, port, pki, pki.rootCertificate(), network, resolverIp);
    }

    /** As above, trusting {@code root} (the CA of a receiver with its own PKI: {@code receive --write-ca}). */
    public static ContainerSender mtaSts(String domain, int port, TestPki pki, X509Certificate root, Network network,
                                         String resolverIp) {
        IssuedCredential own = pki.issue(CertificateProfile.VALID, "mx.postfix-mta-sts.test");
        PostfixMtaStsContainer container = new PostfixMtaStsContainer().withNetwork(network)
                .withCertificate(new IssuedCredential(own.profile(), own.hostName(), own.privateKey(), own.chain(), root))
                .withMtaStsDomain(domain, port).withResolver(resolverIp);
        // ready when the queue manager answers a flush, not at the master's first log line
        container.waitingFor(Wait.forSuccessfulCommand("postqueue -f")
                .withStartupTimeout(Duration.ofSeconds(60)));
        return new ContainerSender(container, domain + ":" + port);
    }

    private ContainerSender(PostfixMtaStsContainer container, String nextHop) {
        this.mta = ReferenceMta.POSTFIX;
        this.policy = OutboundPolicy.MAY; // smtp_tls_security_level=may, raised per domain by the MTA-STS policy map
        this.tlsProfile = ContainerTlsProfile.STOCK;
        this.nextHop = nextHop;
        this.tools = QueueTools.POSTFIX;
        this.container = container;
        this.fixedName = "postfix:mta-sts";
    }

    /** Trusts {@code root} instead of the test PKI's root from now on (a receiver with its own PKI: receive). */
    public void trustOnly(X509Certificate root) {
        container.replaceTrustedRoot(root);
    }

    /** Starts the container (waits for its SMTP greeting). */
    public ContainerSender start() {
        container.start();
        return this;
    }

    @Override
    public String name() {
        if (fixedName != null) {
            return fixedName;
        }
        return mta.label() + ":" + policy.label()
                + (tlsProfile == ContainerTlsProfile.STOCK ? "" : ":" + tlsProfile.label());
    }

    @Override
    public String description() {
        if (fixedName != null) {
            return fixedName + " container (" + container.getDockerImageName() + "), MTA-STS for " + nextHop;
        }
        return mta.label() + " container (" + container.getDockerImageName() + "), OUTBOUND_POLICY=" + policy.label()
                + (tlsProfile == ContainerTlsProfile.STOCK ? "" : ", reference TLS profile " + tlsProfile.label())
                + ", NEXT_HOP=" + nextHop;
    }

    @Override
    public OutboundPolicy policy() {
        return policy;
    }

    public String mailDomain() {
        return mta.label() + ".test";
    }

    @Override
    public void submit(TestMessage message) throws SenderException {
        String sendmail = "printf '%s' \"$1\" | /usr/sbin/sendmail " + tools.sendmailOption + " -f \"$2\" \"$3\"";
        run("sendmail", List.of("sh", "-c", sendmail, "sh", message.rfc5322(), message.envelopeFrom(),
                message.recipient()));
        retryNow();
    }

    @Override
    public void retryNow() throws SenderException {
        run("flush", tools.flush);
    }

    @Override
    public QueueState queueState(TestMessage message) throws SenderException {
        String listing = run("list queue", tools.list).strip();
        boolean queued = listing.toLowerCase(Locale.ROOT).contains(message.recipient().toLowerCase(Locale.ROOT));
        String evidence = String.join(" ", tools.list.subList(2, tools.list.size())) + ": "
                + (listing.isEmpty() ? "(empty)" : Printable.excerpt(listing.replace('\n', ' '), 300));
        return queued ? QueueState.queued(evidence) : QueueState.gone(evidence);
    }

    @Override
    public void clearQueue() throws SenderException {
        run("clear queue", tools.clear);
    }

    /** The MTA's log so far (for evidence when something looks odd). */
    public String logs() {
        return container.getLogs();
    }

    private String run(String what, List<String> command) throws SenderException {
        try {
            Container.ExecResult result = container.execInContainer(command.toArray(String[]::new));
            if (result.getExitCode() != 0) {
                throw new SenderException(name() + ": " + what + " exited " + result.getExitCode() + ": "
                        + result.getStderr().strip());
            }
            return result.getStdout();
        } catch (IOException e) {
            throw new SenderException(name() + ": " + what + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SenderException(name() + ": " + what + " interrupted", e);
        }
    }

    @Override
    public void close() {
        container.stop();
    }
}
