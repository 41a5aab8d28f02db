package org.mtainterop.policy.mtasts;

import java.util.Optional;
import org.mtainterop.mtasts.Parsed;
import org.mtainterop.mtasts.StsPolicy;
import org.mtainterop.mtasts.StsRecord;
import org.mtainterop.policy.Reason;
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
            return Verdict.skipped(ID, Reason.of("MtaStsRecord.skipped.1", facts.domain(),
                    facts.sts().said().orElse(Reason.of("Published.none"))));
        }
        if (facts.sts().candidates().size() > 1) {
            return Verdict.failed(ID, Reason.of("MtaStsRecord.failed.1", facts.sts().candidates().size(),
                    MtaStsFacts.stsName(facts.domain()), Reason.join(", ", facts.sts().candidates().stream()
                            .map(p -> p.value().map(r -> Reason.fact("'" + r.text() + "'")).orElse(Reason.of("Published.invalidQuoted")))
                            .toList())));
        }
        Parsed<StsRecord> parsed = facts.sts().candidates().get(0);
        if (!parsed.valid()) {
            return Verdict.failed(ID, Reason.of("MtaStsRecord.failed.2",
                    MtaStsFacts.stsName(facts.domain()), parsed.describedErrors()));
        }
        StsRecord record = parsed.value().orElseThrow();
        Reason observed = Reason.of("MtaStsRecord.oneRecord", record.id());
        if (facts.previous().isEmpty()) {
            return Verdict.passed(ID, Reason.of("MtaStsRecord.passed.1", observed));
        }
        MtaStsState before = facts.previous().get();
        Optional<StsPolicy> policy = facts.policy().flatMap(Parsed::value);
        if (policy.isEmpty()) {
            return Verdict.passed(ID, Reason.of("MtaStsRecord.passed.2", observed, before.observed()));
        }
        boolean idChanged = !before.id().equals(record.id());
        boolean policyChanged = !before.policyMeaning().equals(policy.get().meaning());
        if (policyChanged && !idChanged) {
            return Verdict.failed(ID, Reason.of("MtaStsRecord.failed.3",
                    before.observed(), before.policyMeaning(), policy.get().meaning(), record.id()));
        }
        if (idChanged && !policyChanged) {
            return Verdict.failed(ID, Reason.of("MtaStsRecord.failed.4", before.observed(), before.id(), record.id()));
        }
        return Verdict.passed(ID, observed + (idChanged ? ", a new id for a changed policy since "
                : ", the same id and policy as on ") + before.observed());
    }
}
