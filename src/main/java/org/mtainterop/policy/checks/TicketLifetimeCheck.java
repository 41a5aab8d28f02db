package org.mtainterop.policy.checks;

import java.util.ArrayList;
import java.util.List;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.SessionTicketFacts;

/**
 * TLS-EXT-05: session tickets live at most 24 hours. The lifetime is what the server announces after complete
 * handshakes of our own client: TLS 1.3 NewSessionTicket ticket_lifetime (RFC 8446 §4.6.1, itself capped at
 * 7 days) and TLS 1.2 ticket_lifetime_hint (RFC 5077 §3.3, where 0 means "unspecified", which cannot be shown to
 * be within the limit). A ticket is a resumable session: the longer it lives, the longer one ticket-key compromise
 * opens recorded sessions (ANSSI TLS guide v1.2, session resumption; RFC 8446 §C.4). No ticket at all passes.
 */
public final class TicketLifetimeCheck extends SessionTicketsCheck {
    public static final String ID = "TLS-EXT-05";
    /** 24 hours, in seconds: the ANSSI TLS guide v1.2 bound on session resumption data. */
    public static final long MAX_LIFETIME_SECONDS = 86_400;

    public TicketLifetimeCheck() {
        super(ID);
    }

    @Override
    Verdict judgeTls(SessionTicketFacts s) {
        List<SessionTicketFacts.Handshake> done = s.completed();
        if (done.isEmpty()) {
            return Verdict.broken(ID, Reason.of("TicketLifetime.broken.1",
                    s.tls13().problem().orElse(Reason.NONE), s.tls12().problem().orElse(Reason.NONE)));
        }
        List<Reason> tooLong = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (SessionTicketFacts.Handshake h : done) {
            for (long lifetime : h.ticketLifetimes()) {
                seen.add(h.version() + " " + lifetime + " s");
                if (lifetime > MAX_LIFETIME_SECONDS) {
                    tooLong.add(Reason.of("TicketLifetime.lifetime", h.version(), lifetime));
                } else if (lifetime == 0 && h.version().equals("TLS 1.2")) {
                    tooLong.add(Reason.of("TicketLifetime.hintZero"));
                }
            }
        }
        Reason notDone = Reason.join("", s.handshakes().stream().filter(h -> !h.completed())
                .map(h -> Reason.of("TicketLifetime.notObserved", h.version(), h.problem().orElse(Reason.NONE))).toList());
        if (!tooLong.isEmpty()) {
            return Verdict.failed(ID, Reason.of("TicketLifetime.failed.1",
                    Reason.join(", ", tooLong), MAX_LIFETIME_SECONDS, notDone));
        }
        if (seen.isEmpty()) {
            return Verdict.passed(ID, Reason.of("TicketLifetime.passed.1", versions(done), notDone));
        }
        return Verdict.passed(ID, Reason.of("TicketLifetime.passed.2", String.join(", ", seen), notDone));
    }

    static Reason versions(List<SessionTicketFacts.Handshake> done) {
        return Reason.and(done.stream().map(SessionTicketFacts.Handshake::version).toList());
    }
}
