package org.mtainterop.probe;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.mtainterop.cert.OcspResponseReader;
import org.mtainterop.cert.StapledOcspResponse;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.policy.Reason;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.net.Said;
import org.mtainterop.tls.raw.session.PresentedCertificates;
import org.mtainterop.tls.raw.session.RecordChannel;
import org.mtainterop.tls.raw.session.SessionTicket;
import org.mtainterop.tls.raw.session.Tls12Handshake;
import org.mtainterop.tls.raw.session.Tls12Session;
import org.mtainterop.tls.raw.session.Tls13Handshake;
import org.mtainterop.tls.raw.session.Tls13Session;

/**
 * Complete handshakes with the harness's own TLS client (tls/raw/session) over STARTTLS: TLS 1.3, then TLS 1.2,
 * each with status_request; then, with a TLS 1.3 ticket, a resumption sending {@code EHLO} as 0-RTT early data,
 * read as far as EncryptedExtensions. Three connections at most, each within the session deadline. The TLS 1.3
 * tickets are read up to the server's answer to an {@code EHLO} sent inside TLS (a server sends its tickets before
 * it answers), so no time is spent waiting for a ticket that does not come; the TLS 1.2 ticket is part of that
 * handshake. Nothing else is sent (no mail); the server is not authenticated (this measures what it announces;
 * certificates are judged elsewhere).
 */
public final class SessionTicketProbe {
    private static final Duration MAX_TICKET_WAIT = Duration.ofSeconds(2);
    private final ProbeSettings settings;
    private final TlsPreamble preamble;

    public SessionTicketProbe(ProbeSettings settings) {
        this.settings = settings;
        this.preamble = TlsPreamble.of(MailService.SMTP, settings);
    }

    public SessionTicketFacts run(Endpoint endpoint) {
        Duration wait = settings.limits().readTimeout().compareTo(MAX_TICKET_WAIT) < 0 ? settings.limits().readTimeout()
                : MAX_TICKET_WAIT;
        Tls13Handshake.Options options = new Tls13Handshake.Options(Optional.of(endpoint.referenceName()), true, wait);
        String ehlo = "EHLO " + settings.ehloName() + "\r\n";
        Tls13Session[] tls13 = new Tls13Session[1];
        Attempt first = attempt(endpoint, channel -> {
            tls13[0] = new Tls13Handshake(options.prompting(ehlo)).run(channel);
            return tls13[0];
        });
        if (first.noTls != null) {
            return new SessionTicketFacts(Optional.of(first.noTls), first.starttlsUnavailable,
                    SessionTicketFacts.Handshake.failed("TLS 1.3", first.noTls),
                    SessionTicketFacts.Handshake.failed("TLS 1.2", first.noTls), Optional.empty(),
                    Optional.of(first.noTls));
        }
        SessionTicketFacts.Handshake h13 = first.problem != null
                ? SessionTicketFacts.Handshake.failed("TLS 1.3", first.problem)
                : new SessionTicketFacts.Handshake("TLS 1.3", Optional.empty(),
                        tls13[0].tickets().stream().map(SessionTicket::lifetimeSeconds).toList(),
                        tls13[0].tickets().stream().flatMap(t -> t.maxEarlyData().stream()).toList(),
                        staple(tls13[0].certificates()));
        Tls12Session[] tls12 = new Tls12Session[1];
        Attempt second = attempt(endpoint, channel -> {
            tls12[0] = new Tls12Handshake(options).run(channel);
            return tls12[0];
        });
        Reason problem12 = second.noTls != null ? second.noTls : second.problem;
        SessionTicketFacts.Handshake h12 = problem12 != null ? SessionTicketFacts.Handshake.failed("TLS 1.2", problem12)
                : new SessionTicketFacts.Handshake("TLS 1.2", Optional.empty(),
                        tls12[0].ticket().stream().map(SessionTicket::lifetimeSeconds).toList(), java.util.List.of(),
                        staple(tls12[0].certificates()));
        if (tls13[0] == null) {
            return new SessionTicketFacts(Optional.empty(), false, h13, h12, Optional.empty(),
                    Optional.of(Reason.of("SessionTicketProbe.noTls13", first.problem)));
        }
        if (tls13[0].tickets().isEmpty()) {
            return new SessionTicketFacts(Optional.empty(), false, h13, h12, Optional.empty(),
                    Optional.of(Reason.of("SessionTicketProbe.noTicket")));
        }
        Tls13Handshake.EarlyDataAnswer[] answer = new Tls13Handshake.EarlyDataAnswer[1];
        Attempt third = attempt(endpoint, channel -> {
            answer[0] = new Tls13Handshake(options).resume(channel, tls13[0], tls13[0].tickets().get(0),
                    ehlo.getBytes(StandardCharsets.US_ASCII));
            return answer[0];
        });
        Reason problem3 = third.noTls != null ? third.noTls : third.problem;
        SessionTicketFacts.EarlyData early = problem3 != null
                ? new SessionTicketFacts.EarlyData(Optional.of(problem3), false, false, "EHLO")
                : new SessionTicketFacts.EarlyData(Optional.empty(), answer[0].pskAccepted(),
                        answer[0].earlyDataAccepted(), "EHLO");
        return new SessionTicketFacts(Optional.empty(), false, h13, h12, Optional.of(early), Optional.empty());
    }

    /** The stapled OCSP response read against the chain of its handshake, when the server stapled one. */
    private static Optional<StapledOcspResponse> staple(PresentedCertificates certificates) {
        return certificates.ocspResponse().map(r -> OcspResponseReader.read(r, certificates.chain(), Instant.now()));
    }

    private interface Step {
        Object run(RecordChannel channel) throws IOException;
    }

    /** One connection's outcome: no TLS (STARTTLS unavailable, unreachable), a handshake problem, or done. */
    private record Attempt(Reason noTls, boolean starttlsUnavailable, Reason problem) {
    }

    private Attempt attempt(Endpoint endpoint, Step step) {
        long pause = 200;
        for (int tries = 1; ; tries++) {
            try (TlsOpening opening = preamble.open(endpoint)) {
                switch (opening.state()) {
                    case BUSY -> {
                        if (tries >= 4) {
                            return new Attempt(Reason.of("RawHello.busy", opening.described()), false, null);
                        }
                        sleep(pause);
                        pause *= 2;
                        continue;
                    }
                    case NO_TLS -> {
                        return new Attempt(opening.described(), true, null);
                    }
                    case FAILED -> {
                        return new Attempt(opening.described(), false, null);
                    }
                    default -> {
                    }
                }
                step.run(new RecordChannel(opening.socket(), settings.limits().sessionDeadline()));
                return new Attempt(null, false, null);
            } catch (SocketTimeoutException e) {
                return new Attempt(null, false, Said.of(e));
            } catch (IOException e) {
                Reason reason = e instanceof org.mtainterop.tls.raw.RawTlsException raw ? raw.said()
                        : ConnectionProblem.of(e, Reason.of("During.handshake")).said();
                return new Attempt(null, false, reason);
            } catch (RuntimeException e) {
                return new Attempt(null, false, Reason.of("SessionTicketProbe.harnessError", String.valueOf(e)));
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
