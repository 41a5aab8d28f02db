package org.mtainterop.steps;

import org.opentest4j.TestAbortedException;

/** Thrown by a step when the requirement does not apply here: Cucumber and Allure show it "skipped". */
public final class RequirementSkipped extends TestAbortedException {
    private static final long serialVersionUID = 1L;

    public RequirementSkipped(String message) {
        super(message);
        setStackTrace(new StackTraceElement[0]);
    }
}
