package org.mtainterop.net;

import java.io.InterruptedIOException;

/** The overall deadline of a session passed, however lively the peer was (drip-feed defence). */
public final class DeadlineExceededException extends InterruptedIOException {
    private static final long serialVersionUID = 1L;

    public DeadlineExceededException(String message) {
        super(message);
    }
}
