package org.mtainterop.policy.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.net.MailService.IMAP;
import static org.mtainterop.net.MailService.IMAPS;
import static org.mtainterop.net.MailService.POP3;
import static org.mtainterop.net.MailService.SUBMISSION;
import static org.mtainterop.observation.Observations.ACCESS_CLEARTEXT_LOGIN;
import static org.mtainterop.observation.Observations.PIPELINED_TLS_COMMAND;
import static org.mtainterop.observation.Observations.TLS_DIALOGUE;
import static org.mtainterop.policy.fixture.InboundFacts.accessPipelined;
import static org.mtainterop.policy.fixture.InboundFacts.cleartextLogin;
import static org.mtainterop.policy.fixture.InboundFacts.dialogue;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertSkipped;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.checks.PipelinedCommandsDiscardedCheck;
import org.mtainterop.policy.fixture.CleartextLoginFixture;
import org.mtainterop.policy.fixture.InboundFacts;
import org.mtainterop.policy.fixture.PipelinedTlsCommandFixture;
import org.mtainterop.policy.fixture.TlsDialogueFixture;

/** The requirements on what happens before TLS: ACCESS-02 (no cleartext login), ACCESS-04 and ACCESS-05 (no injection). */
class AccessPlaintextPhaseChecksTest {

    @Test
    void eachIsSkippedOnAnImplicitTlsPort() {
        for (InboundCheck check : List.of(new NoCleartextLoginCheck(), PipelinedCommandsDiscardedCheck.forUserAccess(),
                new CapabilitiesRenewedInsideTlsCheck())) {
            assertSkipped(InboundFacts.on(IMAPS).judgedBy(check), "implicit TLS (imaps): nothing is exchanged before TLS");
        }
    }

    @Nested
    class NoCleartextLogin {
        private final InboundCheck check = new NoCleartextLoginCheck();

        private Verdict judge(MailService service, TlsDialogueFixture dialogue) {
            return InboundFacts.on(service).with(TLS_DIALOGUE, dialogue).judgedBy(check);
        }

        private Verdict judgePop3(CleartextLoginFixture user) {
            return InboundFacts.on(POP3).with(ACCESS_CLEARTEXT_LOGIN, user).judgedBy(check);
        }

        @Test
        void needsTheDialogueAndTheUserProbe() {
            assertThat(check.needs(POP3)).containsExactlyInAnyOrder(TLS_DIALOGUE, ACCESS_CLEARTEXT_LOGIN);
            assertThat(check.needs(IMAP)).containsExactlyInAnyOrder(TLS_DIALOGUE, ACCESS_CLEARTEXT_LOGIN);
        }

        @Test
        void passesWhenNoLoginIsOfferedBeforeTls() {
            assertPassed(judge(IMAP, dialogue(IMAP)), "no login is offered before STARTTLS (IMAP4rev1 STARTTLS LOGINDISABLED)");
            assertPassed(judge(SUBMISSION, dialogue(SUBMISSION)), "no login is offered before STARTTLS (PIPELINING");
        }

        @Test
        void failsOnImapLoginWithoutLogindisabled() {
            assertFailed(judge(IMAP, dialogue(IMAP).announcing("IMAP4rev1", "STARTTLS")),
                    "before STARTTLS the server offers a login: LOGIN (no LOGINDISABLED) (IMAP4rev1 STARTTLS)");
        }

        @Test
        void failsOnASaslMechanismBeforeTls() {
            assertFailed(judge(IMAP, dialogue(IMAP).announcing("IMAP4rev1", "STARTTLS", "LOGINDISABLED", "AUTH=PLAIN")),
                    "offers a login: SASL PLAIN");
            assertFailed(judge(SUBMISSION, dialogue(SUBMISSION).announcing("STARTTLS", "AUTH PLAIN LOGIN")),
                    "before STARTTLS the server offers a login: SASL PLAIN LOGIN (STARTTLS AUTH PLAIN LOGIN)");
        }

        @Test
        void failsOnPop3UserAdvertisedBeforeStls() {
            assertFailed(judge(POP3, dialogue(POP3).announcing("TOP", "STLS", "USER")),
                    "before STLS the server offers a login: USER");
        }

        @Test
        void passesPop3WhenUserIsRefusedAndQuotesTheRefusal() {
            assertPassed(judgePop3(cleartextLogin().userRefused("-ERR Plaintext authentication disallowed")),
                    "no login is offered before STLS (TOP UIDL STLS) and USER was refused: -ERR Plaintext authentication disallowed");
        }

        @Test
        void failsPop3WhenUserIsAcceptedThoughNotAdvertised() {
            assertFailed(judgePop3(cleartextLogin().userAccepted("+OK send PASS")),
                    "USER before STLS was answered +OK send PASS: the password would follow in cleartext");
        }

        @Test
        void couldNotTestPop3WhenUserIsNotAnswered() {
            assertBroken(judgePop3(cleartextLogin().notAnswered("timed out waiting for the answer to USER")),
                    "timed out waiting for the answer to USER");
            assertBroken(judgePop3(cleartextLogin().notAsked()), "USER was not answered");
        }

        @Test
        void couldNotTestWhenTheCapabilitiesAreNotHad() {
            assertBroken(judge(IMAP, dialogue(IMAP).capabilitiesRefused(Optional.empty())),
                    "the capability request was refused");
            assertBroken(judge(IMAP, dialogue(IMAP).capabilitiesRefused(Optional.of("timed out during CAPABILITY"))),
                    "timed out during CAPABILITY");
        }

        @Test
        void couldNotTestAServerThatDoesNotGreet() {
            assertBroken(judge(POP3, dialogue(POP3).unreachable("connection refused or unreachable (x)")),
                    "connection refused or unreachable");
        }
    }

