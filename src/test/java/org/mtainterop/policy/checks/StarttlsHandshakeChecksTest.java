package org.mtainterop.policy.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.net.MailService.SMTP;
import static org.mtainterop.observation.Observations.HANDSHAKE_TLS12_ONLY;
import static org.mtainterop.observation.Observations.HANDSHAKE_UNKNOWN_SNI;
import static org.mtainterop.observation.Observations.HANDSHAKE_WITHOUT_SNI;
import static org.mtainterop.observation.Observations.PIPELINED_TLS_COMMAND;
import static org.mtainterop.observation.Observations.TLS_DIALOGUE;
import static org.mtainterop.policy.fixture.InboundFacts.dialogue;
import static org.mtainterop.policy.fixture.InboundFacts.handshake;
import static org.mtainterop.policy.fixture.InboundFacts.pipelined;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertSkipped;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.InboundFacts;
import org.mtainterop.policy.fixture.OfferedHandshakeFixture;
import org.mtainterop.policy.fixture.PipelinedTlsCommandFixture;
import org.mtainterop.probe.HandshakeVariant;

/** The port-25 checks judged from handshakes of their own: DOWNGRADE-01, TLS-VER-03, TLS-VER-04, CERT-08. */
class StarttlsHandshakeChecksTest {

    @Nested
    class PipelinedCommandsDiscarded {
        private final InboundCheck check = PipelinedCommandsDiscardedCheck.onPort25();

        private Verdict judge(PipelinedTlsCommandFixture pipelined) {
            return InboundFacts.on(SMTP).with(PIPELINED_TLS_COMMAND, pipelined).judgedBy(check);
        }

        @Test
        void needsThePipelinedProbeAndTheDialogue() {
            assertThat(check.needs(SMTP)).containsExactlyInAnyOrder(TLS_DIALOGUE, PIPELINED_TLS_COMMAND);
        }

        @Test
        void passesWhenThePipelinedNoopIsDiscarded() {
            assertPassed(judge(pipelined()), "the plaintext NOOP pipelined behind STARTTLS was discarded");
        }

        @Test
        void failsWhenThePipelinedNoopIsAnsweredInsideTls() {
            assertFailed(judge(pipelined().noopAnsweredInsideTls(250, "2.0.0 Ok")),
                    "NOOP sent in plaintext with STARTTLS was answered inside TLS (250 2.0.0 Ok)", "command injection");
        }

        @Test
        void passesWhenOnlyPipelinedStarttlsIsRefused() {
            Verdict v = InboundFacts.on(SMTP).with(TLS_DIALOGUE, dialogue())
                    .with(PIPELINED_TLS_COMMAND, pipelined().starttlsAnswered(503, "5.5.0 Pipelining not allowed"))
                    .judgedBy(check);
            assertPassed(v, "refused (503 5.5.0 Pipelining not allowed): nothing can be injected");
        }

        @Test
        void isSkippedWhenStarttlsIsRefusedWithOrWithoutPipelining() {
            Verdict v = InboundFacts.on(SMTP).with(TLS_DIALOGUE, dialogue().starttlsAnswered(454, "4.7.0 TLS not available"))
                    .with(PIPELINED_TLS_COMMAND, pipelined().starttlsAnswered(454, "4.7.0 TLS not available"))
                    .judgedBy(check);
            assertSkipped(v, "needs TLS, but STARTTLS was answered 454 4.7.0 TLS not available");
        }

        @Test
        void isSkippedWithoutStarttls() {
            assertSkipped(judge(pipelined().withoutStarttls()), "needs TLS, but the server does not advertise STARTTLS");
        }

        @Test
        void passesWhenOnlyThePipelinedHandshakeFails() {
            // as on the user-access services: the server read the plaintext behind STARTTLS as TLS data
            assertPassed(judge(pipelined().handshakeFailed("Received fatal alert: decode_error")),
                    "the handshake failed (Received fatal alert: decode_error), while it completes without");
        }

        @Test
        void couldNotTestWhenTheSessionBreaksOff() {
            assertBroken(judge(pipelined().brokeOff("timed out during STARTTLS (Read timed out)")),
                    "timed out during STARTTLS");
        }
    }

    @Nested
    class Tls12Supported {
        private final InboundCheck check = new Tls12SupportedCheck();

        private Verdict judge(OfferedHandshakeFixture tls12) {
            return InboundFacts.on(SMTP).with(HANDSHAKE_TLS12_ONLY, tls12).judgedBy(check);
        }

        @Test
        void needsTheTls12OnlyHandshake() {
            assertThat(check.needs(SMTP)).containsExactlyInAnyOrder(HANDSHAKE_TLS12_ONLY);
        }

