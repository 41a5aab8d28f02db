package org.mtainterop.interop;

import java.util.Locale;
import java.util.Optional;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * What one ordered pair did: the sender relayed one message to the receiver under {@code OUTBOUND_POLICY=verify}
 * and the receiver's mailbox was read. Facts only (house rule 2); {@link InteropMatrixResult} and the
 * features judge them.
 *
 * @param seconds    injection to the message in the receiver's mailbox (or to the timeout)
 * @param tlsVersion e.g. {@code TLSv1.3}, from the receiver's Received header; empty if not delivered or plaintext
 * @param verified   delivered while the sender's policy required a verified certificate chain and name
 * @param evidence   the Received header, the sender's log line stating verification, or why it failed
 */
public record InteropResult(String sender, String receiver, boolean delivered, double seconds,
                            Optional<String> tlsVersion, Optional<String> cipher, boolean verified,
                            FaultSide faultSide, String evidence) {

    public InteropResult {
        if (delivered != (faultSide == FaultSide.NONE)) {
            throw new IllegalArgumentException("a delivered pair has no side at fault, an undelivered one has one");
        }
    }

    public static InteropResult delivered(String sender, String receiver, double seconds, Optional<ReceivedTls> tls,
                                          boolean verified, String evidence) {
        return new InteropResult(sender, receiver, true, seconds, tls.map(ReceivedTls::version),
                tls.map(ReceivedTls::cipher), verified, FaultSide.NONE, evidence);
    }

    public static InteropResult notDelivered(String sender, String receiver, double seconds, FaultSide side,
                                             String evidence) {
        return new InteropResult(sender, receiver, false, seconds, Optional.empty(), Optional.empty(), false, side,
                evidence);
    }

    /** "postfix → exim". */
    public String pair() {
        return sender + " → " + receiver;
    }

    /** The interop requirement (INTEROP-01): delivered, verified, over TLS 1.2 or newer. */
    public boolean meetsInterop01() {
        return delivered && verified && tlsVersion.filter(v -> v.equals("TLSv1.2") || v.equals("TLSv1.3")).isPresent();
    }

    /** One line a partner can read, in English (the console and logs): what happened and, on failure, who is at fault. */
    public String verdict() {
        return described().render(ReportLanguage.EN);
    }

    /** The same line in the report's language; names, versions, suites and the evidence stay facts. */
    public Reason described() {
        if (!delivered) {
            return Reason.of("InteropResult.notDelivered", pair(), Math.round(seconds), faultSide.described(), evidence);
        }
        String time = String.format(Locale.ROOT, "%.1f", seconds);
        if (tlsVersion.isEmpty()) {
            return Reason.of("InteropResult.plaintext", pair(), time);
        }
        return Reason.of("InteropResult.delivered", pair(), tlsVersion.get(), cipher.orElse("?"),
                Reason.of(verified ? "InteropResult.verified" : "InteropResult.notVerified"), time);
    }
}
