package org.mtainterop.dane;

import java.security.cert.X509Certificate;
import java.time.Instant;
import javax.security.auth.x500.X500Principal;

/**
 * One certificate of a presented chain, as TLSA records see it: the "x 0 1" and "x 1 1" association data an
 * operator would publish for it (what {@code openssl x509 -pubkey | openssl pkey -pubin -outform DER | sha256sum}
 * prints for SPKI).
 */
public record TlsaChainEntry(int depth, String subject, String issuer, Instant notAfter, String certSha256,
                             String spkiSha256) {

    public static TlsaChainEntry of(int depth, X509Certificate certificate) {
        return new TlsaChainEntry(depth, certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
                certificate.getIssuerX500Principal().getName(X500Principal.RFC2253),
                certificate.getNotAfter().toInstant(),
                TlsaAssociation.of(TlsaUsage.DANE_EE, TlsaSelector.CERT, TlsaMatchingType.SHA2_256, certificate).data(),
                TlsaAssociation.of(TlsaUsage.DANE_EE, TlsaSelector.SPKI, TlsaMatchingType.SHA2_256, certificate).data());
    }

    public String readable() {
        return depth + ": " + subject + ", issued by " + issuer + ", notAfter " + notAfter
                + "; x 0 1 " + certSha256 + "; x 1 1 " + spkiSha256;
    }
}
