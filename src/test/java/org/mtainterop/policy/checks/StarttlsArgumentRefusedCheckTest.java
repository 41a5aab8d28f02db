package org.mtainterop.policy.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.net.MailService.SMTP;
import static org.mtainterop.observation.Observations.STARTTLS_WITH_ARGUMENT;
import static org.mtainterop.policy.fixture.InboundFacts.starttlsArgument;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertSkipped;

import org.junit.jupiter.api.Test;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.InboundFacts;
import org.mtainterop.policy.fixture.StarttlsArgumentFixture;

/** STARTTLS-02 on hand-written answers to {@code STARTTLS foo}. */
class StarttlsArgumentRefusedCheckTest {
    private final StarttlsArgumentRefusedCheck check = new StarttlsArgumentRefusedCheck();

    private Verdict judge(StarttlsArgumentFixture facts) {
        return InboundFacts.on(SMTP).with(STARTTLS_WITH_ARGUMENT, facts).judgedBy(check);
    }

    @Test
    void needsTheOneSessionThatSendsIt() {
        assertThat(check.needs(SMTP)).containsExactly(STARTTLS_WITH_ARGUMENT);
    }

    @Test
    void passesOn501() {
        assertPassed(judge(starttlsArgument()), "STARTTLS foo was refused: 501 5.5.4 Syntax: STARTTLS");
    }

    @Test
    void failsWhenTheServerWouldStartTls() {
        assertFailed(judge(starttlsArgument().answered(220, "2.0.0 Ready to start TLS")),
                "STARTTLS foo was accepted (220 2.0.0 Ready to start TLS)");
    }

    @Test
    void failsOnAnotherRefusalCode() {
        assertFailed(judge(starttlsArgument().answered(500, "5.5.2 unrecognized command")),
                "was answered 500 5.5.2 unrecognized command, not 501");
    }

    @Test
    void failsWhenTheServerHangsUpOnIt() {
        assertFailed(judge(starttlsArgument().brokeOff(ConnectionProblem.Kind.CLOSED,
                "connection closed by the server sending STARTTLS foo", false)), "gave no reply", "not 501");
    }

    @Test
    void isSkippedWithoutStarttls() {
        assertSkipped(judge(starttlsArgument().withoutStarttls()), "does not advertise STARTTLS");
    }

    @Test
    void isBrokenWhenTheSessionFailedBeforeStarttls() {
        assertBroken(judge(starttlsArgument().brokeOff(ConnectionProblem.Kind.UNREACHABLE,
                "connection refused or unreachable", true)), "connection refused or unreachable");
        assertBroken(judge(starttlsArgument().brokeOff(ConnectionProblem.Kind.TIMEOUT,
                "timed out waiting for the greeting", true)), "timed out waiting for the greeting");
    }
}
