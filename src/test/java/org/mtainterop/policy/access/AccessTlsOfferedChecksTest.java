package org.mtainterop.policy.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.net.MailService.IMAP;
import static org.mtainterop.net.MailService.IMAPS;
import static org.mtainterop.net.MailService.POP3;
import static org.mtainterop.net.MailService.SUBMISSION;
import static org.mtainterop.observation.Observations.ACCESS_IMPLICIT_TLS_PORT;
import static org.mtainterop.observation.Observations.TLS_DIALOGUE;
import static org.mtainterop.policy.fixture.InboundFacts.dialogue;
import static org.mtainterop.policy.fixture.InboundFacts.implicitTlsPort;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertSkipped;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.InboundFacts;
import org.mtainterop.policy.fixture.OfferedHandshakeFixture;
import org.mtainterop.policy.fixture.TlsDialogueFixture;
import org.mtainterop.probe.OfferedHandshakeFacts;

/** ACCESS-01 (TLS is offered) and ACCESS-03 (implicit-TLS ports are offered) on submission, IMAP and POP3. */
class AccessTlsOfferedChecksTest {

    @Nested
    class TlsOffered {
        private final InboundCheck check = new TlsOfferedCheck();

        private Verdict judge(MailService service, TlsDialogueFixture dialogue) {
            return InboundFacts.on(service).with(TLS_DIALOGUE, dialogue).judgedBy(check);
        }

        @Test
        void needsTheDialogueOnly() {
            for (MailService s : new MailService[] {IMAP, IMAPS, POP3, SUBMISSION}) {
                assertThat(check.needs(s)).containsExactlyInAnyOrder(TLS_DIALOGUE);
            }
        }

        @Test
        void passesWhenTheTlsCommandIsAdvertisedAndQuotesTheCapabilities() {
            assertPassed(judge(IMAP, dialogue(IMAP)), "STARTTLS is advertised (IMAP4rev1 STARTTLS LOGINDISABLED)");
            assertPassed(judge(POP3, dialogue(POP3)), "STLS is advertised (TOP UIDL STLS)");
        }

        @Test
        void failsWhenTheTlsCommandIsNotAdvertised() {
            assertFailed(judge(IMAP, dialogue(IMAP).announcing("IMAP4rev1", "AUTH=PLAIN")),
                    "STARTTLS is not advertised (IMAP4rev1 AUTH=PLAIN)");
            assertFailed(judge(SUBMISSION, dialogue(SUBMISSION).announcing("PIPELINING", "AUTH PLAIN")),
                    "STARTTLS is not advertised (PIPELINING AUTH PLAIN)");
        }

        @Test
        void failsWhenTheCapabilityRequestIsRefused() {
            assertFailed(judge(POP3, dialogue(POP3).capabilitiesRefused(Optional.empty())),
                    "the capability request was refused, so STLS is not advertised");
        }

        @Test
        void couldNotTestWhenTheCapabilityRequestIsNotAnswered() {
            assertBroken(judge(IMAP, dialogue(IMAP).capabilitiesRefused(Optional.of("timed out during CAPABILITY"))),
                    "timed out during CAPABILITY");
        }

        @Test
        void couldNotTestAServerThatDoesNotGreet() {
            assertBroken(judge(IMAP, dialogue(IMAP).unreachable("connection refused or unreachable (x)")),
                    "connection refused or unreachable");
            assertBroken(judge(POP3, dialogue(POP3).greetingRefused("-ERR too many connections")),
                    "refused the session in its greeting: -ERR too many connections");
        }

        @Test
        void passesAnImplicitTlsPortWhoseHandshakeCompletes() {
            assertPassed(judge(IMAPS, dialogue(IMAPS)), "implicit TLS on port 993: TLSv1.3 TLS_AES_256_GCM_SHA384");
        }

        @Test
        void failsAnImplicitTlsPortWhoseHandshakeFails() {
            assertFailed(judge(IMAPS, dialogue(IMAPS).handshakeFailed("Unsupported or unrecognized SSL message")),
                    "no TLS handshake on the implicit-TLS port 993: Unsupported or unrecognized SSL message");
        }

