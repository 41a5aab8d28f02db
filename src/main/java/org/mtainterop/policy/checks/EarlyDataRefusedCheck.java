package org.mtainterop.policy.checks;

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
            return Verdict.skipped(ID, "not tested: " + s.earlyDataNotTried().orElse("no resumption attempted"));
        }
        SessionTicketFacts.EarlyData e = s.earlyData().get();
        if (e.problem().isPresent()) {
            return Verdict.broken(ID, "the resumption offering early data did not reach EncryptedExtensions: "
                    + e.problem().get());
        }
        String limit = s.tls13().maxEarlyData().isEmpty() ? "the ticket allowed no early data"
                : "the ticket allowed early data up to " + s.tls13().maxEarlyData() + " bytes";
        if (e.accepted()) {
            return Verdict.failed(ID, "0-RTT early data (" + e.sent() + ") was accepted on a resumed TLS 1.3 session ("
                    + limit + "): it can be replayed (RFC 8446 §8, §E.5)");
        }
        return Verdict.passed(ID, "0-RTT early data (" + e.sent() + ") was not accepted; the resumption PSK was "
                + (e.pskAccepted() ? "accepted" : "refused (full handshake)") + "; " + limit);
    }
}
