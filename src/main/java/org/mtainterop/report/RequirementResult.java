package org.mtainterop.report;

import java.util.List;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Severity;

/** One requirement's result for one target: the worst of its scenarios. */
public record RequirementResult(String requirement, Outcome status, Severity severity,
                                List<String> profiles, String message, long durationMs) {
    public RequirementResult {
        profiles = List.copyOf(profiles);
        message = message == null ? "" : message;
    }

    /** Combines two results of the same requirement, keeping the worse status and its message. */
    public RequirementResult worst(RequirementResult other) {
        boolean otherWorse = other.status.severityRank() > status.severityRank();
        RequirementResult base = otherWorse ? other : this;
        return new RequirementResult(requirement, base.status, base.severity, base.profiles,
                base.message, durationMs + other.durationMs);
    }
}