        @Test
        void couldNotTestAnUnreachableImplicitTlsPort() {
            assertBroken(judge(IMAPS, dialogue(IMAPS).unreachable("connection refused or unreachable (x)")),
                    "connection refused or unreachable");
        }
    }

    @Nested
    class ImplicitTlsOffered {
        private final InboundCheck check = new ImplicitTlsOfferedCheck();

        private Verdict judge(MailService service, OfferedHandshakeFixture counterpart) {
            Optional<OfferedHandshakeFacts> implicit = Optional.of(counterpart.build());
            return InboundFacts.on(service).with(ACCESS_IMPLICIT_TLS_PORT, implicit).judgedBy(check);
        }

        @Test
        void needsTheCounterpartFromAStarttlsServiceOnly() {
            assertThat(check.needs(IMAP)).containsExactlyInAnyOrder(TLS_DIALOGUE, ACCESS_IMPLICIT_TLS_PORT);
            assertThat(check.needs(IMAPS)).containsExactlyInAnyOrder(TLS_DIALOGUE);
        }

        @Test
        void passesAndNamesTheCounterpartPortAndItsGreeting() {
            assertPassed(judge(IMAP, implicitTlsPort(IMAPS)), "imaps on port 993: TLSv1.3, greeting * OK ready");
            assertPassed(judge(SUBMISSION, implicitTlsPort(MailService.SUBMISSIONS).withoutGreeting()),
                    "submissions on port 465: TLSv1.3");
        }

        @Test
        void failsWhenTheCounterpartDoesNotCompleteAHandshake() {
            assertFailed(judge(POP3, implicitTlsPort(MailService.POP3S).handshakeFailed("Remote host terminated the handshake")),
                    "port 995 (pop3s) does not complete a TLS handshake: Remote host terminated the handshake");
        }

        @Test
        void failsWhenNothingListensOnTheCounterpartWhileTheStarttlsPortAnswers() {
            assertFailed(judge(IMAP, implicitTlsPort(IMAPS).brokeOff(ConnectionProblem.Kind.UNREACHABLE,
                    "connection refused or unreachable (Connection refused)")),
                    "nothing accepts connections on port 993 (imaps) while imap answers: connection refused");
        }

        @Test
        void couldNotTestWhenNeitherPortAnswers() {
            Verdict v = InboundFacts.on(IMAP).with(TLS_DIALOGUE, dialogue(IMAP).unreachable("host down"))
                    .with(ACCESS_IMPLICIT_TLS_PORT, Optional.of(implicitTlsPort(IMAPS)
                            .brokeOff(ConnectionProblem.Kind.UNREACHABLE, "connection refused or unreachable (x)").build()))
                    .judgedBy(check);
            assertBroken(v, "port 993: connection refused or unreachable");
        }

        @Test
        void couldNotTestWhenTheCounterpartTimesOut() {
            assertBroken(judge(IMAP, implicitTlsPort(IMAPS).brokeOff(ConnectionProblem.Kind.TIMEOUT, "timed out connecting")),
                    "port 993: timed out connecting");
        }

        @Test
        void couldNotTestWhenTheCounterpartReachedNoHandshakeForNoKnownReason() {
            assertBroken(judge(IMAP, implicitTlsPort(IMAPS).handshakeNotRun()), "port 993: TLS was not reached");
        }

        @Test
        void isSkippedWhenNoCounterpartIsKnownAndSaysHowToGiveIt() {
            Verdict v = InboundFacts.on(IMAP).with(ACCESS_IMPLICIT_TLS_PORT, Optional.<OfferedHandshakeFacts>empty())
                    .judgedBy(check);
            assertSkipped(v, "no implicit-TLS counterpart is known for imap on port 143", "imaps://HOST:PORT");
        }

        @Test
        void passesOnTheImplicitTlsPortItselfWhenTlsWorks() {
            assertPassed(InboundFacts.on(IMAPS).judgedBy(check), "this is the implicit-TLS port (imaps) and TLS works");
        }

        @Test
        void isSkippedOnTheImplicitTlsPortItselfWhenTlsDoesNotWork() {
            assertSkipped(InboundFacts.on(IMAPS).with(TLS_DIALOGUE, dialogue(IMAPS).handshakeFailed("alert"))
                    .judgedBy(check), "where TLS did not work: see ACCESS-01");
        }
    }
}
