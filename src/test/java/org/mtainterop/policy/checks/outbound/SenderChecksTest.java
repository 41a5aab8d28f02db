package org.mtainterop.policy.checks.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtainterop.adversary.smtp.AdversarialProfile.BAD_SIGNATURE;
import static org.mtainterop.adversary.smtp.AdversarialProfile.COMPLIANT;
import static org.mtainterop.adversary.smtp.AdversarialProfile.EXPIRED_CERT;
import static org.mtainterop.adversary.smtp.AdversarialProfile.FAIL_FIRST_HANDSHAKE;
import static org.mtainterop.adversary.smtp.AdversarialProfile.FAKE_EXTENSION_BEFORE_TLS;
import static org.mtainterop.adversary.smtp.AdversarialProfile.HANDSHAKE_ABORT;
import static org.mtainterop.adversary.smtp.AdversarialProfile.INJECT_AFTER_220;
import static org.mtainterop.adversary.smtp.AdversarialProfile.NO_STARTTLS;
import static org.mtainterop.adversary.smtp.AdversarialProfile.SELF_SIGNED;
import static org.mtainterop.adversary.smtp.AdversarialProfile.STARTTLS_454;
import static org.mtainterop.adversary.smtp.AdversarialProfile.TLS10_ONLY;
import static org.mtainterop.adversary.smtp.AdversarialProfile.UNTRUSTED_CA;
import static org.mtainterop.adversary.smtp.AdversarialProfile.WRONG_HOST;
import static org.mtainterop.net.MailService.SMTP;
import static org.mtainterop.policy.fixture.OutboundFacts.attempt;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertSkipped;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.Checks;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.OutboundFacts;
import org.mtainterop.sender.SenderFacts;

/**
 * What every sender check shares, on hand-written facts: the receiver profile it declares (and that its judge reads
 * nothing else: given only that profile, a compliant sender passes), and the verdicts it gives before looking at a
 * session: not observed (skipped), the sender could not be driven or never connected (broken, never failed).
 */
class SenderChecksTest {

    static Stream<Named<SenderCheck>> senderChecks() {
        return Checks.sender().stream().map(c -> Named.of(c.requirementId() + " with "
                + c.needs(SMTP).iterator().next().label(), c));
    }

    @Test
    void eachCheckNeedsTheOneReceiverProfileItJudges() {
        assertThat(new StarttlsUpgradeCheck().needs(SMTP)).containsExactly(FAKE_EXTENSION_BEFORE_TLS);
        assertThat(new NothingBeforeStarttlsReadyCheck().needs(SMTP)).containsExactly(COMPLIANT);
        assertThat(new InjectedReplyIgnoredCheck().needs(SMTP)).containsExactly(INJECT_AFTER_220);
        assertThat(new NoVersionFallbackCheck().needs(SMTP)).containsExactly(FAIL_FIRST_HANDSHAKE);
        assertThat(new SniSentCheck().needs(SMTP)).containsExactly(COMPLIANT);
        assertThat(new SenderNoSslCheck().needs(SMTP)).containsExactly(COMPLIANT);
        assertThat(new SenderNoLegacyTlsCheck().needs(SMTP)).containsExactly(TLS10_ONLY);
        for (AdversarialProfile p : new AdversarialProfile[] {NO_STARTTLS, STARTTLS_454, HANDSHAKE_ABORT}) {
            assertThat(new NoPlaintextFallbackCheck(p).needs(SMTP)).containsExactly(p);
        }
        assertThat(new SenderNoWeakSuitesCheck().needs(SMTP)).containsExactly(COMPLIANT);
        assertThat(new SenderAllowedGroupsCheck().needs(SMTP)).containsExactly(COMPLIANT);
        assertThat(new SenderExtendedMasterSecretCheck().needs(SMTP)).containsExactly(COMPLIANT);
        assertThat(new SenderNoCompressionCheck().needs(SMTP)).containsExactly(COMPLIANT);
        for (AdversarialProfile p : new AdversarialProfile[] {EXPIRED_CERT, SELF_SIGNED, WRONG_HOST, UNTRUSTED_CA,
            BAD_SIGNATURE}) {
            assertThat(new BadCertificateRefusedCheck(p).needs(SMTP)).containsExactly(p);
        }
    }

