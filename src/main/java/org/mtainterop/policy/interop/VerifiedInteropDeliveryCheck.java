package org.mtainterop.policy.interop;

import java.util.Set;
import org.mtainterop.interop.InteropMatrixResult;
import org.mtainterop.interop.InteropResult;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.Check;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;

/**
 * INTEROP-01 (pilot, must): a pair of MTAs delivers over verified TLS 1.2 or newer. Passed when the receiver's
 * mailbox holds the message, its Received header records TLS 1.2 or 1.3 (RFC 8996 deprecates 1.0 and 1.1), and
 * the sender required a verified certificate (RFC 6125 name, chain to its CA). Failed otherwise, naming the pair
 * and the side at fault; broken when the pair was not measured. One scenario per pair.
 */
public final class VerifiedInteropDeliveryCheck implements Check<VerifiedInteropDeliveryCheck.Pair, InteropMatrixResult> {
    public static final String ID = "INTEROP-01";
    private final Pair pair;

    /** One delivery of the matrix: from {@code sender} to {@code receiver} (their labels). */
    public record Pair(String sender, String receiver) {
    }

    public VerifiedInteropDeliveryCheck(String sender, String receiver) {
        this.pair = new Pair(sender, receiver);
    }

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<Pair> needs(MailService service) {
        return Set.of(pair);
    }

    @Override
    public Verdict judge(InteropMatrixResult matrix) {
        return matrix.cell(pair.sender(), pair.receiver()).map(VerifiedInteropDeliveryCheck::judge)
                .orElseGet(() -> Verdict.broken(ID, Reason.of("VerifiedInteropDelivery.broken.1",
                        pair.sender(), pair.receiver())));
    }

    private static Verdict judge(InteropResult r) {
        if (!r.delivered()) {
            return Verdict.failed(ID, r.verdict());
        }
        if (r.tlsVersion().isEmpty()) {
            return Verdict.failed(ID, Reason.of("VerifiedInteropDelivery.failed.1", r.pair()));
        }
        if (!r.meetsInterop01()) {
            // verifying the certificate is the sender's policy alone; a version below 1.2 both sides agreed to
            return Verdict.failed(ID, Reason.of("VerifiedInteropDelivery.failed.2", r.pair(), r.tlsVersion().get(),
                    Reason.of(r.verified() ? "VerifiedInteropDelivery.faultBoth" : "VerifiedInteropDelivery.faultSender")));
        }
        return Verdict.passed(ID, r.verdict());
    }
}
