package org.mtainterop.policy.clients;

import java.util.Arrays;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Verdict;

/** A client verdict as a person reads it (house rule 10): outcome, what was observed, why it matters, how to fix it. */
public final class ClientVerdictText {
    private ClientVerdictText() {
    }

    public static String render(Verdict verdict) {
        StringBuilder out = new StringBuilder();
        var requirement = Arrays.stream(ClientRequirement.values())
                .filter(r -> r.id().equals(verdict.requirementId())).findFirst();
        out.append(verdict.requirementId()).append(" — ").append(requirement.map(ClientRequirement::title).orElse(""))
                .append('\n');
        out.append("Verdict:  ").append(verdict.outcome().label()).append('\n');
        out.append("Observed: ").append(verdict.message()).append('\n');
        requirement.ifPresent(r -> out.append("Why it matters: ").append(r.why()).append('\n'));
        if (verdict.outcome() == Outcome.FAILED) {
            requirement.ifPresent(r -> out.append("How to fix: ").append(r.fix()).append('\n'));
        }
        return out.toString();
    }
}
