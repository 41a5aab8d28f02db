package org.mtainterop.cert;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The facts about one certificate that reports and profiles need, without the certificate object.
 *
 * @param keyAlgorithm       "RSA", "EC", "Ed25519", "Ed448", "DSA" or the JCA name of anything else
 * @param keyBits            RSA modulus bits, EC field size (P-256: 256), 256 for Ed25519, 456 for Ed448;
 *                           -1 when unknown
 * @param sha256Fingerprint  SHA-256 of the DER encoding, upper-case hex pairs joined by ':'
 * @param usage              keyUsage and extKeyUsage as encoded
 * @param revocation         cRLDistributionPoints and the OCSP responders of authorityInfoAccess, as encoded
 */
public record CertificateSummary(String subject, String issuer, String serialHex, Instant notBefore,
                                 Instant notAfter, String keyAlgorithm, int keyBits, String signatureAlgorithm,
                                 List<String> dnsNames, boolean selfIssued, String sha256Fingerprint,
                                 CertificateUsage usage, CertificateRevocation revocation) {

    public CertificateSummary {
        dnsNames = List.copyOf(dnsNames);
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(revocation, "revocation");
    }

    public static CertificateSummary of(X509Certificate certificate) {
        PublicKey key = certificate.getPublicKey();
        return new CertificateSummary(
                CertificateNames.subject(certificate),
                CertificateNames.issuer(certificate),
                certificate.getSerialNumber().toString(16),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                keyAlgorithm(key),
                keyBits(key),
                certificate.getSigAlgName(),
                CertificateNames.dnsNames(certificate),
                certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()),
                sha256Fingerprint(certificate),
                CertificateUsage.of(certificate),
                CertificateRevocation.of(certificate));
    }

    /** Several lines, one fact each, for a report attachment. */
    public String readable() {
        return "Subject:     " + subject + "\n"
                + "Issuer:      " + issuer + (selfIssued ? " (self-issued)" : "") + "\n"
                + "Serial:      " + serialHex + "\n"
                + "Valid:       " + notBefore + " to " + notAfter + "\n"
                + "Key:         " + keyAlgorithm + " " + keyBits + " bits\n"
                + "Signature:   " + signatureAlgorithm + "\n"
                + "DNS names:   " + (dnsNames.isEmpty() ? "(none)" : String.join(", ", dnsNames)) + "\n"
                + "Usage:       " + usage.readable() + "\n"
                + "Revocation:  " + revocation.readable() + "\n"
                + "SHA-256:     " + sha256Fingerprint + "\n";
    }

    private static String keyAlgorithm(PublicKey key) {
        if (key instanceof EdECPublicKey edwards) {
            return edwards.getParams().getName();
        }
        return key.getAlgorithm();
    }

    private static int keyBits(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return rsa.getModulus().bitLength();
        }
        if (key instanceof ECPublicKey ec) {
            return ec.getParams().getCurve().getField().getFieldSize();
        }
        if (key instanceof EdECPublicKey edwards) {
            return "Ed448".equalsIgnoreCase(edwards.getParams().getName()) ? 456 : 256;
        }
        if (key instanceof DSAPublicKey dsa && dsa.getParams() != null) {
            return dsa.getParams().getP().bitLength();
        }
        return -1;
    }

    private static String sha256Fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint " + CertificateNames.subject(certificate), e);
        }
    }
}
