package org.mtainterop.tls.raw.session;

import java.util.List;
import java.util.Optional;
import org.mtainterop.policy.Reason;
import org.mtainterop.tls.raw.RawTlsException;

/**
 * What the server's Certificate message carried, as bytes: the certificates in the order sent (leaf first), and the
 * OCSP response stapled for the leaf, if any (TLS 1.3: the status_request extension of the first CertificateEntry,
 * RFC 8446 §4.4.2.1; TLS 1.2: the CertificateStatus message, RFC 6066 §8). Read, not verified: the probe that asked
 * for them decides what they mean.
 */
public record PresentedCertificates(List<byte[]> chain, Optional<byte[]> ocspResponse) {
    public static final PresentedCertificates NONE = new PresentedCertificates(List.of(), Optional.empty());
    /** CertificateStatusType ocsp (RFC 6066 §8). */
    private static final int STATUS_TYPE_OCSP = 1;

    public PresentedCertificates {
        chain = chain.stream().map(byte[]::clone).toList();
        ocspResponse = ocspResponse.map(byte[]::clone);
    }

    @Override
    public List<byte[]> chain() {
        return chain.stream().map(byte[]::clone).toList();
    }

    @Override
    public Optional<byte[]> ocspResponse() {
        return ocspResponse.map(byte[]::clone);
    }

    public boolean stapled() {
        return ocspResponse.isPresent();
    }

    PresentedCertificates withOcspResponse(byte[] response) {
        return new PresentedCertificates(chain, Optional.of(response));
    }

    /** The body of a CertificateStatus (TLS 1.2 message or TLS 1.3 extension): {@code status_type}, then the response. */
    static byte[] certificateStatus(byte[] body, Reason where) throws RawTlsException {
        Wire.Reader r = new Wire.Reader(body, 0, where);
        int type = r.u8();
        if (type != STATUS_TYPE_OCSP) {
            throw new RawTlsException(Reason.of("TlsSession.statusType", where, type));
        }
        byte[] response = r.vector24();
        if (response.length == 0) {
            throw new RawTlsException(Reason.of("TlsSession.emptyOcsp", where));
        }
        return response;
    }
}
