package org.mtainterop.probe.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.observation.Observations;
import org.mtainterop.observation.TargetFacts;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.IssuedCredential;
import org.mtainterop.pki.TestPki;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.checks.ForwardSecrecyCheck;
import org.mtainterop.policy.checks.LegacyTlsRefusedCheck;
import org.mtainterop.policy.checks.SslVersionsRefusedCheck;
import org.mtainterop.policy.checks.Tls13PreferredCheck;
import org.mtainterop.policy.checks.WeakSuitesRefusedCheck;
import org.mtainterop.probe.ProbeSettings;
import org.mtainterop.probe.TlsEnumerationFacts;
import org.mtainterop.tls.raw.ProtocolVersion;

/**
 * The raw-hello enumeration over POP3: after STLS (port 110 style) and from the first byte (995 style), against
 * a JSSE server on loopback; the TLS-VER and TLS-CS checks judge it and name the service in their verdicts.
 */
@Timeout(60)
class AccessTlsEnumerationLoopbackTest {
    private static final String NAME = "pop.example.test";
    private static TestPki pki;
    private static IssuedCredential credential;
    private static ExecutorService executor;

    @BeforeAll
    static void pki() {
        pki = TestPki.generate();
        credential = pki.issue(CertificateProfile.VALID, NAME);
        executor = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
    }

    private static TargetFacts facts(TinyPop3Server server, MailService service) {
        ProbeSettings settings = new ProbeSettings(ProbeSettings.DEFAULT_EHLO_NAME,
                NetworkLimits.defaults().withReadTimeout(Duration.ofSeconds(3)).withSessionDeadline(Duration.ofSeconds(10)),
                TrustAnchors.none().withCertificate(pki.rootCertificate()), 4);
        return new TargetFacts(new Endpoint("127.0.0.1", server.port(), NAME), service, Optional.empty(), settings, executor);
    }

    @Test
    void afterStlsTheEnumerationSeesWhatJsseOffers() throws Exception {
        try (TinyPop3Server server = new TinyPop3Server(credential.serverSslContext(), false, false, false)) {
            TargetFacts facts = facts(server, MailService.POP3);
            TlsEnumerationFacts e = facts.await(Observations.TLS_ENUMERATION);
            assertThat(e.notTested()).isEmpty();
            assertThat(e.problems()).isEmpty();
            assertThat(e.versions()).filteredOn(TlsEnumerationFacts.VersionFinding::accepted)
                    .extracting(TlsEnumerationFacts.VersionFinding::version)
                    .containsExactly(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
            assertThat(e.acceptedSuites().get(ProtocolVersion.TLS_1_3)).isNotEmpty();
            assertThat(server.received()).contains("CAPA", "STLS")
                    .noneMatch(l -> l.toUpperCase().startsWith("USER") || l.toUpperCase().startsWith("PASS"));
            String pop3On = "POP3 on " + server.port();
            for (InboundCheck check : new InboundCheck[] {new SslVersionsRefusedCheck(), new LegacyTlsRefusedCheck(),
                new WeakSuitesRefusedCheck(), new ForwardSecrecyCheck(), new Tls13PreferredCheck()}) {
                Verdict v = judged(check, facts);
                assertThat(v.outcome()).as(v.requirementId() + ": " + v.message()).isEqualTo(Outcome.PASSED);
                assertThat(v.message()).as(v.requirementId()).contains(pop3On);
            }
        }
    }

    @Test
    void onAnImplicitTlsPortTheHellosComeFirst() throws Exception {
        try (TinyPop3Server server = new TinyPop3Server(credential.serverSslContext(), false, false, true)) {
            TargetFacts facts = facts(server, MailService.POP3S);
            TlsEnumerationFacts e = facts.await(Observations.TLS_ENUMERATION);
            assertThat(e.notTested()).isEmpty();
            assertThat(e.accepts(ProtocolVersion.TLS_1_2)).isTrue();
            assertThat(e.accepts(ProtocolVersion.TLS_1_0)).isFalse();
            Verdict v = judged(new LegacyTlsRefusedCheck(), facts);
            assertThat(v.outcome()).as(v.message()).isEqualTo(Outcome.PASSED);
            assertThat(v.message()).startsWith("POP3S on " + server.port() + " refused hellos pinned to TLS 1.0");
        }
    }

    @Test
    void withoutStlsTheEnumerationIsSkippedNotBroken() throws Exception {
        try (TinyPop3Server server = new TinyPop3Server(credential.serverSslContext(), false, false, false)) {
            // a plaintext POP3 server judged as implicit TLS: no TLS at all, so the TLS-VER requirements do not apply
            TargetFacts facts = facts(server, MailService.POP3S);
            Verdict v = judged(new LegacyTlsRefusedCheck(), facts);
            assertThat(v.outcome()).as(v.message()).isEqualTo(Outcome.SKIPPED);
            assertThat(v.message()).contains("implicit-TLS port");
        }
    }

    /** The check's verdict on what it declared it needs, measured by the store now. */
    private static Verdict judged(InboundCheck check, TargetFacts facts) {
        return check.judge(facts.snapshot(check.needs(facts.service())));
    }
}
