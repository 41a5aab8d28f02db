package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.SESSION_TICKETS;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.SessionTicketFacts;

/**
 * A check judged on the complete handshakes of {@code SESSION_TICKETS} (TLS-EXT-04, TLS-EXT-05): a server without
 * STARTTLS is skipped, one whose TLS could not be reached is broken, and the rest is the check's own.
 */
abstract class SessionTicketsCheck implements InboundCheck {
    private final String id;

    SessionTicketsCheck(String id) {
        this.id = id;
    }

    @Override
    public final String requirementId() {
        return id;
    }

    @Override
    public final Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(SESSION_TICKETS);
    }

    @Override
    public final Verdict judge(ObservedFacts facts) {
        SessionTicketFacts s = facts.get(SESSION_TICKETS);
        if (s.noTls().isPresent()) {
            return s.starttlsUnavailable() ? Verdict.skipped(id, Reason.of("SessionTickets.skipped.1", s.noTls().get()))
                    : Verdict.broken(id, s.noTls().get());
        }
        return judgeTls(s);
    }

    /** Judges the facts of a server whose TLS was reached. */
    abstract Verdict judgeTls(SessionTicketFacts s);
}
