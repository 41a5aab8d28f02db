package org.mtainterop.policy.checks.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtainterop.adversary.smtp.AdversarialProfile.MTA_STS_ENFORCE_NO_STARTTLS;
import static org.mtainterop.adversary.smtp.AdversarialProfile.MTA_STS_ENFORCE_VALID;
import static org.mtainterop.adversary.smtp.AdversarialProfile.MTA_STS_ENFORCE_WRONG_NAME;
import static org.mtainterop.adversary.smtp.AdversarialProfile.MTA_STS_TESTING_WRONG_NAME;
import static org.mtainterop.policy.fixture.OutboundFacts.attempt;
import static org.mtainterop.policy.fixture.OutboundFacts.session;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertSkipped;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.policy.Checks;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.DeliveryAttemptFixture;
import org.mtainterop.policy.fixture.OutboundFacts;

/** MTASTS-04 on hand-written attempts, per MTA-STS receiver profile: a pass and each failure reason. */
class MtaStsSenderCheckTest {
    private static Verdict judge(SenderCheck check, DeliveryAttemptFixture attempt) {
        return OutboundFacts.judging(check).with(attempt).verdict();
    }

    @ParameterizedTest
    @EnumSource(value = AdversarialProfile.class, names = {"MTA_STS_ENFORCE_MX_MISMATCH", "MTA_STS_ENFORCE_WRONG_NAME",
        "MTA_STS_ENFORCE_NO_STARTTLS"})
    void anEnforcePolicyTheMxFailsPassesWhenTheSenderDefers(AdversarialProfile profile) {
        assertPassed(judge(MtaStsSenderCheck.deferred(profile), attempt(profile)),
                "with an MX that " + profile.description() + " (policy mode enforce), no MAIL was sent and the message"
                        + " stayed queued");
    }

    @ParameterizedTest
    @EnumSource(value = AdversarialProfile.class, names = {"MTA_STS_ENFORCE_MX_MISMATCH", "MTA_STS_ENFORCE_WRONG_NAME",
        "MTA_STS_ENFORCE_NO_STARTTLS"})
    void anEnforcePolicyTheMxFailsFailsWhenTheSenderDeliversAnyway(AdversarialProfile profile) {
        assertFailed(judge(MtaStsSenderCheck.deferred(profile), attempt(profile).sessions(session(profile))),
                "sent MAIL to an MX its enforce policy does not validate (RFC 8461 §5.1");
    }

    @Test
    void withheldStarttlsFailsWhenTheSenderGoesOnInPlaintext() {
        assertFailed(judge(MtaStsSenderCheck.deferred(MTA_STS_ENFORCE_NO_STARTTLS), attempt(MTA_STS_ENFORCE_NO_STARTTLS)
                        .sessions(session(MTA_STS_ENFORCE_NO_STARTTLS).withoutStarttls()
                                .plaintextTransaction("MAIL", "RCPT", "DATA"))),
                "went on in plaintext (MAIL/RCPT/DATA): an enforce policy requires TLS");
    }

    @Test
    void aDeferralWithoutConnectingIsBrokenAndAnInvisibleQueuePassesOnWhatWasSeen() {
        assertBroken(judge(MtaStsSenderCheck.deferred(MTA_STS_ENFORCE_WRONG_NAME),
                attempt(MTA_STS_ENFORCE_WRONG_NAME).neverConnected()), "never connected");
        assertPassed(judge(MtaStsSenderCheck.deferred(MTA_STS_ENFORCE_WRONG_NAME),
                attempt(MTA_STS_ENFORCE_WRONG_NAME).queueNotVisible()), "the deferral itself was not seen");
        assertBroken(judge(MtaStsSenderCheck.deferred(MTA_STS_ENFORCE_WRONG_NAME),
                attempt(MTA_STS_ENFORCE_WRONG_NAME).noLongerQueued()), "neither delivered nor kept in the queue");
    }

    @Test
    void aValidMxUnderEnforceMustGetTheMessageInsideTls() {
        assertPassed(judge(MtaStsSenderCheck.delivered(MTA_STS_ENFORCE_VALID), attempt(MTA_STS_ENFORCE_VALID)),
                "the message was delivered");
        assertFailed(judge(MtaStsSenderCheck.delivered(MTA_STS_ENFORCE_VALID), attempt(MTA_STS_ENFORCE_VALID)
                        .sessions(session(MTA_STS_ENFORCE_VALID).handshakeFailed("certificate verify failed"))),
                "not delivered although the policy lets it through");
        assertFailed(judge(MtaStsSenderCheck.delivered(MTA_STS_ENFORCE_VALID), attempt(MTA_STS_ENFORCE_VALID)
                        .sessions(session(MTA_STS_ENFORCE_VALID).plaintextTransaction("MAIL", "RCPT", "DATA"))),
                "delivered in plaintext although the enforce policy requires TLS");
    }

    @Test
    void aTestingPolicyDeliversWhateverTheMxFails() {
        assertPassed(judge(MtaStsSenderCheck.delivered(MTA_STS_TESTING_WRONG_NAME), attempt(MTA_STS_TESTING_WRONG_NAME)),
                "(policy mode testing), the message was delivered");
        assertFailed(judge(MtaStsSenderCheck.delivered(MTA_STS_TESTING_WRONG_NAME), attempt(MTA_STS_TESTING_WRONG_NAME)
                        .sessions(session(MTA_STS_TESTING_WRONG_NAME).handshakeFailed("certificate verify failed"))),
                "any MX under testing");
    }

    @Test
    void skippedWhenNotObservedAndBrokenWhenTheSenderCouldNotBeDriven() {
        assertSkipped(OutboundFacts.judging(MtaStsSenderCheck.delivered(MTA_STS_ENFORCE_VALID))
                .notObserved(MTA_STS_ENFORCE_VALID).verdict(), "not observed");
        assertBroken(judge(MtaStsSenderCheck.deferred(MTA_STS_ENFORCE_WRONG_NAME),
                attempt(MTA_STS_ENFORCE_WRONG_NAME).couldNotDrive("sendmail exited 75")), "sendmail exited 75");
        assertBroken(judge(MtaStsSenderCheck.delivered(MTA_STS_ENFORCE_VALID), attempt(MTA_STS_ENFORCE_VALID)
                .neverConnected()), "never connected");
    }

    @Test
    void aStepThatContradictsItsProfileOrANonMtaStsProfileIsRefused() {
        assertThatThrownBy(() -> MtaStsSenderCheck.deferred(MTA_STS_ENFORCE_VALID)).hasMessageContaining("delivers");
        assertThatThrownBy(() -> MtaStsSenderCheck.delivered(MTA_STS_ENFORCE_WRONG_NAME)).hasMessageContaining("defers");
        assertThatThrownBy(() -> MtaStsSenderCheck.delivered(AdversarialProfile.COMPLIANT))
                .hasMessageContaining("not compliant");
    }

    @Test
    void theRegistryHoldsOneCheckPerMtaStsProfile() {
        assertThat(Checks.sender().stream().filter(c -> c.requirementId().equals("MTASTS-04"))
                .flatMap(c -> c.needs(org.mtainterop.net.MailService.SMTP).stream()))
                .containsExactlyInAnyOrder(Arrays.stream(AdversarialProfile.values()).filter(AdversarialProfile::mtaSts)
                        .toArray(AdversarialProfile[]::new));
    }
}