        @Test
        void passesAndNamesServiceAndSuite() {
            assertPassed(judge(handshake(HandshakeVariant.TLS12_ONLY).negotiated("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")),
                    "SMTP on 25 accepted a TLS 1.2-only hello: TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
        }

        @Test
        void failsWhenTheTls12HelloIsRefused() {
            assertFailed(judge(handshake(HandshakeVariant.TLS12_ONLY).handshakeFailed("Received fatal alert: protocol_version")),
                    "SMTP on 25 refused a TLS 1.2-only hello: Received fatal alert: protocol_version");
        }

        @Test
        void isSkippedWithoutStarttls() {
            assertSkipped(judge(handshake(HandshakeVariant.TLS12_ONLY).withoutStarttls()), "does not advertise STARTTLS");
        }

        @Test
        void isSkippedWhenStarttlsIsRefused() {
            assertSkipped(judge(handshake(HandshakeVariant.TLS12_ONLY).starttlsAnswered(454, "4.7.0 TLS not available")),
                    "needs TLS, but STARTTLS was answered 454 4.7.0 TLS not available");
        }

        @Test
        void couldNotTestAnUnreachableServer() {
            assertBroken(judge(handshake(HandshakeVariant.TLS12_ONLY).unreachable("connection refused or unreachable (x)")),
                    "connection refused or unreachable");
        }

        @Test
        void couldNotTestWhenStarttlsIsNotAnswered() {
            assertBroken(judge(handshake(HandshakeVariant.TLS12_ONLY).starttlsNotAnswered("timed out during STARTTLS")),
                    "timed out during STARTTLS");
        }
    }

    @Nested
    class Tls13Preferred {
        private final InboundCheck check = new Tls13PreferredCheck();

        @Test
        void needsTheDialogueOnly() {
            assertThat(check.needs(SMTP)).containsExactlyInAnyOrder(TLS_DIALOGUE);
        }

        @Test
        void passesWhenTls13IsChosen() {
            assertPassed(InboundFacts.on(SMTP).judgedBy(check), "offered TLS 1.3 and 1.2, SMTP on 25 chose TLS 1.3");
        }

        @Test
        void failsWhenTls12IsChosen() {
            Verdict v = InboundFacts.on(SMTP).with(TLS_DIALOGUE,
                    dialogue().negotiated("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")).judgedBy(check);
            assertFailed(v, "offered TLS 1.3 and 1.2, SMTP on 25 chose TLSv1.2");
        }
    }

    @Nested
    class HandshakeWithoutSni {
        private final InboundCheck check = new HandshakeWithoutSniCheck();

        private Verdict judge(OfferedHandshakeFixture withoutSni, OfferedHandshakeFixture unknownSni) {
            return InboundFacts.on(SMTP).with(HANDSHAKE_WITHOUT_SNI, withoutSni).with(HANDSHAKE_UNKNOWN_SNI, unknownSni)
                    .judgedBy(check);
        }

        private OfferedHandshakeFixture none() {
            return handshake(HandshakeVariant.WITHOUT_SNI);
        }

        private OfferedHandshakeFixture unknown() {
            return handshake(HandshakeVariant.UNKNOWN_SNI);
        }

        @Test
        void needsBothHandshakes() {
            assertThat(check.needs(SMTP)).containsExactlyInAnyOrder(HANDSHAKE_WITHOUT_SNI, HANDSHAKE_UNKNOWN_SNI);
        }

        @Test
        void passesWhenBothHandshakesComplete() {
            assertPassed(judge(none(), unknown().negotiated("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")),
                    "completed without SNI (TLSv1.3) and with an unknown SNI (TLSv1.2)");
        }

        @Test
        void failsWhenTheHandshakeWithoutSniFails() {
            Verdict v = judge(none().handshakeFailed("Received fatal alert: unrecognized_name"), unknown());
            assertFailed(v, "the handshake failed without SNI: Received fatal alert: unrecognized_name");
            assertThat(v.message()).doesNotContain("unknown SNI");
        }

        @Test
        void failsWhenTheHandshakeWithAnUnknownSniFails() {
            assertFailed(judge(none(), unknown().handshakeFailed("Received fatal alert: unrecognized_name")),
                    "the handshake failed with an unknown SNI: Received fatal alert: unrecognized_name");
        }

        @Test
        void failsAndNamesBothWhenBothHandshakesFail() {
            assertFailed(judge(none().handshakeFailed("alert A"), unknown().handshakeFailed("alert B")),
                    "failed without SNI: alert A; with an unknown SNI: alert B");
        }

        @Test
        void isSkippedWithoutStarttls() {
            assertSkipped(judge(none().withoutStarttls(), unknown().withoutStarttls()),
                    "needs TLS, but the server does not offer STARTTLS");
        }

        @Test
        void isSkippedWhenStarttlsIsRefusedBothTimes() {
            assertSkipped(judge(none().starttlsAnswered(454, "4.7.0 TLS not available"),
                    unknown().starttlsAnswered(454, "4.7.0 TLS not available")),
                    "needs TLS, but STARTTLS was answered 454 4.7.0 TLS not available");
        }

        @Test
        void couldNotTestWhenAConnectionFails() {
            assertBroken(judge(none(), unknown().unreachable("connection refused or unreachable (x)")),
                    "connection refused or unreachable");
        }

        @Test
        void couldNotTestWhenNeitherSessionReachesAHandshake() {
            assertBroken(judge(none().starttlsNotAnswered("timed out during STARTTLS"),
                    unknown().starttlsNotAnswered("timed out during STARTTLS")),
                    "without SNI: timed out during STARTTLS; with an unknown SNI: timed out during STARTTLS");
        }

        @Test
        void couldNotTestWhenOneSessionBreaksBeforeItsHandshake() {
            assertBroken(judge(none().starttlsNotAnswered("timed out during STARTTLS"), unknown()),
                    "timed out during STARTTLS");
        }
    }
}
