package org.mtainterop.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;
import org.mtainterop.receiver.ReceiverSettings;
import org.mtainterop.receiver.ReferenceReceiver;

/**
 * STARTTLS-05's probe against the reference receiver on loopback (which has no partner table: it accepts a
 * plaintext MAIL FROM): it connects from the declared source, cancels the accepted MAIL, and sends nothing when the
 * declaration, the source or the permission is missing.
 */
class PartnerPlaintextMailProbeTest {
    private static ReferenceReceiver receiver;
    private static Endpoint endpoint;

    @BeforeAll
    static void start() {
        TestPki pki = TestPki.generate();
        receiver = ReferenceReceiver.start(ReceiverSettings.starttls("mx.partner.test",
                pki.issue(CertificateProfile.VALID, "mx.partner.test").serverSslContext()), (f, t, m, tls) -> { });
        endpoint = new Endpoint("127.0.0.1", receiver.port(), "mx.partner.test");
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    private static ProbeSettings settings(PartnerSource partner, boolean transactions) {
        return new ProbeSettings(ProbeSettings.DEFAULT_EHLO_NAME, NetworkLimits.defaults(), TrustAnchors.none(), 4)
                .withTransactions(transactions, Optional.empty()).withPartner(partner);
    }

    @Test
    void fromTheDeclaredSourceTheAcceptedMailIsSeenAndCancelled() throws Exception {
        PartnerSource partner = new PartnerSource(true, "operator partner", Optional.of(InetAddress.getLoopbackAddress()),
                true);
        PartnerPlaintextMailFacts facts = new PartnerPlaintextMailProbe(settings(partner, true)).run(endpoint);
        assertThat(facts.notAttempted()).isEmpty();
        assertThat(facts.mailReply()).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(250));
        assertThat(facts.transcript()).contains("from 127.0.0.1", "MAIL FROM:<probe@mta-interop.test>", "RSET")
                .doesNotContain("C   RCPT");
    }

    @Test
    void aSourceThatIsNotThisHostsIsACouldNotTestProblem() throws Exception {
        PartnerSource partner = new PartnerSource(true, "operator partner",
                Optional.of(InetAddress.getByName("192.0.2.7")), true);
        PartnerPlaintextMailFacts facts = new PartnerPlaintextMailProbe(settings(partner, true)).run(endpoint);
        assertThat(facts.mailReply()).isEmpty();
        assertThat(facts.problem()).hasValueSatisfying(p -> {
            assertThat(p.kind()).isEqualTo(ConnectionProblem.Kind.HARNESS);
            assertThat(p.reason()).contains("cannot connect from 192.0.2.7: not an address of this host");
        });
    }

    @Test
    void nothingIsSentWithoutADeclarationASourceOrPermission() {
        assertThat(new PartnerPlaintextMailProbe(settings(PartnerSource.undeclared(), true)).run(endpoint).notAttempted())
                .hasValueSatisfying(w -> assertThat(w.render(org.mtainterop.report.ReportLanguage.EN)).contains("does not declare"));
        assertThat(new PartnerPlaintextMailProbe(settings(new PartnerSource(true, "operator partner", Optional.empty(),
                false), true)).run(endpoint).notAttempted()).hasValueSatisfying(w -> assertThat(w.render(org.mtainterop.report.ReportLanguage.EN)).contains("no partner_source"));
        assertThat(new PartnerPlaintextMailProbe(settings(PartnerSource.referenceContainer("compliant"), false))
                .run(endpoint).notAttempted()).hasValueSatisfying(w -> assertThat(w.render(org.mtainterop.report.ReportLanguage.EN)).contains("--allow-transaction"));
    }
}
