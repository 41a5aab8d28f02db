package org.mtainterop.policy.checks;

import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.SessionTicketFacts;

/**
 * TLS-EXT-04: no 0-RTT early data accepted (RFC 8446 §8 and §E.5: early data can be replayed; ANSSI TLS guide v1.2).
 * Measured by resuming with a TLS 1.3 ticket from a complete handshake and sending {@code EHLO} as early data: the
 * server accepted it when its EncryptedExtensions carry early_data (RFC 8446 §4.2.10). A server that issues no TLS
 * 1.3 ticket (or has no TLS 1.3) cannot be offered early data: "not tested", with that reason.
 */
public final class EarlyDataRefusedCheck extends SessionTicketsCheck {
    public static final String ID = "TLS-EXT-04";

    public EarlyDataRefusedCheck() {
        super(ID);
    }

    @Override
    Verdict judgeTls(SessionTicketFacts s) {
        if (s.earlyData().isEmpty()) {
            return Verdict.skipped(ID, Reason.of("EarlyDataRefused.skipped.1",
                    s.earlyDataNotTried().orElse(Reason.of("EarlyDataRefused.noResumption"))));
        }
        SessionTicketFacts.EarlyData e = s.earlyData().get();
        if (e.problem().isPresent()) {
            return Verdict.broken(ID, Reason.of("EarlyDataRefused.broken.1", e.problem().get()));
        }
        Reason limit = s.tls13().maxEarlyData().isEmpty() ? Reason.of("EarlyDataRefused.noEarlyDataAllowed")
                : Reason.of("EarlyDataRefused.earlyDataAllowed", s.tls13().maxEarlyData());
        if (e.accepted()) {
            return Verdict.failed(ID, Reason.of("EarlyDataRefused.failed.1", e.sent(), limit));
        }
        return Verdict.passed(ID, Reason.of("EarlyDataRefused.passed.1",
                e.sent(), Reason.of(e.pskAccepted() ? "EarlyDataRefused.pskAccepted" : "EarlyDataRefused.pskRefused"), limit));
    }
}