    @Nested
    class PipelinedCommandsDiscarded {
        private final InboundCheck check = PipelinedCommandsDiscardedCheck.forUserAccess();

        private Verdict judge(MailService service, TlsDialogueFixture dialogue, PipelinedTlsCommandFixture pipelined) {
            return InboundFacts.on(service).with(TLS_DIALOGUE, dialogue).with(PIPELINED_TLS_COMMAND, pipelined).judgedBy(check);
        }

        private Verdict judge(PipelinedTlsCommandFixture pipelined) {
            return judge(IMAP, dialogue(IMAP), pipelined);
        }

        @Test
        void needsTheDialogueAndThePipelinedProbe() {
            assertThat(check.needs(IMAP)).containsExactlyInAnyOrder(TLS_DIALOGUE, PIPELINED_TLS_COMMAND);
        }

        @Test
        void passesWhenThePipelinedNoopIsDiscarded() {
            assertPassed(judge(IMAP, dialogue(IMAP), accessPipelined()), "the plaintext NOOP pipelined behind STARTTLS was discarded");
            assertPassed(judge(POP3, dialogue(POP3), accessPipelined()), "pipelined behind STLS was discarded");
        }

        @Test
        void failsWhenThePipelinedNoopIsAnsweredInsideTls() {
            assertFailed(judge(accessPipelined().noopAnsweredInsideTls("b OK NOOP completed")),
                    "a NOOP sent in plaintext with STARTTLS was answered inside TLS (b OK NOOP completed): command injection");
        }

        @Test
        void passesWhenOnlyThePipelinedTlsCommandIsRefused() {
            assertPassed(judge(accessPipelined().tlsCommandRefused("a BAD pipelining not allowed")),
                    "STARTTLS with a command pipelined behind it was refused (a BAD pipelining not allowed): nothing can be injected");
        }

        @Test
        void passesWhenOnlyThePipelinedHandshakeFails() {
            assertPassed(judge(accessPipelined().handshakeFailed("Received fatal alert: unexpected_message")),
                    "with a command pipelined behind STARTTLS the handshake failed (Received fatal alert: unexpected_message)",
                    "nothing can be injected");
        }

        @Test
        void isSkippedWhenTheTlsCommandIsRefusedEitherWay() {
            assertSkipped(judge(IMAP, dialogue(IMAP).tlsCommandRefused("a NO TLS unavailable"),
                    accessPipelined().tlsCommandRefused("a NO TLS unavailable")), "needs TLS, but STARTTLS was answered a NO TLS unavailable");
        }

        @Test
        void isSkippedWhenTheHandshakeFailsEitherWay() {
            assertSkipped(judge(IMAP, dialogue(IMAP).handshakeFailed("alert A"), accessPipelined().handshakeFailed("alert B")),
                    "needs TLS, but the handshake failed: alert B");
            assertSkipped(judge(accessPipelined().handshakeNotRun()), "needs TLS, but the handshake failed: not attempted");
        }

        @Test
        void isSkippedWhenTheTlsCommandIsNotAdvertised() {
            assertSkipped(judge(POP3, dialogue(POP3), accessPipelined().withoutTlsCommand()),
                    "needs TLS, but the server does not advertise STLS");
        }

        @Test
        void couldNotTestWhenTheSessionBreaksOff() {
            assertBroken(judge(accessPipelined().brokeOff("timed out during STARTTLS")), "timed out during STARTTLS");
        }
    }

    @Nested
    class CapabilitiesRenewedInsideTls {
        private final InboundCheck check = new CapabilitiesRenewedInsideTlsCheck();

        private Verdict judge(TlsDialogueFixture dialogue) {
            return InboundFacts.on(IMAP).with(TLS_DIALOGUE, dialogue).judgedBy(check);
        }

        @Test
        void needsTheDialogueAndThePipelinedProbe() {
            assertThat(check.needs(IMAP)).containsExactlyInAnyOrder(TLS_DIALOGUE, PIPELINED_TLS_COMMAND);
        }

        @Test
        void passesWhenTheCapabilitiesAreRenewedWithoutTheTlsCommand() {
            assertPassed(judge(dialogue(IMAP)), "inside TLS the capabilities are announced afresh without STARTTLS (IMAP4rev1 AUTH=PLAIN)");
        }

        @Test
        void failsWhenTheTlsCommandIsStillAdvertisedInsideTls() {
            assertFailed(judge(dialogue(IMAP).insideTlsAnnouncing("IMAP4rev1", "STARTTLS", "AUTH=PLAIN")),
                    "STARTTLS is still advertised inside TLS (IMAP4rev1 STARTTLS AUTH=PLAIN)");
        }

        @Test
        void failsWhenTheCapabilityRequestInsideTlsIsRefused() {
            assertFailed(judge(dialogue(IMAP).insideTlsRefused(Optional.empty())), "the capability request inside TLS was refused");
        }

        @Test
        void failsWhenACommandSentBeforeTheHandshakeIsAnsweredInsideIt() {
            Verdict v = InboundFacts.on(IMAP).with(PIPELINED_TLS_COMMAND, accessPipelined().noopAnsweredInsideTls("b OK NOOP completed"))
                    .judgedBy(check);
            assertFailed(v, "a command sent before the handshake was answered inside it (b OK NOOP completed)");
        }

        @Test
        void couldNotTestWhenTheCapabilityRequestInsideTlsIsNotAnswered() {
            assertBroken(judge(dialogue(IMAP).insideTlsRefused(Optional.of("timed out during CAPABILITY inside TLS"))),
                    "timed out during CAPABILITY inside TLS");
        }
    }
}
