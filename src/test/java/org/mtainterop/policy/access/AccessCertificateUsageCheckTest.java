package org.mtainterop.policy.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.observation.Observations.ACCESS_DIALOGUE;
import static org.mtainterop.policy.checks.LeafCertificateFacts.TLS_SERVER;
import static org.mtainterop.policy.checks.LeafCertificateFacts.leaf;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mtainterop.access.AccessAnswer;
import org.mtainterop.access.AccessCapabilities;
import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.cert.CertificateUsage;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.access.AccessDialogueFacts;
import org.mtainterop.tls.TlsHandshakeFacts;

/** CERT-04 on submission, IMAP and POP3: the port-25 judgement on the service's leaf; no chain, nothing judged. */
class AccessCertificateUsageCheckTest {
    private static final String HOST = "imap.example.test";
    private final AccessCertificateUsageCheck check = new AccessCertificateUsageCheck();

    @Test
    void readsTheAccessDialogueOnly() {
        assertThat(check.requirementId()).isEqualTo("CERT-04");
        for (MailService service : List.of(MailService.SUBMISSION, MailService.IMAPS, MailService.POP3S)) {
            assertThat(check.needs(service)).containsExactly(ACCESS_DIALOGUE);
        }
    }

    @Test
    void passesOnEveryServiceWithATlsServerLeaf() {
        for (MailService service : MailService.values()) {
            if (service.userAccess()) {
                Verdict v = judge(service, Optional.of(leaf(TLS_SERVER, Duration.ofDays(397))));
                assertThat(v.outcome()).as(service.label()).isEqualTo(Outcome.PASSED);
                assertThat(v.message()).contains("extendedKeyUsage (serverAuth), valid for 397 days");
            }
        }
    }

    @Test
    void failsLikePort25() {
        CertificateUsage clientOnly = new CertificateUsage(TLS_SERVER.keyUsage(), false, Optional.of(List.of("clientAuth")));
        Verdict v = judge(MailService.IMAPS, Optional.of(leaf(clientOnly, Duration.ofDays(1095))));
        assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(v.message()).startsWith("the leaf's keyUsage is not critical")
                .contains("extendedKeyUsage (clientAuth) does not include serverAuth", "valid for 1095 days, longer than 825");
    }

    @Test
    void aFailedImplicitTlsHandshakeWithoutAChainIsSkipped() {
        Verdict v = judge(MailService.IMAPS, Optional.empty());
        assertThat(v.outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(v.message()).isEqualTo("needs TLS, but the handshake on this implicit-TLS port failed: handshake_failure");
    }

    private Verdict judge(MailService service, Optional<CertificateFacts> certificate) {
        Endpoint endpoint = new Endpoint(HOST, service.defaultPort(), HOST);
        TlsHandshakeFacts handshake = new TlsHandshakeFacts(certificate.isPresent(), List.of("TLSv1.3"), Optional.of(HOST),
                certificate.isPresent() ? "TLSv1.3" : "", "", List.of(), certificate.isPresent() ? "" : "handshake_failure",
                Duration.ofMillis(5));
        AccessCapabilities beforeTls = service.implicitTls() ? AccessCapabilities.none(service.protocol())
                : new AccessCapabilities(service.protocol(), true, List.of("STARTTLS"), true, true, List.of(), false);
        AccessDialogueFacts dialogue = new AccessDialogueFacts(service, endpoint, Optional.empty(),
                Optional.of(new AccessAnswer(true, "ready")), beforeTls,
                service.implicitTls() ? Optional.empty() : Optional.of(new AccessAnswer(true, "begin TLS")),
                Optional.of(handshake), certificate, AccessCapabilities.none(service.protocol()), "");
        return check.judge(ObservedFacts.of(endpoint, service).with(ACCESS_DIALOGUE, dialogue).build());
    }
}
