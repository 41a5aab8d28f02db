package org.mtainterop.probe.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import org.mtainterop.policy.access.CapabilitiesRenewedInsideTlsCheck;
import org.mtainterop.policy.access.NoCleartextLoginCheck;
import org.mtainterop.policy.access.TlsOfferedCheck;
import org.mtainterop.policy.checks.ChainTrustedCheck;
import org.mtainterop.policy.checks.HostnameMatchesCheck;
import org.mtainterop.policy.checks.ModernHandshakeCheck;
import org.mtainterop.policy.checks.PipelinedCommandsDiscardedCheck;
import org.mtainterop.probe.ProbeSettings;

/** The access probes and checks against a POP3 server on loopback, good and bad on purpose. */
class AccessProbesLoopbackTest {
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
                TrustAnchors.none().withCertificate(pki.rootCertificate()), 2);
        return new TargetFacts(new Endpoint("127.0.0.1", server.port(), NAME), service, Optional.empty(), settings, executor);
    }

    private static Verdict judge(InboundCheck check, TargetFacts facts) {
        return check.judge(facts.snapshot(check.needs(facts.service())));
    }

    @Test
    void aCompliantServerPassesAndHearsNoCredential() throws Exception {
        try (TinyPop3Server server = new TinyPop3Server(credential.serverSslContext(), false, false, false)) {
            TargetFacts facts = facts(server, MailService.POP3);
            for (InboundCheck check : new InboundCheck[] {new TlsOfferedCheck(), new NoCleartextLoginCheck(), new ModernHandshakeCheck(),
                new ChainTrustedCheck(), new HostnameMatchesCheck(), PipelinedCommandsDiscardedCheck.forUserAccess(),
                new CapabilitiesRenewedInsideTlsCheck()}) {
                Verdict v = judge(check, facts);
                assertThat(v.outcome()).as(v.requirementId() + ": " + v.message()).isEqualTo(Outcome.PASSED);
            }
            assertThat(server.received()).contains("USER probe").noneMatch(l -> l.toUpperCase().startsWith("PASS"))
                    .noneMatch(l -> l.toUpperCase().startsWith("AUTH"));
            assertThat(facts.await(Observations.TLS_DIALOGUE).transcript()).contains("C   CAPA").contains("STLS").contains("handshake complete");
        }
    }

    @Test
    void userAcceptedBeforeStlsFailsAccess02WithoutAPasswordSent() throws Exception {
        try (TinyPop3Server server = new TinyPop3Server(credential.serverSslContext(), true, false, false)) {
            TargetFacts facts = facts(server, MailService.POP3);
            Verdict v = judge(new NoCleartextLoginCheck(), facts);
            assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(v.message()).contains("USER").contains("before STLS");
            assertThat(server.received()).noneMatch(l -> l.toUpperCase().startsWith("PASS"));
        }
    }

    @Test
    void aCommandKeptAcrossStlsFailsAccess04And05() throws Exception {
        try (TinyPop3Server server = new TinyPop3Server(credential.serverSslContext(), false, true, false)) {
            TargetFacts facts = facts(server, MailService.POP3);
            Verdict v = judge(PipelinedCommandsDiscardedCheck.forUserAccess(), facts);
            assertThat(v.outcome()).as(v.message()).isEqualTo(Outcome.FAILED);
            assertThat(v.message()).contains("answered inside TLS").contains("+OK");
            assertThat(judge(new CapabilitiesRenewedInsideTlsCheck(), facts).outcome()).isEqualTo(Outcome.FAILED);
        }
    }

    @Test
    void implicitTlsComesBeforeTheGreeting() throws Exception {
        try (TinyPop3Server server = new TinyPop3Server(credential.serverSslContext(), false, false, true)) {
            TargetFacts facts = facts(server, MailService.POP3S);
            assertThat(judge(new TlsOfferedCheck(), facts).outcome()).isEqualTo(Outcome.PASSED);
            assertThat(judge(new ChainTrustedCheck(), facts).outcome()).isEqualTo(Outcome.PASSED);
            assertThat(judge(new NoCleartextLoginCheck(), facts).outcome()).isEqualTo(Outcome.SKIPPED);
            assertThat(facts.await(Observations.TLS_DIALOGUE).greeting()).hasValueSatisfying(g -> assertThat(g.brief()).contains("tiny POP3"));
        }
    }

    @Test
    void aPlaintextServerOnAnImplicitPortFailsAccess01() throws Exception {
        try (TinyPop3Server server = new TinyPop3Server(credential.serverSslContext(), false, false, false)) {
            Verdict v = judge(new TlsOfferedCheck(), facts(server, MailService.POP3S));
            assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(v.message()).contains("no TLS handshake on the implicit-TLS port");
        }
    }

    @Test
    void nothingListeningIsBrokenNotFailed() throws Exception {
        TinyPop3Server server = new TinyPop3Server(credential.serverSslContext(), false, false, false);
        server.close();
        TargetFacts facts = facts(server, MailService.POP3);
        assertThat(judge(new TlsOfferedCheck(), facts).outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(judge(new NoCleartextLoginCheck(), facts).outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(judge(new ChainTrustedCheck(), facts).outcome()).isEqualTo(Outcome.BROKEN);
    }
}
