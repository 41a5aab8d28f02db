package org.mtainterop.steps;

/** Thrown by a step when the target does not meet the requirement: Allure shows it "failed". */
public final class RequirementNotMetError extends AssertionError {
    private static final long serialVersionUID = 1L;

    public RequirementNotMetError(String message) {
        super(message);
        setStackTrace(new StackTraceElement[0]);
    }
}
