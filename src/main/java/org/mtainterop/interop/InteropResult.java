package org.mtainterop.interop;

import java.util.Locale;
import java.util.Optional;

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

    /** One line a partner can read: what happened and, on failure, which side is at fault. */
    public String verdict() {
        if (!delivered) {
            return pair() + ": not delivered within " + Math.round(seconds) + " s — at fault: " + faultSide.description()
                    + " — " + evidence;
        }
        if (tlsVersion.isEmpty()) {
            return pair() + ": delivered in " + String.format(Locale.ROOT, "%.1f", seconds)
                    + " s but the receiver recorded no TLS (plaintext) — at fault: sender";
        }
        return pair() + ": delivered over " + tlsVersion.get() + " (" + cipher.orElse("?") + "), "
                + (verified ? "verified" : "not verified") + ", in "
                + String.format(Locale.ROOT, "%.1f", seconds) + " s";
    }
}
