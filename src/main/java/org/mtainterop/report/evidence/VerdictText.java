package org.mtainterop.report.evidence;

import java.util.List;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.RequirementExplanations;
import org.mtainterop.policy.Verdict;

/** A verdict as a person reads it: outcome, what was observed, why it matters, how to fix it. */
public final class VerdictText {
    private static final List<String> MTAS = List.of("postfix", "exim", "opensmtpd", "dovecot", "dns"); // dovecot: the user-access requirements; dns: the published ones (DANE)

    private VerdictText() {
    }

    public static String render(Verdict verdict) {
        RequirementExplanations texts = RequirementExplanations.bundled();
        String id = verdict.requirementId();
        StringBuilder out = new StringBuilder();
        out.append(id).append(" — ").append(texts.title(id).orElse("")).append('\n');
        out.append("Verdict:  ").append(verdict.outcome().label()).append('\n');
        out.append("Observed: ").append(verdict.message()).append('\n');
        texts.why(id).ifPresent(why -> out.append("Why it matters: ").append(why).append('\n'));
        if (verdict.outcome() == Outcome.FAILED) {
            out.append("How to fix:\n");
            for (String mta : MTAS) {
                texts.fix(id, mta).ifPresent(fix -> out.append("  ").append(mta).append(": ").append(fix).append('\n'));
            }
        }
        return out.toString();
    }
}
