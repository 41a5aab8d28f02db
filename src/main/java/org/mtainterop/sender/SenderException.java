package org.mtainterop.sender;

/** The harness could not drive the sender (container command failed, injection refused): "could not test". */
public final class SenderException extends Exception {
    private static final long serialVersionUID = 1L;

    public SenderException(String message) {
        super(message);
    }

    public SenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
