package org.mtainterop.net;

import java.io.IOException;

/**
 * No connection was made: the target was given up before it ({@link TargetHealth}: an earlier session showed it
 * broken, or the target's deadline passed). The message is the whole reason, as verdicts show it.
 */
public final class TargetGivenUpException extends IOException {
    public TargetGivenUpException(String reason) {
        super(reason);
    }
}
