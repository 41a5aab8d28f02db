package org.mtainterop.policy.checks;

import org.mtainterop.policy.Check;
import org.mtainterop.policy.TlsPreconditions;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.StarttlsDialogueFacts;
import org.mtainterop.probe.TargetFacts;

/** REQTLS-01: REQUIRETLS is advertised only inside TLS (RFC 8689 §4.1). */
public final class RequireTlsAfterStarttlsCheck implements Check {
    public static final String ID = "REQTLS-01";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Verdict judge(TargetFacts facts) {
        StarttlsDialogueFacts d = facts.dialogue();
        if (d.capabilities().has("REQUIRETLS")) {
            return Verdict.failed(ID, "REQUIRETLS is advertised before STARTTLS");
        }
        var unmet = TlsPreconditions.unmet(ID, d);
        if (unmet.isPresent()) {
            return unmet.get();
        }
        boolean inside = d.capabilitiesInsideTls().has("REQUIRETLS");
        return Verdict.passed(ID, inside ? "REQUIRETLS is advertised inside TLS only"
                : "REQUIRETLS is not advertised (recorded; RFC 8689 support is optional)");
    }
}
