package org.mtainterop.policy.path;

import java.util.List;
import org.mtainterop.path.ReceivedChain;
import org.mtainterop.path.ReceivedHop;
import org.mtainterop.path.PathResult;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;

/**
 * PATH-01 (pilot, must): every hop between operator A's submission service and operator B's mailbox used TLS, as
 * the Received fields of B's copy say (RFC 5321 §4.4; RFC 3848 and RFC 8314 §4.3 transmission types: ESMTPS,
 * ESMTPSA, LMTPS…; the TLS version and cipher where the server states them). Local hand-overs inside one host
 * (Postfix pickup) cross no network and pass. Failed naming each cleartext hop; broken (could not test) when the
 * message did not arrive, the chain was not read whole, or a field is unparseable (never guessed to be TLS).
 */
public final class EncryptedHopsCheck extends PathCheck {
    public static final String ID = "PATH-01";

    public EncryptedHopsCheck(String sender, String receiver) {
        super(sender, receiver);
    }

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    Verdict judge(PathResult r) {
        if (!r.delivered()) {
            return Verdict.broken(ID, Reason.of("EncryptedHops.broken.1", r.pair(), r.notDelivered()));
        }
        ReceivedChain chain = r.chain().get();
        Reason hops = Reason.join("; ", chain.lines());
        if (chain.hops().isEmpty()) {
            return Verdict.broken(ID, Reason.of("EncryptedHops.broken.2", r.pair()));
        }
        List<ReceivedHop> cleartext = chain.hops().stream()
                .filter(h -> h.transport() == ReceivedHop.Transport.CLEARTEXT).toList();
        if (!cleartext.isEmpty()) {
            return Verdict.failed(ID, Reason.of("EncryptedHops.failed.1",
                    r.pair(), cleartext.size(), Reason.join("; ", cleartext.stream().map(ReceivedHop::described).toList()), hops));
        }
        if (!chain.unparseable().isEmpty()) {
            return Verdict.broken(ID, Reason.of("EncryptedHops.broken.3",
                    r.pair(), chain.unparseable().size(), Reason.join("; ", chain.unparseable().stream().map(ReceivedHop::described).toList()), hops));
        }
        if (!chain.complete()) {
            return Verdict.broken(ID, Reason.of("EncryptedHops.broken.4", r.pair(), hops));
        }
        long network = chain.hops().stream().filter(ReceivedHop::overNetwork).count();
        return Verdict.passed(ID, Reason.of("EncryptedHops.passed.1", r.pair(), network, hops));
    }
}
