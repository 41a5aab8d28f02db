package org.mtainterop.policy;

import java.util.Set;
import org.mtainterop.net.MailService;

/**
 * One requirement's judgement (house rule 1), for every direction: it declares what it needs measured, and
 * judges immutable facts of what was measured, never touching the network itself. Each direction names its
 * needs and facts in its own terms: {@link InboundCheck} (observations of a receiving server),
 * {@link SenderCheck} (a sending MTA's attempts against receiver profiles), the client checks (a mail
 * program's sessions under server profiles) and the interop check (one sender × receiver cell). Every check
 * the harness has is listed in {@link Checks}; the probe plan of a run is derived from their needs.
 *
 * @param <N> what the check needs measured before it can judge
 * @param <F> the immutable facts it judges
 */
public interface Check<N, F> {
    String requirementId();

    /** What must have been measured, on a subject offering {@code service}, for {@link #judge} to read it. */
    Set<N> needs(MailService service);

    /** The verdict on {@code facts}, which hold at least what {@link #needs} named. */
    Verdict judge(F facts);
}
