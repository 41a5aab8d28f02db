package org.mtainterop.target.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.dane.TlsaMatchingType.SHA2_256;
import static org.mtainterop.dane.TlsaSelector.SPKI;
import static org.mtainterop.dane.TlsaUsage.DANE_EE;
import static org.mtainterop.dane.TlsaUsage.DANE_TA;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.dane.ChainKeyType;
import org.mtainterop.dane.DaneChainFacts;
import org.mtainterop.dane.PresentedChain;
import org.mtainterop.dane.TlsaAssociation;
import org.mtainterop.dns.DnsLookup;
import org.mtainterop.dns.DnsLookups;
import org.mtainterop.dns.DomainDnsProbe;
import org.mtainterop.dns.testbed.DnsTestBed;
import org.mtainterop.dns.testbed.ZoneMode;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.IssuedCredential;
import org.mtainterop.pki.TestPki;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.checks.dane.DaneTaAnchorSentCheck;
import org.mtainterop.policy.checks.dane.TlsaMatchesEveryChainCheck;
import org.mtainterop.probe.DaneChainProbe;
import org.mtainterop.probe.ProbeSettings;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * DANE-02 and DANE-04 end to end: a Postfix container (its EC chain from the test PKI: leaf + intermediate) as the MX
 * of three signed test domains served and validated by the DNSSEC test bed, on an internal network; the harness
 * resolves with its own validation from the bed's trust anchor, handshakes with the MX address for ECDSA and RSA,
 * and compares each chain with the domain's TLSA RRset. One domain passes both, one publishes a key the MX does not
 * use, one names a DANE-TA anchor it never sends.
 */
class InboundDaneChainsContainerTest {
    private static Network network;
    private static DnsTestBed bed;
    private static PostfixContainer postfix;
    private static DnsLookup dns;
    private static ProbeSettings settings;

    @BeforeAll
    static void start() {
        DockerRequirement.assumeDocker();
        DnsTestBed.assumeAvailable();
        TestPki pki = TestPki.generate();
        IssuedCredential mx = pki.issue(CertificateProfile.VALID, "mx.good.test");
        network = Network.builder().createNetworkCmdModifier(cmd -> cmd.withInternal(true)
                .withName("mta-interop-dane-in-" + Long.toHexString(System.nanoTime()))).build();
        postfix = new PostfixContainer();
        postfix.withMxName("mx.good.test").withCertificate(mx).withNetwork(network).setExposedPorts(List.of());
        postfix.withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                .withPortBindings(new com.github.dockerjava.api.model.Ports()));
        postfix.waitingFor(Wait.forSuccessfulCommand(
                "bash -c 'exec 3<>/dev/tcp/127.0.0.1/25 && timeout 2 head -c 3 <&3 | grep -q 220'")
                .withStartupTimeout(Duration.ofSeconds(30)));
        postfix.start();
        String address = postfix.getContainerInfo().getNetworkSettings().getNetworks().values().iterator().next().getIpAddress();
        String leaf = TlsaAssociation.of(DANE_EE, SPKI, SHA2_256, mx.leaf()).presentation();
        String issuer = TlsaAssociation.of(DANE_TA, SPKI, SHA2_256, mx.chain().get(1)).presentation();
        String otherKey = TlsaAssociation.of(DANE_EE, SPKI, SHA2_256, pki.issue(CertificateProfile.VALID, "next.good.test").leaf()).presentation();
        String root = TlsaAssociation.of(DANE_TA, SPKI, SHA2_256, pki.rootCertificate()).presentation();
        String records = "@ IN MX 10 mx\nmx IN A " + address + "\n";
        bed = DnsTestBed.builder().network(network)
                .zone("good.test", ZoneMode.SIGNED, records + "_25._tcp.mx IN TLSA " + leaf + "\n_25._tcp.mx IN TLSA " + issuer + "\n")
                .zone("wrong.test", ZoneMode.SIGNED, records + "_25._tcp.mx IN TLSA " + otherKey + "\n")
                .zone("tanotsent.test", ZoneMode.SIGNED, records + "_25._tcp.mx IN TLSA " + root + "\n")
                .start();
        dns = DnsLookups.create(bed.harnessSettings());
        settings = new ProbeSettings(ProbeSettings.DEFAULT_EHLO_NAME, NetworkLimits.defaults(), TrustAnchors.none(), 2);
    }

    @AfterAll
    static void stop() {
        if (postfix != null) {
            postfix.stop();
        }
        if (bed != null) {
            bed.close();
        }
        if (network != null) {
            network.close();
        }
    }

    private static DaneChainFacts observe(String domain) {
        DaneChainFacts facts = new DaneChainProbe(settings, 25).observe(new DomainDnsProbe(dns).observe(domain));
        System.out.println(facts.evidence());
        return facts;
    }

    @Test
    void aMatchingRrsetPassesBothAndTheMissingRsaChainIsAFact() {
        DaneChainFacts facts = observe("good.test");
        Verdict dane02 = new TlsaMatchesEveryChainCheck().judge(facts);
        assertThat(dane02.outcome().name()).as(dane02.message()).isEqualTo("PASSED");
        assertThat(dane02.message()).contains("rollover-ready", "every chain by two or more");
        Verdict dane04 = new DaneTaAnchorSentCheck().judge(facts);
        assertThat(dane04.outcome().name()).as(dane04.message()).isEqualTo("PASSED");
        List<PresentedChain> chains = facts.hosts().get(0).chains();
        assertThat(chains).filteredOn(c -> c.keyType() == ChainKeyType.ECDSA).allMatch(PresentedChain::presented);
        assertThat(chains).filteredOn(c -> c.keyType() == ChainKeyType.RSA)
                .allSatisfy(c -> assertThat(c.presented()).as(c.problem()).isFalse());
    }

    @Test
    void aKeyTheMxDoesNotUseFailsDane02() {
        Verdict dane02 = new TlsaMatchesEveryChainCheck().judge(observe("wrong.test"));
        assertThat(dane02.outcome().name()).as(dane02.message()).isEqualTo("FAILED");
        assertThat(dane02.message()).contains("matches no certificate sent");
    }

    @Test
    void aDaneTaAnchorNeverSentFailsBoth() {
        DaneChainFacts facts = observe("tanotsent.test");
        assertThat(new TlsaMatchesEveryChainCheck().judge(facts).outcome().name()).isEqualTo("FAILED");
        Verdict dane04 = new DaneTaAnchorSentCheck().judge(facts);
        assertThat(dane04.outcome().name()).as(dane04.message()).isEqualTo("FAILED");
        assertThat(dane04.message()).contains("not in the chain sent");
    }
}
