package org.mtainterop.mtasts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.AdversarialReceiver;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;

/**
 * What the MTA-STS profiles publish, read back with the harness's own strict parsers (the ones MTASTS-01..03 judge
 * a live domain with): each policy is valid, its mode and pattern are the case's, the record is valid, and the
 * files are in the layout the test bed and an operator's web server read.
 */
class MtaStsTestDomainsTest {
    private static final String MX = "mx.sts-case.test";
    private static final String DOMAIN = "sts-case.test";
    private static TestPki pki;
    private static AdversarialReceiver receiver;
    private static final InetAddress MX_ADDRESS = InetAddress.getLoopbackAddress();
    private static InetAddress policyAddress;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        pki = TestPki.generate();
        policyAddress = InetAddress.getByName("192.0.2.44");
        receiver = AdversarialReceiver.start(AdversarialReceiver.Settings.of(new InetSocketAddress(MX_ADDRESS, 0), MX,
                AdversarialProfile.COMPLIANT), pki);
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    private static MtaStsTestDomain domain(AdversarialProfile profile) {
        return receiver.mtaStsDomain(profile, List.of(MX_ADDRESS), List.of(policyAddress), "20261203").orElseThrow();
    }

    @Test
    void everyMtaStsProfileAndOnlyThosePublishADomain() {
        Arrays.stream(AdversarialProfile.values()).forEach(p -> assertThat(receiver.mtaStsDomain(p, List.of(MX_ADDRESS),
                List.of(policyAddress), "1").isPresent()).as(p.label()).isEqualTo(p.mtaSts()));
    }

    @Test
    void eachPolicyIsValidAndSaysWhatItsCaseNeeds() {
        for (AdversarialProfile profile : AdversarialProfile.values()) {
            if (!profile.mtaSts()) {
                continue;
            }
            MtaStsTestDomain domain = domain(profile);
            Parsed<StsPolicy> parsed = StsPolicyParser.parse(domain.policy().getBytes(StandardCharsets.US_ASCII));
            assertThat(parsed.errors()).as(profile.label() + ": " + domain.policy()).isEmpty();
            StsPolicy policy = parsed.value().orElseThrow();
            assertThat(policy.mode()).as(profile.label())
                    .isEqualTo(profile == AdversarialProfile.MTA_STS_TESTING_WRONG_NAME ? StsMode.TESTING : StsMode.ENFORCE);
            assertThat(policy.patternFor(MX)).as(profile.label() + ": the MX in the patterns")
                    .isEqualTo(profile == AdversarialProfile.MTA_STS_ENFORCE_MX_MISMATCH
                            ? java.util.Optional.empty() : java.util.Optional.of(new MxPattern(MX)));
            assertThat(policy.maxAge()).isEqualTo(MtaStsTestDomain.TEST_MAX_AGE);
            assertThat(StsRecord.parse(domain.txtRecord()).valid()).as(domain.txtRecord()).isTrue();
            assertThat(domain.domain()).isEqualTo(DOMAIN);
            assertThat(profile.certificate()).as(profile.label() + ": the certificate the MX presents").isEqualTo(
                    profile.name().endsWith("WRONG_NAME") ? CertificateProfile.WRONG_HOST : CertificateProfile.VALID);
        }
    }

    @Test
    void theRecordsNameTheMxThePolicyHostAndTheTlsRptAddress() {
        String records = domain(AdversarialProfile.MTA_STS_ENFORCE_VALID).records();
        assertThat(records).contains("sts-case.test. IN MX 10 mx.sts-case.test.",
                "mx.sts-case.test. IN A 127.0.0.1",
                "_mta-sts.sts-case.test. IN TXT \"v=STSv1; id=20261203\"",
                "mta-sts.sts-case.test. IN A 192.0.2.44",
                "_smtp._tls.sts-case.test. IN TXT \"v=TLSRPTv1; rua=mailto:tlsrpt@sts-case.test\"");
        assertThat(records).matches("(?s)[\\x20-\\x7e\\n]*");
    }

    @Test
    void theFilesAreTheTestBedsLayoutAndAWebRootForThePolicyHost() throws Exception {
        MtaStsTestDomain domain = domain(AdversarialProfile.MTA_STS_ENFORCE_NO_STARTTLS);
        MtaStsDomainWriter.write(dir, List.of(domain));
        assertThat(Files.readString(dir.resolve("zones.list"))).contains("sts-case.test unsigned");
        assertThat(Files.readString(dir.resolve("sts-case.test.zone"))).isEqualTo(domain.records());
        assertThat(Files.readString(dir.resolve("sts-case.test.zonefile"))).contains("@ IN SOA ns.sts-case.test.");
        assertThat(Files.readString(dir.resolve("mta-sts.sts-case.test/.well-known/mta-sts.txt")))
                .isEqualTo(domain.policy()).contains("mode: enforce", "mx: mx.sts-case.test");
    }

    @Test
    void anIdOutsideTheGrammarIsRefused() {
        assertThatThrownBy(() -> receiver.mtaStsDomain(AdversarialProfile.MTA_STS_ENFORCE_VALID, List.of(MX_ADDRESS),
                List.of(policyAddress), "not-alnum")).hasMessageContaining("RFC 8461 §3.1");
    }
}
