package org.mtainterop.policy.path;

import java.util.Locale;
import org.mtainterop.path.PathResult;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;

/**
 * PATH-03 (pilot, should): the message reached B's mailbox within the time the run states ({@code --deliver-within},
 * default 60 s), counted from A's acceptance of it to the first search of B's mailbox that found it (an upper bound:
 * the mailbox is searched once a second). Failed when it came later or not at all while the mailbox was searched the
 * whole wait; broken when it was not submitted or the mailbox could not be read.
 */
public final class TimelyDeliveryCheck extends PathCheck {
    public static final String ID = "PATH-03";

    public TimelyDeliveryCheck(String sender, String receiver) {
        super(sender, receiver);
    }

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    Verdict judge(PathResult r) {
        long stated = r.statedTime().toSeconds();
        String took = String.format(Locale.ROOT, "%.1f s", r.secondsToArrival());
        if (r.delivered()) {
            return r.secondsToArrival() <= r.statedTime().toMillis() / 1000.0
                    ? Verdict.passed(ID, Reason.of("TimelyDelivery.passed.1", r.pair(), took, stated))
                    : Verdict.failed(ID, Reason.of("TimelyDelivery.failed.1", r.pair(), took, stated));
        }
        if (r.waitedInVain()) {
            return Verdict.failed(ID, Reason.of("TimelyDelivery.failed.2", r.pair(), r.notDelivered(), stated));
        }
        return Verdict.broken(ID, Reason.of("TimelyDelivery.broken.1", r.pair(), r.notDelivered()));
    }
}