    @Test
    void theRegistryHoldsOneCheckPerRequirementAndProfile() {
        assertThat(Checks.sender()).extracting(SenderCheck::requirementId).containsExactly("STARTTLS-06",
                "STARTTLS-07", "DOWNGRADE-02", "DOWNGRADE-04", "CERT-07", "TLS-VER-01", "TLS-VER-02", "TLS-CS-01",
                "TLS-KX-01", "TLS-EXT-02", "TLS-EXT-03", "DOWNGRADE-03", "DOWNGRADE-03", "DOWNGRADE-03", "CERT-06",
                "CERT-06", "CERT-06", "CERT-06", "CERT-06", "DANE-05", "DANE-05", "DANE-05", "DANE-06", "MTASTS-04",
                "MTASTS-04", "MTASTS-04", "MTASTS-04", "MTASTS-04");
        assertThat(Checks.sender()).allSatisfy(c -> assertThat(c.needs(SMTP)).hasSize(1));
    }

    /** What makes the test above mean something: the facts hold only the declared profiles, and nothing else is given. */
    @Test
    void aCheckReadingAProfileItDidNotDeclareFindsNothingThere() {
        SenderCheck readsUndeclared = new SenderCheck() {
            @Override
            public String requirementId() {
                return "TEST-00";
            }

            @Override
            public Set<AdversarialProfile> needs(MailService service) {
                return Set.of(COMPLIANT);
            }

            @Override
            public Verdict judge(SenderFacts facts) {
                return facts.attempt(NO_STARTTLS).map(a -> Verdict.passed("TEST-00", "read no-starttls"))
                        .orElseGet(() -> Verdict.skipped("TEST-00", "no-starttls not observed"));
            }
        };
        assertSkipped(OutboundFacts.judging(readsUndeclared).verdict(), "no-starttls not observed");
        assertThatThrownBy(() -> OutboundFacts.judging(new SniSentCheck()).with(attempt(NO_STARTTLS)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("does not declare it needs profile no-starttls");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("senderChecks")
    void aCompliantSenderPassesOnTheDeclaredProfileAlone(SenderCheck check) {
        Verdict v = OutboundFacts.judging(check).verdict();
        assertThat(v.outcome()).as(v.requirementId() + ": " + v.message()).isEqualTo(Outcome.PASSED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("senderChecks")
    void isSkippedWhenTheProfileWasNotObserved(SenderCheck check) {
        AdversarialProfile profile = check.needs(SMTP).iterator().next();
        assertSkipped(OutboundFacts.judging(check).notObserved(profile).verdict(),
                "not observed: no session with the receiver in profile " + profile.label());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("senderChecks")
    void isBrokenWhenTheSenderCouldNotBeDriven(SenderCheck check) {
        AdversarialProfile profile = check.needs(SMTP).iterator().next();
        assertBroken(OutboundFacts.judging(check).with(attempt(profile).couldNotDrive("docker exec sendmail: exit 75"))
                .verdict(), "could not drive the sender (" + profile.label() + "): docker exec sendmail: exit 75");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("senderChecks")
    void isBrokenWhenTheSenderNeverConnected(SenderCheck check) {
        AdversarialProfile profile = check.needs(SMTP).iterator().next();
        assertBroken(OutboundFacts.judging(check).with(attempt(profile).neverConnected()).verdict(),
                "the sender never connected to the receiver (" + profile.label() + ") within 30 s",
                "1 message queued for mx.example.test");
    }

    @ParameterizedTest
    @EnumSource(value = AdversarialProfile.class, names = {"NO_STARTTLS", "STARTTLS_454", "HANDSHAKE_ABORT"},
            mode = EnumSource.Mode.EXCLUDE)
    void noPlaintextFallbackIsJudgedOnlyWithTheThreeDowngradeProfiles(AdversarialProfile other) {
        assertThatThrownBy(() -> new NoPlaintextFallbackCheck(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(other.label());
    }

    @Test
    void badCertificateRefusedIsJudgedOnlyWithABadCertificate() {
        Arrays.stream(AdversarialProfile.values()).filter(p -> !p.badCertificate()).forEach(p ->
                assertThatThrownBy(() -> new BadCertificateRefusedCheck(p)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("bad-certificate profile, not " + p.label()));
    }
}
