package org.mtainterop.policy.mtasts;

import java.util.Objects;
import org.mtainterop.mtasts.StsMode;

/**
 * What an MTA-STS sender did with one message to a domain whose policy and MX the harness set up (MTASTS-04):
 * facts only.
 *
 * @param domain    the recipient domain
 * @param mode      the mode of the policy the harness published for it
 * @param fault     what was wrong with its MX on purpose, or {@code none}: an MX outside the patterns, a
 *                  certificate not valid for the MX name, STARTTLS withheld
 * @param faulty    whether the MX fails MTA-STS validation (RFC 8461 §4)
 * @param outcome   what happened to the message within the case's wait
 * @param evidence  the sender's log lines and queue listing for this recipient, and the receiver's sessions
 */
public record MtaStsSenderCase(String domain, StsMode mode, String fault, boolean faulty, Outcome outcome,
                               String evidence) {
    /** What became of the message. */
    public enum Outcome {
        /** The receiver got it. */
        DELIVERED,
        /** Still queued: the sender deferred it. */
        DEFERRED,
        /** Neither seen delivered nor queued (bounced, lost, or the sender never accepted it). */
        GONE
    }

    public MtaStsSenderCase {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public String toString() {
        return domain + " (" + mode.keyword() + ", " + fault + "): " + outcome.name().toLowerCase(java.util.Locale.ROOT);
    }
}
