package org.mtainterop.tls.raw.session;

import java.util.List;

/**
 * What one complete TLS 1.3 handshake of {@link Tls13Handshake} established: the suite and group, the certificates
 * the server sent and the OCSP response stapled in its leaf's CertificateEntry (RFC 8446 §4.4.2.1), the tickets it
 * sent after the handshake, the resumption master secret those tickets resume (kept only in memory, never
 * reported), and the HelloRetryRequest the server answered the first ClientHello with, if it did (RFC 8446 §4.1.4).
 */
public record Tls13Session(int suite, int group, boolean certificateRequested, PresentedCertificates certificates,
                           List<SessionTicket> tickets, byte[] resumptionMasterSecret,
                           java.util.Optional<HelloRetryRequest> helloRetry) {
    public boolean ocspStapled() {
        return certificates.stapled();
    }

    public Tls13Session {
        tickets = List.copyOf(tickets);
        resumptionMasterSecret = resumptionMasterSecret.clone();
    }

    @Override
    public byte[] resumptionMasterSecret() {
        return resumptionMasterSecret.clone();
    }

    @Override
    public String toString() {
        return String.format("TLS 1.3 suite 0x%04X group %d, %d ticket(s)%s%s", suite, group, tickets.size(),
                ocspStapled() ? ", OCSP stapled" : "", helloRetry.isPresent() ? ", after a HelloRetryRequest" : "");
    }
}
