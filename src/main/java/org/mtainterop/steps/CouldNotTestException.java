package org.mtainterop.steps;

/** Thrown by a step when a requirement could not be tested: Cucumber fails it, Allure shows it "broken". */
public final class CouldNotTestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CouldNotTestException(String message) {
        super(message, null, false, false);
    }
}
