package org.mtainterop.pki;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/**
 * {@link CertificateProfile#BAD_SIGNATURE}: a copy of a properly issued certificate with one bit of its signature
 * value flipped, so every field (issuer, names, validity, extensions) is right and only the signature check of
 * RFC 5280 §6.1.3 (a)(1) fails. The signature is the certificate's last DER element (a BIT STRING); for ECDSA it
 * holds SEQUENCE { r INTEGER, s INTEGER }, whose last octet is the low octet of s, so the flip keeps the encoding
 * well-formed.
 */
final class BrokenSignature {
    private BrokenSignature() {
    }

    static X509Certificate of(X509Certificate issued) {
        try {
            byte[] der = issued.getEncoded();
            der[der.length - 1] ^= 0x01;
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot re-read a certificate with a flipped signature bit", e);
        }
    }
}
