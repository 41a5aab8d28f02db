package org.mtainterop.policy.mtasts;

import java.util.Optional;
import java.util.stream.Collectors;
import org.mtainterop.mtasts.Parsed;
import org.mtainterop.mtasts.TlsRptRecord;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.mtasts.MtaStsFacts;

/**
 * TLSRPT-01: exactly one {@code _smtp._tls} TXT record {@code v=TLSRPTv1; rua=...} whose URIs are all
 * {@code mailto:} or {@code https:} (RFC 8460 §3), so that senders can report the TLS failures they meet.
 */
public final class TlsRptRecordCheck extends PublishedCheck {
    public static final String ID = "TLSRPT-01";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Verdict judge(MtaStsFacts facts) {
        Optional<Verdict> unusable = unusable(facts.tlsRptTxt());
        if (unusable.isPresent()) {
            return unusable.get();
        }
        String name = MtaStsFacts.tlsRptName(facts.domain());
        if (facts.tlsRpt().absent()) {
            return Verdict.failed(ID, Reason.of("TlsRptRecord.failed.1", name, facts.tlsRpt().said().orElse(Reason.NONE)));
        }
        if (facts.tlsRpt().candidates().size() > 1) {
            return Verdict.failed(ID, facts.tlsRpt().said().orElseThrow());
        }
        Parsed<TlsRptRecord> parsed = facts.tlsRpt().candidates().get(0);
        if (!parsed.valid()) {
            return Verdict.failed(ID, Reason.of("TlsRptRecord.failed.2", name, parsed.describedErrors()));
        }
        TlsRptRecord record = parsed.value().orElseThrow();
        return Verdict.passed(ID, Reason.of("TlsRptRecord.passed.1",
                record.rua().stream().map(Object::toString) .collect(Collectors.joining(", "))));
    }
}
