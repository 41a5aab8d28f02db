package org.mtainterop.tls.raw.session;

import java.util.Optional;

/**
 * What one complete TLS 1.2 handshake of {@link Tls12Handshake} saw: the suite, whether the extended master secret
 * was agreed, the certificates it sent and the OCSP response it stapled, if any (CertificateStatus, RFC 6066 §8), and the ticket it
 * sent (NewSessionTicket, RFC 5077 §3.3), if any.
 */
public record Tls12Session(int suite, boolean extendedMasterSecret, PresentedCertificates certificates,
                           boolean ticketPromised, Optional<SessionTicket> ticket) {
    public boolean ocspStapled() {
        return certificates.stapled();
    }

    @Override
    public String toString() {
        return String.format("TLS 1.2 suite 0x%04X%s%s, %s", suite, extendedMasterSecret ? ", EMS" : "",
                ocspStapled() ? ", OCSP stapled" : "", ticket.map(SessionTicket::toString).orElse("no ticket"));
    }
}
