package org.mtainterop.policy.clients;

import java.util.Arrays;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Verdict;
import org.mtainterop.report.ReportLanguage;

/** A client verdict as a person reads it (house rule 10): outcome, what was observed, why it matters, how to fix it. */
public final class ClientVerdictText {
    private ClientVerdictText() {
    }

    public static String render(Verdict verdict) {
        return render(verdict, ReportLanguage.EN);
    }

    /** In {@code language}: the requirement's texts, what was observed, and the words around them (VerdictText's). */
    public static String render(Verdict verdict, ReportLanguage language) {
        StringBuilder out = new StringBuilder();
        var requirement = Arrays.stream(ClientRequirement.values())
                .filter(r -> r.id().equals(verdict.requirementId())).findFirst();
        out.append(verdict.requirementId()).append(" — ").append(requirement.map(r -> r.title(language)).orElse(""))
                .append('\n');
        out.append(language.text("verdict.outcome")).append(language == ReportLanguage.EN ? verdict.outcome().label()
                : language.outcome(verdict.outcome())).append('\n');
        out.append(language.text("verdict.observed")).append(verdict.message(language)).append('\n');
        requirement.ifPresent(r -> out.append(language.text("verdict.why")).append(r.why(language)).append('\n'));
        if (verdict.outcome() == Outcome.FAILED) {
            requirement.ifPresent(r -> out.append(language.text("verdict.fix")).append(' ').append(r.fix(language))
                    .append('\n'));
        }
        return out.toString();
    }
}
