package org.mtainterop.policy.checks;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Verdict;

/**
 * TLS-EXT-04: no 0-RTT early data accepted (RFC 8446 §8 and §E.5: early data can be replayed; ANSSI TLS guide v1.2).
 * Not measured, and said so on every target rather than guessed: offering early data needs a resumption PSK, which
 * comes from a NewSessionTicket sent encrypted after a complete TLS 1.3 handshake. The harness's raw TLS code writes
 * ClientHellos and reads the server's plaintext first flight only (it has no TLS 1.3 key schedule, so it cannot
 * decrypt EncryptedExtensions, the certificate and Finished, nor send its own Finished), and JSSE, the one complete
 * TLS 1.3 client here, implements neither sending early data nor reading the early_data limit a ticket carries.
 * Even whether a server would accept it (early_data in its NewSessionTicket) is inside that encrypted flight.
 */
public final class EarlyDataRefusedCheck implements InboundCheck {
    public static final String ID = "TLS-EXT-04";

    /** Why the verdict is "not tested": one sentence, the same on every target. */
    public static final String NOT_MEASURED = "not tested: offering 0-RTT early data needs a resumed TLS 1.3 session,"
            + " whose ticket arrives encrypted after a complete handshake; the harness's raw TLS code stops at the"
            + " server's plaintext first flight (no TLS 1.3 key schedule) and JSSE does not implement early data";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return Set.of();
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        return Verdict.skipped(ID, NOT_MEASURED);
    }
}
