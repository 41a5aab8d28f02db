package org.mtainterop.interop;

import org.mtainterop.policy.Verdict;

/**
 * INTEROP-01 (pilot, must): a pair of MTAs delivers over verified TLS 1.2 or newer. Passed when the receiver's
 * mailbox holds the message, its Received header records TLS 1.2 or 1.3 (RFC 8996 deprecates 1.0 and 1.1), and
 * the sender required a verified certificate (RFC 6125 name, chain to its CA). Failed otherwise, naming the pair
 * and the side at fault; broken when the pair was not measured.
 */
public final class VerifiedInteropDeliveryCheck {
    public static final String ID = "INTEROP-01";

    public Verdict judge(InteropMatrixResult matrix, String sender, String receiver) {
        return matrix.cell(sender, receiver).map(this::judge)
                .orElseGet(() -> Verdict.broken(ID, sender + " → " + receiver + " was not part of this interop run"));
    }

    public Verdict judge(InteropResult r) {
        if (!r.delivered()) {
            return Verdict.failed(ID, r.verdict());
        }
        if (r.tlsVersion().isEmpty()) {
            return Verdict.failed(ID, r.pair() + ": delivered in plaintext (no TLS in the receiver's Received header)"
                    + " — at fault: sender (it did not start TLS) or receiver (it did not offer it)");
        }
        if (!r.meetsInterop01()) {
            return Verdict.failed(ID, r.pair() + ": delivered over " + r.tlsVersion().get()
                    + (r.verified() ? "" : " without a verified certificate") + " — at fault: both sides allow it");
        }
        return Verdict.passed(ID, r.verdict());
    }
}
