package org.mtainterop.policy.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.net.MailService.SMTP;
import static org.mtainterop.policy.fixture.InteropMatrixFixture.matrix;
import static org.mtainterop.policy.fixture.InteropMatrixFixture.pair;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;

import org.junit.jupiter.api.Test;
import org.mtainterop.interop.FaultSide;
import org.mtainterop.policy.Checks;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.InteropMatrixFixture;
import org.mtainterop.policy.fixture.InteropResultFixture;

/** INTEROP-01 on one pair, postfix → exim, judged on hand-written matrices holding that pair alone unless said. */
class VerifiedInteropDeliveryCheckTest {
    private final VerifiedInteropDeliveryCheck check = Checks.interop("postfix", "exim");

    private Verdict judge(InteropResultFixture postfixToExim) {
        return check.judge(matrix(postfixToExim).build());
    }

    private static InteropResultFixture postfixToExim() {
        return pair("postfix", "exim");
    }

    @Test
    void needsItsOnePair() {
        assertThat(check.needs(SMTP)).containsExactly(new VerifiedInteropDeliveryCheck.Pair("postfix", "exim"));
        assertThat(check.requirementId()).isEqualTo("INTEROP-01");
    }

    @Test
    void passesWhenDeliveredVerifiedOverTls13() {
        assertPassed(judge(postfixToExim()),
                "postfix → exim: delivered over TLSv1.3 (TLS_AES_256_GCM_SHA384), verified, in 0.4 s");
    }

    @Test
    void passesWhenDeliveredVerifiedOverTls12() {
        assertPassed(judge(postfixToExim().over("TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384")),
                "delivered over TLSv1.2 (ECDHE-RSA-AES256-GCM-SHA384), verified");
    }

    @Test
    void failsWhenTheReceiverRefusedAndTheSenderStillHoldsTheMessage() {
        assertFailed(judge(postfixToExim().notDelivered(FaultSide.RECEIVER, "queue: 1xXXUt bob@exim.test")),
                "postfix → exim: not delivered within 30 s — at fault: receiver: the sender still holds the message",
                "queue: 1xXXUt bob@exim.test");
    }

    @Test
    void failsWhenTheMessageNeverLeftTheSender() {
        assertFailed(judge(postfixToExim().notDelivered(FaultSide.SENDER, "sender log: bounced")),
                "not delivered within 30 s — at fault: sender: the message never left", "sender log: bounced");
    }

    @Test
    void failsWhenDeliveredInPlaintext() {
        assertFailed(judge(postfixToExim().inPlaintext()),
                "postfix → exim: delivered in plaintext (no TLS in the receiver's Received header)",
                "at fault: sender (it did not start TLS) or receiver (it did not offer it)");
    }

    @Test
    void failsWhenDeliveredOverADeprecatedVersion() {
        assertFailed(judge(postfixToExim().over("TLSv1.1", "ECDHE-RSA-AES256-SHA")),
                "postfix → exim: delivered over TLSv1.1 — at fault: both sides allow it");
    }

    @Test
    void failsWhenDeliveredWithoutAVerifiedCertificate() {
        assertFailed(judge(postfixToExim().notVerified()),
                "postfix → exim: delivered over TLSv1.3 without a verified certificate");
    }

    @Test
    void blamesTheSenderForAnUnverifiedDelivery() {
        assertFailed(judge(postfixToExim().notVerified()), "at fault: sender");
    }

    @Test
    void isBrokenWhenThePairWasNotMeasured() {
        assertBroken(check.judge(matrix(pair("exim", "postfix"), pair("postfix", "opensmtpd")).build()),
                "postfix → exim was not part of this interop run");
    }

    @Test
    void judgesItsOwnPairOnly() {
        InteropMatrixFixture mixed = matrix(pair("exim", "postfix").inPlaintext(),
                pair("postfix", "opensmtpd").notDelivered(FaultSide.RECEIVER, "refused"), postfixToExim());
        assertThat(check.judge(mixed.build())).isEqualTo(judge(postfixToExim()));
    }
}
