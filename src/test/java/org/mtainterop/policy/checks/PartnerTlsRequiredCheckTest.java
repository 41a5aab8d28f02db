package org.mtainterop.policy.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.net.MailService.SMTP;
import static org.mtainterop.observation.Observations.PARTNER_PLAINTEXT_MAIL;
import static org.mtainterop.policy.fixture.InboundFacts.partnerPlaintextMail;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertSkipped;

import org.junit.jupiter.api.Test;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.InboundFacts;
import org.mtainterop.policy.fixture.PartnerPlaintextMailFixture;

/** STARTTLS-05 on hand-written answers to a partner's plaintext MAIL FROM. */
class PartnerTlsRequiredCheckTest {
    private final PartnerTlsRequiredCheck check = new PartnerTlsRequiredCheck();

    private Verdict judge(PartnerPlaintextMailFixture facts) {
        return InboundFacts.on(SMTP).with(PARTNER_PLAINTEXT_MAIL, facts).judgedBy(check);
    }

    @Test
    void needsThePartnerSession() {
        assertThat(check.needs(SMTP)).containsExactly(PARTNER_PLAINTEXT_MAIL);
    }

    @Test
    void passesOn530() {
        assertPassed(judge(partnerPlaintextMail()), "plaintext MAIL FROM from this host's usual address",
                "the reference profile compliant", "was refused: 530");
    }

    @Test
    void failsWhenThePlaintextMailIsAccepted() {
        assertFailed(judge(partnerPlaintextMail().answered(250, "2.1.0 Ok")), "was accepted (250 2.1.0 Ok)");
    }

    @Test
    void failsOnAnotherCode() {
        assertFailed(judge(partnerPlaintextMail().answered(550, "5.7.1 no")), "answered 550 5.7.1 no, not 530");
    }

    @Test
    void isSkippedSayingWhyWhenNotAttempted() {
        assertSkipped(judge(partnerPlaintextMail().notAttempted("not tested against a live target without"
                + " --allow-transaction")), "without --allow-transaction");
    }

    @Test
    void isSkippedWithoutStarttls() {
        assertSkipped(judge(partnerPlaintextMail().withoutStarttls()), "does not advertise STARTTLS");
    }

    @Test
    void isBrokenWhenTheSourceCannotBeBound() {
        assertBroken(judge(partnerPlaintextMail().brokeOff(ConnectionProblem.Kind.HARNESS,
                "cannot connect from 192.0.2.7: not an address of this host")), "not an address of this host");
    }
}
