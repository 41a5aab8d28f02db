package org.mtainterop.report;

import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Severity;

/**
 * The process exit code of a run.
 *
 * <ul>
 *   <li>{@value #OK}: every {@code must} requirement passed or was skipped and nothing is broken.
 *       A failed {@code should} is a warning only; a failed {@code info} is a recorded fact.</li>
 *   <li>{@value #REQUIREMENT_FAILED}: at least one {@code must} requirement failed, or, with
 *       {@code strict}, at least one {@code should} requirement failed.</li>
 *   <li>{@value #USAGE_ERROR}: reserved for usage errors (bad options, unreadable target file);
 *       never returned by {@link #of}.</li>
 *   <li>{@value #COULD_NOT_TEST}: nothing failed as above, but at least one result of any severity is
 *       broken (target unreachable, timeout, harness error).</li>
 * </ul>
 *
 * Precedence: {@value #REQUIREMENT_FAILED} beats {@value #COULD_NOT_TEST}. A known product defect is
 * the more useful signal; the broken results are still listed in the report. A summary with no
 * results at all exits {@value #OK}: deciding that "nothing was tested" is a usage error is the
 * caller's job.
 */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int REQUIREMENT_FAILED = 1;
    public static final int USAGE_ERROR = 2;
    public static final int COULD_NOT_TEST = 3;

    private ExitCodes() {
    }

    public static int of(RunSummary summary, boolean strict) {
        boolean failed = false;
        boolean broken = false;
        for (TargetReport target : summary.targets()) {
            for (RequirementResult result : target.results()) {
                failed |= result.status() == Outcome.FAILED && fails(result.severity(), strict);
                broken |= result.status() == Outcome.BROKEN;
            }
        }
        if (failed) {
            return REQUIREMENT_FAILED;
        }
        return broken ? COULD_NOT_TEST : OK;
    }

    private static boolean fails(Severity severity, boolean strict) {
        return severity == Severity.MUST || (strict && severity == Severity.SHOULD);
    }
}
