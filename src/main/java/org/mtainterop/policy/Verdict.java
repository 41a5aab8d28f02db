package org.mtainterop.policy;

import org.mtainterop.report.ReportLanguage;

/**
 * The judgement of one requirement on one target: outcome and the reason, what was observed, as a message key and
 * its arguments ({@link Reason}), put into words in the report's language ({@link #message(ReportLanguage)}). Broken
 * verdicts read "Could not test: …" (« Non testé : … ») so that reports can tell them from defects.
 */
public record Verdict(String requirementId, Outcome outcome, Reason reason) {
    public static final String COULD_NOT_TEST = "Could not test: ";
    private static final String COULD_NOT_TEST_KEY = "verdict.couldNotTest";

    public Verdict {
        java.util.Objects.requireNonNull(reason, "reason");
    }

    public static Verdict passed(String id, Reason observed) {
        return new Verdict(id, Outcome.PASSED, observed);
    }

    public static Verdict failed(String id, Reason observed) {
        return new Verdict(id, Outcome.FAILED, observed);
    }

    /** Broken, the reason after "Could not test: " (unless it already starts so). */
    public static Verdict broken(String id, Reason reason) {
        if (reason instanceof Reason.Keyed k && k.key().equals(COULD_NOT_TEST_KEY)) {
            return new Verdict(id, Outcome.BROKEN, reason);
        }
        Reason inner = reason instanceof Reason.Fact f && f.text().startsWith(COULD_NOT_TEST)
                ? Reason.fact(f.text().substring(COULD_NOT_TEST.length())) : reason;
        return new Verdict(id, Outcome.BROKEN, Reason.of(COULD_NOT_TEST_KEY, inner));
    }

    public static Verdict skipped(String id, Reason reason) {
        return new Verdict(id, Outcome.SKIPPED, reason);
    }

    /** A verdict whose reason is a lower layer's text as it stands (a connection problem, a peer's words). */
    public static Verdict passed(String id, String observed) {
        return passed(id, Reason.fact(observed));
    }

    /** As {@link #passed(String, String)}. */
    public static Verdict failed(String id, String observed) {
        return failed(id, Reason.fact(observed));
    }

    /** As {@link #passed(String, String)}; "Could not test: " is prefixed unless the text starts with it. */
    public static Verdict broken(String id, String reason) {
        return broken(id, Reason.fact(reason));
    }

    /** As {@link #passed(String, String)}. */
    public static Verdict skipped(String id, String reason) {
        return skipped(id, Reason.fact(reason));
    }

    /** How a broken verdict's text starts in {@code language}: "Could not test: ", « Non testé : ». */
    public static String couldNotTest(ReportLanguage language) {
        return Reason.of(COULD_NOT_TEST_KEY, "").render(language);
    }

    /** What was observed, without the "Could not test: " a broken verdict's reason carries (to build on it). */
    public Reason observed() {
        return reason instanceof Reason.Keyed k && k.key().equals(COULD_NOT_TEST_KEY) ? (Reason) k.args().get(0) : reason;
    }

    /** The reason in English, as the JSON summary and the English reports show it. */
    public String message() {
        return message(ReportLanguage.EN);
    }

    /** The reason in {@code language}. */
    public String message(ReportLanguage language) {
        return reason.render(language);
    }
}
