package org.mtainterop.policy.checks.outbound;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.MtaStsPublication;
import org.mtainterop.mtasts.StsMode;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.sender.DeliveryAttempt;
import org.mtainterop.sender.SenderFacts;

/**
 * MTASTS-04, one check per MTA-STS receiver profile (features/mta-sts/mta-sts-senders.feature): under {@code enforce}
 * the sender keeps the message queued rather than deliver to an MX that fails validation (an MX outside the policy's
 * patterns, a certificate not valid for the MX name, STARTTLS withheld: RFC 8461 §4, §5.1 "MUST NOT deliver"), and
 * delivers to a valid one; under {@code testing} it delivers anyway (§5). What a compliant sender does in each case
 * is the profile's {@link MtaStsPublication#delivers()}; the scenario's step says which it expects, and a step that
 * contradicts its profile is refused when the check is made.
 */
public final class MtaStsSenderCheck implements SenderCheck {
    public static final String ID = "MTASTS-04";
    private static final OutboundEvidence.DeferralWords DEFERRAL = new OutboundEvidence.DeferralWords(
            "MtaStsSender.failed.1", "MtaStsSender.failed.2", "MtaStsSender.passed.1", "MtaStsSender.passed.2",
            "MtaStsSender.broken.1");
    private final AdversarialProfile profile;
    private final MtaStsPublication publication;

    private MtaStsSenderCheck(AdversarialProfile profile, boolean delivers) {
        this.profile = profile;
        this.publication = profile.mtaStsPublication().orElseThrow(() -> new IllegalArgumentException(
                "MTASTS-04 is judged with an mta-sts-* receiver profile, not " + profile.label()));
        if (publication.delivers() != delivers) {
            throw new IllegalArgumentException("with " + profile.label() + " a compliant MTA-STS sender "
                    + publication.expectation() + ", not what the step expects");
        }
    }

    /** The case where a compliant sender delivers ({@code mta-sts-enforce-valid}, {@code mta-sts-testing-wrong-name}). */
    public static MtaStsSenderCheck delivered(AdversarialProfile profile) {
        return new MtaStsSenderCheck(profile, true);
    }

    /** A case where a compliant sender keeps the message queued (an enforce policy the MX fails). */
    public static MtaStsSenderCheck deferred(AdversarialProfile profile) {
        return new MtaStsSenderCheck(profile, false);
    }

    /** One check per MTA-STS profile, for the registry. */
    public static List<MtaStsSenderCheck> all() {
        return Arrays.stream(AdversarialProfile.values()).filter(AdversarialProfile::mtaSts)
                .map(p -> new MtaStsSenderCheck(p, p.mtaStsPublication().orElseThrow().delivers())).toList();
    }

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<AdversarialProfile> needs(MailService service) {
        return Set.of(profile);
    }

    /**
     * Not observed is skipped; a sender that could not be driven, or never connected (whatever kept the message
     * queued was not seen: DNS, routing or the policy), is broken, as for every sender check.
     */
    @Override
    public Verdict judge(SenderFacts facts) {
        Reason peer = Reason.of("MtaStsSender.anMxThat", profile.described(), publication.mode().keyword());
        return OutboundEvidence.orElse(ID, facts, profile,
                a -> publication.delivers() ? judgeDelivery(a, peer) : judgeDeferral(a, peer));
    }

    private Verdict judgeDelivery(DeliveryAttempt a, Reason peer) {
        var delivered = a.delivered();
        // under testing, delivery is what RFC 8461 §5 asks, however it went; under enforce, inside TLS only
        if (delivered.isPresent() && (delivered.get().overTls() || publication.mode() == StsMode.TESTING)) {
            return Verdict.passed(ID, Reason.of("MtaStsSender.passed.3", peer, a.described()));
        }
        if (delivered.isPresent()) {
            return Verdict.failed(ID, Reason.of("MtaStsSender.failed.3", peer, a.described()));
        }
        return Verdict.failed(ID, Reason.of("MtaStsSender.failed.4", peer, a.described()));
    }

    private Verdict judgeDeferral(DeliveryAttempt a, Reason peer) {
        return OutboundEvidence.noMailAndDeferred(ID, a, peer, DEFERRAL);
    }
}
