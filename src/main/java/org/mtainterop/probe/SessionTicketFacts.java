package org.mtainterop.probe;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mtainterop.cert.StapledOcspResponse;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * What complete handshakes of our own client learnt about session resumption on port 25 (TLS-EXT-04, TLS-EXT-05,
 * CERT-05's stapling): one TLS 1.3 and one TLS 1.2 handshake, each asking for an OCSP staple (status_request), the
 * tickets each was sent, and, when a TLS 1.3 ticket came, a resumption with it that offered 0-RTT early data.
 *
 * @param noTls why no handshake was attempted at all (no STARTTLS, unreachable), empty when one was
 * @param earlyData the resumption offering early data; empty when it was not attempted ({@code earlyDataNotTried} says why)
 */
public record SessionTicketFacts(Optional<Reason> noTls, boolean starttlsUnavailable, Handshake tls13, Handshake tls12,
                                 Optional<EarlyData> earlyData, Optional<Reason> earlyDataNotTried) {
    /**
     * One complete handshake: why it did not complete, or the ticket lifetimes announced (TLS 1.3 ticket_lifetime,
     * TLS 1.2 ticket_lifetime_hint, in seconds), each ticket's max_early_data_size, and the OCSP response the server
     * stapled, read against the chain of the same handshake (empty when it stapled none).
     */
    public record Handshake(String version, Optional<Reason> problem, List<Long> ticketLifetimes,
                            List<Long> maxEarlyData, Optional<StapledOcspResponse> staple) {
        public Handshake {
            ticketLifetimes = List.copyOf(ticketLifetimes);
            maxEarlyData = List.copyOf(maxEarlyData);
        }

        public static Handshake failed(String version, Reason problem) {
            return new Handshake(version, Optional.of(problem), List.of(), List.of(), Optional.empty());
        }

        /** A handshake that failed for a reason given as text (a lower layer's words, a fact). */
        public static Handshake failed(String version, String problem) {
            return failed(version, Reason.fact(problem));
        }

        public boolean ocspStapled() {
            return staple.isPresent();
        }

        public boolean completed() {
            return problem.isEmpty();
        }

        String readable() {
            if (problem.isPresent()) {
                return version + ": no complete handshake: " + problem.get().render(ReportLanguage.EN);
            }
            return version + ": complete handshake; " + (ticketLifetimes.isEmpty() ? "no session ticket"
                    : ticketLifetimes.size() + " ticket(s), lifetime " + ticketLifetimes.stream().map(l -> l + " s")
                    .collect(Collectors.joining(", ")))
                    + (maxEarlyData.isEmpty() ? "" : "; early data allowed up to " + maxEarlyData + " bytes")
                    + "; OCSP response stapled: " + staple.map(StapledOcspResponse::readable).orElse("no");
        }
    }

    /** A resumption that sent early data: whether the server took the PSK and accepted the early data. */
    public record EarlyData(Optional<Reason> problem, boolean pskAccepted, boolean accepted, String sent) {
    }

    public List<Handshake> handshakes() {
        return List.of(tls13, tls12);
    }

    public List<Handshake> completed() {
        return handshakes().stream().filter(Handshake::completed).toList();
    }

    /** The evidence text. */
    public String readable() {
        if (noTls.isPresent()) {
            return "no handshake attempted: " + noTls.get().render(ReportLanguage.EN) + "\n";
        }
        StringBuilder out = new StringBuilder();
        out.append(tls13.readable()).append('\n').append(tls12.readable()).append('\n');
        earlyData.ifPresentOrElse(e -> out.append("resumption with the TLS 1.3 ticket offering early data (")
                        .append(e.sent()).append("): ").append(e.problem().map(p -> "failed: " + p.render(ReportLanguage.EN)).orElse(
                                "PSK " + (e.pskAccepted() ? "accepted" : "refused") + ", early data "
                                        + (e.accepted() ? "ACCEPTED" : "not accepted"))).append('\n'),
                () -> out.append("no resumption with early data: ").append(earlyDataNotTried.map(r -> r.render(ReportLanguage.EN))
                        .orElse("?")).append('\n'));
        return out.toString();
    }
}
