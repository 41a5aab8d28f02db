package org.mtainterop.policy;

/**
 * The judgement of one requirement on one target: outcome and a one-line reason stating what was
 * observed. Broken verdicts start with "Could not test" so that reports can tell them from defects.
 */
public record Verdict(String requirementId, Outcome outcome, String message) {
    public static final String COULD_NOT_TEST = "Could not test: ";

    public static Verdict passed(String id, String observed) {
        return new Verdict(id, Outcome.PASSED, observed);
    }

    public static Verdict failed(String id, String observed) {
        return new Verdict(id, Outcome.FAILED, observed);
    }

    public static Verdict broken(String id, String reason) {
        return new Verdict(id, Outcome.BROKEN, reason.startsWith(COULD_NOT_TEST) ? reason : COULD_NOT_TEST + reason);
    }

    public static Verdict skipped(String id, String reason) {
        return new Verdict(id, Outcome.SKIPPED, reason);
    }
}
