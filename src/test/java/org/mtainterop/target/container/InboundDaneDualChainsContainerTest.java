package org.mtainterop.target.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.dane.TlsaMatchingType.SHA2_256;
import static org.mtainterop.dane.TlsaSelector.SPKI;
import static org.mtainterop.dane.TlsaUsage.DANE_EE;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.dane.ChainKeyType;
import org.mtainterop.dane.DaneAuthentication;
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
import org.mtainterop.policy.checks.dane.TlsaMatchesEveryChainCheck;
import org.mtainterop.probe.DaneChainProbe;
import org.mtainterop.probe.ProbeSettings;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * DANE-02 against a server with both an ECDSA and an RSA certificate (Postfix, two key+chain pairs in
 * smtpd_tls_chain_files): the probe's ECDSA-only and RSA-only TLS 1.2 handshakes get one chain each, and the TLSA
 * RRset must authenticate both (RFC 7671 §8.1, RFC 7672 §3.1). One signed domain publishes a DANE-EE record for each
 * key, the other only the ECDSA key's.
 */
class InboundDaneDualChainsContainerTest {
    private static Network network;
    private static DnsTestBed bed;
    private static PostfixContainer postfix;
    private static DnsLookup dns;
    private static ProbeSettings settings;
    private static TlsaAssociation ecdsaRecord;
    private static TlsaAssociation rsaRecord;

    @BeforeAll
    static void start() {
        DockerRequirement.assumeDocker();
        DnsTestBed.assumeAvailable();
        TestPki pki = TestPki.generate();
        IssuedCredential ecdsa = pki.issue(CertificateProfile.VALID, "mx.both.test");
        IssuedCredential rsa = pki.issueRsa("mx.both.test");
        assertThat(ecdsa.leaf().getPublicKey().getAlgorithm()).isEqualTo("EC");
        assertThat(rsa.leaf().getPublicKey().getAlgorithm()).isEqualTo("RSA");
        network = Network.builder().createNetworkCmdModifier(cmd -> cmd.withInternal(true)
                .withName("mta-interop-dane-dual-" + Long.toHexString(System.nanoTime()))).build();
        postfix = new PostfixContainer();
        postfix.withMxName("mx.both.test").withCertificate(ecdsa).withSecondCertificate(rsa).withNetwork(network)
                .setExposedPorts(List.of());
        postfix.withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                .withPortBindings(new com.github.dockerjava.api.model.Ports()));
        postfix.waitingFor(Wait.forSuccessfulCommand(
                "bash -c 'exec 3<>/dev/tcp/127.0.0.1/25 && timeout 2 head -c 3 <&3 | grep -q 220'")
                .withStartupTimeout(Duration.ofSeconds(30)));
        postfix.start();
        String address = postfix.getContainerInfo().getNetworkSettings().getNetworks().values().iterator().next().getIpAddress();
        ecdsaRecord = TlsaAssociation.of(DANE_EE, SPKI, SHA2_256, ecdsa.leaf());
        rsaRecord = TlsaAssociation.of(DANE_EE, SPKI, SHA2_256, rsa.leaf());
        String records = "@ IN MX 10 mx\nmx IN A " + address + "\n";
        bed = DnsTestBed.builder().network(network)
                .zone("both.test", ZoneMode.SIGNED, records + "_25._tcp.mx IN TLSA " + ecdsaRecord.presentation()
                        + "\n_25._tcp.mx IN TLSA " + rsaRecord.presentation() + "\n")
                .zone("ecdsaonly.test", ZoneMode.SIGNED, records + "_25._tcp.mx IN TLSA " + ecdsaRecord.presentation() + "\n")
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

    private static PresentedChain chain(DaneChainFacts facts, ChainKeyType type) {
        List<PresentedChain> chains = facts.hosts().get(0).chains().stream().filter(c -> c.keyType() == type).toList();
        assertThat(chains).as("one %s handshake per MX address", type).hasSize(1);
        PresentedChain chain = chains.get(0);
        assertThat(chain.presented()).as("%s chain presented: %s", type, chain.problem()).isTrue();
        return chain;
    }

    @Test
    void tlsaRecordsForBothKeysAuthenticateBothChains() {
        DaneChainFacts facts = observe("both.test");
        PresentedChain ecdsa = chain(facts, ChainKeyType.ECDSA);
        PresentedChain rsa = chain(facts, ChainKeyType.RSA);
        assertThat(ecdsa.chain().get(0).getPublicKey().getAlgorithm()).isEqualTo("EC");
        assertThat(rsa.chain().get(0).getPublicKey().getAlgorithm()).isEqualTo("RSA");
        assertThat(ecdsa.authentication().flatMap(DaneAuthentication::authenticatedBy)).get()
                .satisfies(by -> assertThat(by.record()).isEqualTo(ecdsaRecord));
        assertThat(rsa.authentication().flatMap(DaneAuthentication::authenticatedBy)).get()
                .satisfies(by -> assertThat(by.record()).isEqualTo(rsaRecord));

        Verdict dane02 = new TlsaMatchesEveryChainCheck().judge(facts);
        assertThat(dane02.outcome().name()).as(dane02.message()).isEqualTo("PASSED");
        assertThat(dane02.message()).contains(ecdsa.where() + ": authenticated by " + ecdsaRecord,
                rsa.where() + ": authenticated by " + rsaRecord);
        assertThat(facts.evidence()).contains(ecdsa.where() + ": ", rsa.where() + ": ",
                ecdsaRecord.presentation(), rsaRecord.presentation());
    }

    @Test
    void anRrsetWithOnlyTheEcdsaKeyFailsNamingTheRsaChain() {
        DaneChainFacts facts = observe("ecdsaonly.test");
        PresentedChain ecdsa = chain(facts, ChainKeyType.ECDSA);
        PresentedChain rsa = chain(facts, ChainKeyType.RSA);
        assertThat(ecdsa.authentication()).get().satisfies(a -> assertThat(a.authenticated()).isTrue());
        assertThat(rsa.authentication()).get().satisfies(a -> assertThat(a.authenticated()).as(a.summary()).isFalse());

        Verdict dane02 = new TlsaMatchesEveryChainCheck().judge(facts);
        assertThat(dane02.outcome().name()).as(dane02.message()).isEqualTo("FAILED");
        assertThat(dane02.message()).contains(rsa.where() + ": no usable TLSA record authenticates the chain")
                .doesNotContain(ecdsa.where() + ": no usable TLSA record");
    }
}
