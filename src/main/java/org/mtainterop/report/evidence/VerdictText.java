package org.mtainterop.report.evidence;

import java.util.List;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.RequirementExplanations;
import org.mtainterop.policy.Verdict;
import org.mtainterop.report.ReportLanguage;

/** A verdict as a person reads it: outcome, what was observed, why it matters, how to fix it. */
public final class VerdictText {
    private static final List<String> MTAS = List.of("postfix", "exim", "opensmtpd", "dovecot", "dns"); // dovecot: the user-access requirements; dns: the published ones (DANE)

    private VerdictText() {
    }

    public static String render(Verdict verdict) {
        return render(verdict, ReportLanguage.EN);
    }

    /** In {@code language}: the title, what was observed, why and fixes, and the words around them. */
    public static String render(Verdict verdict, ReportLanguage language) {
        RequirementExplanations texts = RequirementExplanations.of(language);
        String id = verdict.requirementId();
        StringBuilder out = new StringBuilder();
        out.append(id).append(" — ").append(texts.title(id).orElse("")).append('\n');
        out.append(language.text("verdict.outcome")).append(language == ReportLanguage.EN
                ? verdict.outcome().label() : language.outcome(verdict.outcome())).append('\n');
        out.append(language.text("verdict.observed")).append(verdict.message(language)).append('\n');
        texts.why(id).ifPresent(why -> out.append(language.text("verdict.why")).append(why).append('\n'));
        if (verdict.outcome() == Outcome.FAILED) {
            out.append(language.text("verdict.fix")).append('\n');
            for (String mta : MTAS) {
                texts.fix(id, mta).ifPresent(fix -> out.append("  ").append(mta).append(": ").append(fix).append('\n'));
            }
        }
        return out.toString();
    }
}
