package org.mtainterop.tls.raw.session;

import java.util.Optional;

/**
 * One session ticket as the server announced it: TLS 1.3 NewSessionTicket (RFC 8446 §4.6.1: ticket_lifetime,
 * ticket_age_add, ticket_nonce, the early_data extension's max_early_data_size) or TLS 1.2 NewSessionTicket
 * (RFC 5077 §3.3: ticket_lifetime_hint; 0 means "unspecified").
 *
 * @param receivedNanos when it arrived ({@link System#nanoTime()}), for the obfuscated ticket age of a resumption
 */
public record SessionTicket(int version, long lifetimeSeconds, long ageAdd, byte[] nonce, byte[] ticket,
                            Optional<Long> maxEarlyData, long receivedNanos) {
    public SessionTicket {
        nonce = nonce.clone();
        ticket = ticket.clone();
    }

    @Override
    public byte[] nonce() {
        return nonce.clone();
    }

    @Override
    public byte[] ticket() {
        return ticket.clone();
    }

    @Override
    public String toString() {
        return "ticket(lifetime " + lifetimeSeconds + " s, " + ticket.length + " bytes"
                + maxEarlyData.map(m -> ", early data up to " + m + " bytes").orElse("") + ")";
    }
}
