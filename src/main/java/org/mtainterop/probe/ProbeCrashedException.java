package org.mtainterop.probe;

/** A probe threw instead of returning facts: a harness error, reported as broken, never as failed. */
public final class ProbeCrashedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProbeCrashedException(String message, Throwable cause) {
        super(message, cause);
    }
}
