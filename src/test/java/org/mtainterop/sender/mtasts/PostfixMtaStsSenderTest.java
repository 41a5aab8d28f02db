package org.mtainterop.sender.mtasts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mtainterop.adversary.mtasts.PolicyHttpsServer;
import org.mtainterop.adversary.mtasts.PolicyServerFault;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.AdversarialReceiver;
import org.mtainterop.dns.testbed.DnsTestBed;
import org.mtainterop.dns.testbed.ZoneMode;
import org.mtainterop.mtasts.StsMode;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.IssuedCredential;
import org.mtainterop.pki.TestPki;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.mtasts.MtaStsSenderCase;
import org.mtainterop.policy.mtasts.MtaStsSenderCheck;
import org.mtainterop.sender.TestMessage;
import org.mtainterop.target.container.PostfixMtaStsContainer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.Network;

/**
 * MTASTS-04 with a real MTA-STS sender: Postfix 3.7 + postfix-mta-sts-resolver 1.1.2 (Debian bookworm) on an
 * internal Docker network, resolving only through the DNSSEC test bed's Unbound (zones under {@code sts.test}),
 * fetching each policy from the harness's HTTPS policy server and delivering to the harness's adversarial
 * receiver (both on the network's gateway address, the host). Each domain is one case: its policy's mode, and
 * what is wrong with its MX (pattern, certificate, STARTTLS). The sender can reach nothing else: the network is
 * internal, the resolver serves only the test tree and Postfix routes only the test domains.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostfixMtaStsSenderTest {
    static final String MX = "mx1.sts.test";
    static final Duration WAIT = Duration.ofSeconds(40);
    static Network network;
    static DnsTestBed bed;
    static TestPki pki;
    static AdversarialReceiver receiver;
    static PolicyHttpsServer policies;
    static PostfixMtaStsContainer postfix;
    static final List<MtaStsSenderCase> CASES = new ArrayList<>();
    static final Map<String, String> DOMAINS = new LinkedHashMap<>();

    static {
        DOMAINS.put("good.sts.test", "version: STSv1\nmode: enforce\nmx: " + MX + "\nmax_age: 86400\n");
        DOMAINS.put("pattern.sts.test", "version: STSv1\nmode: enforce\nmx: other.sts.test\nmax_age: 86400\n");
        DOMAINS.put("cert.sts.test", "version: STSv1\nmode: enforce\nmx: *.sts.test\nmax_age: 86400\n");
        DOMAINS.put("starttls.sts.test", "version: STSv1\nmode: enforce\nmx: " + MX + "\nmax_age: 86400\n");
        DOMAINS.put("testing.sts.test", "version: STSv1\nmode: testing\nmx: other.sts.test\nmax_age: 86400\n");
    }

    @BeforeAll
    static void start() throws IOException {
        DnsTestBed.assumeAvailable();
        assumeTrue(imageExists(PostfixMtaStsContainer.IMAGE), "image " + PostfixMtaStsContainer.IMAGE
                + " not built (containers/build-images.sh postfix-mta-sts)");
        network = Network.builder().createNetworkCmdModifier(cmd -> cmd.withInternal(true)).build();
        String gateway = DockerClientFactory.instance().client().inspectNetworkCmd().withNetworkId(network.getId())
                .exec().getIpam().getConfig().get(0).getGateway();
        InetAddress host = InetAddress.getByName(gateway);
        pki = TestPki.generate();
        receiver = AdversarialReceiver.start(AdversarialReceiver.Settings.of(new InetSocketAddress(host, 0), MX,
                AdversarialProfile.COMPLIANT), pki);
        Map<String, IssuedCredential> hosts = new LinkedHashMap<>();
        DOMAINS.keySet().forEach(d -> hosts.put("mta-sts." + d, pki.issue(CertificateProfile.VALID, "mta-sts." + d)));
        policies = PolicyHttpsServer.startForHosts(host, 443, hosts);
        DOMAINS.forEach((d, policy) -> policies.serve("mta-sts." + d, policy, PolicyServerFault.NONE));
        StringBuilder zone = new StringBuilder("mx1 IN A " + gateway + "\n");
        for (String domain : DOMAINS.keySet()) {
            String label = domain.substring(0, domain.indexOf('.'));
            zone.append(label).append(" IN MX 10 ").append(MX).append(".\n")
                    .append("_mta-sts.").append(label).append(" IN TXT \"v=STSv1; id=1\"\n")
                    .append("mta-sts.").append(label).append(" IN A ").append(gateway).append('\n');
        }
        bed = DnsTestBed.builder().network(network).zone("sts.test", ZoneMode.SIGNED, zone.toString()).start();
        postfix = new PostfixMtaStsContainer().withNetwork(network)
                .withCertificate(pki.issue(CertificateProfile.VALID, "mx.postfix-mta-sts.test"))
                .withMtaStsDomain(String.join(" ", DOMAINS.keySet()), receiver.port())
                .withResolver(bed.resolverIp());
        postfix.start();
    }

    @Test
    @Order(1)
    void enforceDeliversToAValidMx() throws Exception {
        run("good.sts.test", StsMode.ENFORCE, "none", false, AdversarialProfile.COMPLIANT);
    }

    @Test
    @Order(2)
    void enforceDefersToAnMxOutsideThePatterns() throws Exception {
        run("pattern.sts.test", StsMode.ENFORCE, "the MX matches no pattern", true, AdversarialProfile.COMPLIANT);
    }

    @Test
    @Order(3)
    void enforceDefersToAWrongNameCertificate() throws Exception {
        run("cert.sts.test", StsMode.ENFORCE, "the MX certificate names another host", true,
                AdversarialProfile.WRONG_HOST);
    }

    @Test
    @Order(4)
    void enforceDefersWhenStarttlsIsWithheld() throws Exception {
        run("starttls.sts.test", StsMode.ENFORCE, "the MX withholds STARTTLS", true, AdversarialProfile.NO_STARTTLS);
    }

    @Test
    @Order(5)
    void testingDeliversAnyway() throws Exception {
        run("testing.sts.test", StsMode.TESTING, "the MX matches no pattern and names another host", true,
                AdversarialProfile.WRONG_HOST);
    }

    @Test
    @Order(6)
    void theCheckPassesPostfixWithTheResolver() {
        assumeTrue(CASES.size() == 5, "not every case ran");
        Verdict verdict = new MtaStsSenderCheck().judge("postfix-mta-sts", CASES);
        assertThat(verdict.outcome()).as(verdict.message()).isEqualTo(Outcome.PASSED);
    }

    private static void run(String domain, StsMode mode, String fault, boolean faulty, AdversarialProfile profile)
            throws Exception {
        receiver.profile(profile);
        TestMessage message = TestMessage.create("probe@postfix-mta-sts.test", "user@" + domain, "MTA-STS " + domain);
        exec("printf '%s' \"$1\" | /usr/sbin/sendmail -f \"$2\" \"$3\"", message.rfc5322(), message.envelopeFrom(),
                message.recipient());
        long end = System.nanoTime() + WAIT.toNanos();
        MtaStsSenderCase.Outcome outcome = MtaStsSenderCase.Outcome.GONE;
        String log = "";
        while (System.nanoTime() < end) {
            exec("postqueue -f");
            if (delivered(message.recipient())) {
                outcome = MtaStsSenderCase.Outcome.DELIVERED;
                break;
            }
            log = logFor(message.recipient());
            if (log.contains("status=deferred")) {
                outcome = MtaStsSenderCase.Outcome.DEFERRED;
                break;
            }
            Thread.sleep(1000);
        }
        String queue = exec("postqueue -p");
        if (outcome == MtaStsSenderCase.Outcome.GONE && queue.contains(message.recipient())) {
            outcome = MtaStsSenderCase.Outcome.DEFERRED;
        }
        MtaStsSenderCase result = new MtaStsSenderCase(domain, mode, fault, faulty, outcome, log + "\n" + queue);
        CASES.add(result);
        MtaStsSenderCase.Outcome expected = mode == StsMode.ENFORCE && faulty ? MtaStsSenderCase.Outcome.DEFERRED
                : MtaStsSenderCase.Outcome.DELIVERED;
        assertThat(outcome).as(result + "\n" + log + "\n" + queue + "\n" + postfix.getLogs()).isEqualTo(expected);
        if (expected == MtaStsSenderCase.Outcome.DEFERRED) {
            // deferred for TLS (the policy's demands), not for want of a route
            assertThat(log).as(postfix.getLogs()).containsPattern("status=deferred \\(.*(TLS|[Cc]ertificate|verif)");
        }
        assertThat(policies.requests()).as("the resolver fetched the policies over HTTPS").isPositive();
    }

    private static boolean delivered(String recipient) throws MessagingException {
        for (MimeMessage received : receiver.mailStore().getReceivedMessages()) {
            var to = received.getRecipients(Message.RecipientType.TO);
            if (to != null && to.length > 0 && to[0].toString().contains(recipient)) {
                return true;
            }
        }
        return false;
    }

    private static String logFor(String recipient) {
        return postfix.getLogs().lines().filter(l -> l.contains(recipient)).reduce("", (a, b) -> a + b + "\n");
    }

    private static String exec(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", script, "sh"));
        command.addAll(List.of(args));
        Container.ExecResult result = postfix.execInContainer(command.toArray(String[]::new));
        return result.getStdout() + result.getStderr();
    }

    private static boolean imageExists(String image) {
        try {
            DockerClientFactory.instance().client().inspectImageCmd(image).exec();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @AfterAll
    static void stop() {
        if (postfix != null) {
            postfix.stop();
        }
        if (bed != null) {
            bed.close();
        }
        if (policies != null) {
            policies.close();
        }
        if (receiver != null) {
            receiver.close();
        }
        if (network != null) {
            network.close();
        }
    }
}
