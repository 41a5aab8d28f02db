package org.mtainterop.policy.mtasts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mtainterop.mtasts.StsMode;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;

/**
 * MTASTS-04: under {@code enforce} the sender defers rather than deliver to an MX that fails validation (an MX
 * outside the policy's patterns, a certificate not valid for the MX name, STARTTLS withheld: RFC 8461 §5.1:
 * "... MUST NOT deliver to the MX"), delivers to a valid one, and under {@code testing} delivers anyway (§5.2).
 * Judged on the cases the harness ran ({@link MtaStsSenderCase}); a case whose message neither arrived nor
 * stayed queued cannot be judged.
 */
public final class MtaStsSenderCheck {
    public static final String ID = "MTASTS-04";

    public String requirementId() {
        return ID;
    }

    public Verdict judge(String sender, List<MtaStsSenderCase> cases) {
        if (cases.isEmpty()) {
            return Verdict.broken(ID, Reason.of("MtaStsSender.broken.1", sender));
        }
        List<String> failures = new ArrayList<>();
        List<String> unjudged = new ArrayList<>();
        for (MtaStsSenderCase c : cases) {
            if (c.outcome() == MtaStsSenderCase.Outcome.GONE) {
                unjudged.add(c.toString());
                continue;
            }
            boolean delivered = c.outcome() == MtaStsSenderCase.Outcome.DELIVERED;
            if (c.mode() == StsMode.ENFORCE && c.faulty() && delivered) {
                failures.add("delivered to " + c.domain() + " under enforce although " + c.fault()
                        + " (RFC 8461 §5.1: it must not deliver)");
            } else if (c.mode() == StsMode.ENFORCE && !c.faulty() && !delivered) {
                failures.add("deferred mail to " + c.domain() + " whose MX is valid for its enforce policy");
            } else if (c.mode() == StsMode.TESTING && !delivered) {
                failures.add("deferred mail to " + c.domain() + " under testing (" + c.fault()
                        + "): testing policies deliver anyway (RFC 8461 §5.2)");
            }
        }
        if (!failures.isEmpty()) {
            return Verdict.failed(ID, Reason.of("MtaStsSender.failed.1", sender, String.join("; ", failures)));
        }
        if (!unjudged.isEmpty()) {
            return Verdict.broken(ID, Reason.of("MtaStsSender.broken.2", String.join(", ", unjudged)));
        }
        return Verdict.passed(ID, Reason.of("MtaStsSender.passed.1",
                sender, cases.stream().map(MtaStsSenderCase::toString) .collect(Collectors.joining("; "))));
    }
}
