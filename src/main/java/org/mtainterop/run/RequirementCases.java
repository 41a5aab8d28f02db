package org.mtainterop.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mtainterop.policy.Outcome;
import org.mtainterop.report.RequirementResult;

/**
 * The scenarios of one requirement on one target, each a case (a receiver profile, for a sender), and what they
 * conclude together. Without unobserved cases, the worst scenario wins, as always. When some cases were not
 * observed (a live sender seen by {@code receive} met only some receiver profiles), the requirement is judged on
 * the observed ones: a failure in any of them fails it, all passing passes it, and the message names the cases
 * covered and the ones not observed; nothing observed at all is "not tested", with the reason.
 */
final class RequirementCases {
    /** One scenario's case: its label (e.g. the receiver profile) and whether its facts were observed. */
    record Case(String label, boolean observed) {
    }

    private record Entry(RequirementResult result, Optional<Case> scenarioCase) {
        boolean unobserved() {
            return scenarioCase.isPresent() && !scenarioCase.get().observed();
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(RequirementResult result, Optional<Case> scenarioCase) {
        entries.add(new Entry(result, scenarioCase));
    }

    RequirementResult combined() {
        List<Entry> observed = entries.stream().filter(e -> !e.unobserved()).toList();
        List<String> missing = entries.stream().filter(Entry::unobserved).map(e -> e.scenarioCase().get().label())
                .distinct().toList();
        long duration = entries.stream().mapToLong(e -> e.result().durationMs()).sum();
        if (missing.isEmpty()) {
            return fold(entries);
        }
        if (observed.isEmpty()) {
            RequirementResult first = entries.get(0).result();
            return new RequirementResult(first.requirement(), Outcome.SKIPPED, first.severity(), first.profiles(),
                    "not tested: no case was observed (" + String.join(", ", missing) + "); " + first.message(), duration);
        }
        RequirementResult base = fold(observed);
        List<String> covered = observed.stream().flatMap(e -> e.scenarioCase().stream()).map(Case::label).distinct()
                .toList();
        String coverage = (covered.isEmpty() ? "" : "covered: " + String.join(", ", covered) + "; ")
                + "not observed: " + String.join(", ", missing);
        String message = base.message().isBlank() ? coverage : base.message() + " [" + coverage + "]";
        return new RequirementResult(base.requirement(), base.status(), base.severity(), base.profiles(), message,
                duration);
    }

    private static RequirementResult fold(List<Entry> some) {
        RequirementResult out = some.get(0).result();
        for (int i = 1; i < some.size(); i++) {
            out = out.worst(some.get(i).result());
        }
        return out;
    }
}
