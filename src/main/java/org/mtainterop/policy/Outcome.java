package org.mtainterop.policy;

import java.util.Locale;

/**
 * The fixed outcome vocabulary (house rule 3), mapped 1:1 onto Allure statuses.
 * BROKEN means "could not test" (unreachable, timeout, harness error) and is never a product defect.
 */
public enum Outcome {
    PASSED, FAILED, BROKEN, SKIPPED;

    /** Lower-case name used in JSON and on the console. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Rank for "the worst of its scenarios": failed &gt; broken &gt; skipped &gt; passed. */
    public int severityRank() {
        return switch (this) {
            case PASSED -> 0;
            case SKIPPED -> 1;
            case BROKEN -> 2;
            case FAILED -> 3;
        };
    }

    public Outcome worst(Outcome other) {
        return other.severityRank() > severityRank() ? other : this;
    }
}
