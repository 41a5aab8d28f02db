package org.mtainterop.policy.mtasts;

import java.util.Optional;
import java.util.stream.Collectors;
import org.mtainterop.mtasts.Parsed;
import org.mtainterop.mtasts.StsPolicy;
import org.mtainterop.mtasts.StsRecord;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.mtasts.MtaStsFacts;
import org.mtainterop.probe.mtasts.MtaStsState;

/**
 * MTASTS-01: exactly one {@code _mta-sts} TXT record {@code v=STSv1; id=<1-32 alnum>} (RFC 8461 §3.1), and its
 * id changes exactly when the policy does, when the previous run's state is given: "id ... MUST uniquely
 * identify a given instance of a policy" (a new policy under the old id is never fetched by senders that cached
 * the old one, §5.1), and a new id over the same policy makes every sender fetch it again for nothing.
 */
public final class MtaStsRecordCheck extends PublishedCheck {
    public static final String ID = "MTASTS-01";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Verdict judge(MtaStsFacts facts) {
        Optional<Verdict> unusable = unusable(facts.stsTxt());
        if (unusable.isPresent()) {
            return unusable.get();
        }
        if (facts.sts().absent()) {
            return Verdict.skipped(ID, facts.domain() + " publishes no MTA-STS record ("
                    + facts.sts().problem().orElse("none") + "): MTA-STS is not used");
        }
        if (facts.sts().candidates().size() > 1) {
            return Verdict.failed(ID, facts.sts().candidates().size() + " TXT records at "
                    + MtaStsFacts.stsName(facts.domain()) + " begin with v=STSv1 ("
                    + facts.sts().candidates().stream().map(p -> "'" + p.value().map(StsRecord::text)
                    .orElse("invalid") + "'").collect(Collectors.joining(", "))
                    + "): senders then assume there is no policy (RFC 8461 §3.1)");
        }
        Parsed<StsRecord> parsed = facts.sts().candidates().get(0);
        if (!parsed.valid()) {
            return Verdict.failed(ID, "the record at " + MtaStsFacts.stsName(facts.domain()) + " is invalid: "
                    + parsed.describeErrors());
        }
        StsRecord record = parsed.value().orElseThrow();
        String observed = "one record 'v=STSv1; id=" + record.id() + "'";
        if (facts.previous().isEmpty()) {
            return Verdict.passed(ID, observed + " (no earlier state given: whether the id follows the policy"
                    + " was not compared)");
        }
        MtaStsState before = facts.previous().get();
        Optional<StsPolicy> policy = facts.policy().flatMap(Parsed::value);
        if (policy.isEmpty()) {
            return Verdict.passed(ID, observed + " (no valid policy fetched now: the id was not compared with the"
                    + " state of " + before.observed() + ")");
        }
        boolean idChanged = !before.id().equals(record.id());
        boolean policyChanged = !before.policyMeaning().equals(policy.get().meaning());
        if (policyChanged && !idChanged) {
            return Verdict.failed(ID, "the policy changed since " + before.observed() + " ('" + before.policyMeaning()
                    + "' -> '" + policy.get().meaning() + "') but the id is still '" + record.id() + "': senders"
                    + " that cached the old policy never fetch the new one (RFC 8461 §3.1, §5.1)");
        }
        if (idChanged && !policyChanged) {
            return Verdict.failed(ID, "the id changed since " + before.observed() + " ('" + before.id() + "' -> '"
                    + record.id() + "') but the policy is the same: every sender fetches it again for nothing;"
                    + " change the id only with the policy (RFC 8461 §3.1)");
        }
        return Verdict.passed(ID, observed + (idChanged ? ", a new id for a changed policy since "
                : ", the same id and policy as on ") + before.observed());
    }
}
