package org.mtainterop.target.container;

/** Reference containers cannot be had here: no Docker, an image not built, a container that did not start. */
public final class ContainersUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ContainersUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
