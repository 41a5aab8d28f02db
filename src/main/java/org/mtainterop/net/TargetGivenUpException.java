package org.mtainterop.net;

import org.mtainterop.policy.Reason;

/**
 * No connection was made: the target was given up before it ({@link TargetHealth}: an earlier session showed it
 * broken, or the target's deadline passed). The message is the whole reason, as verdicts show it.
 */
public final class TargetGivenUpException extends SaidIOException {
    private static final long serialVersionUID = 1L;

    public TargetGivenUpException(String reason) {
        this(Reason.fact(reason));
    }

    public TargetGivenUpException(Reason said) {
        super(said);
    }
}
