package org.mtainterop.cert;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtainterop.policy.Reason;
import javax.security.auth.x500.X500Principal;
import org.mtainterop.cert.StapledOcspResponse.Signature;
import org.mtainterop.cert.StapledOcspResponse.SignatureStatus;
import org.mtainterop.cert.StapledOcspResponse.Single;

/**
 * Reads a stapled OCSP response (RFC 6960 §4.2.1, BasicOCSPResponse only) against the chain presented in the same
 * handshake, with the JDK alone: which certificates it speaks of, their status and validity interval, and who signed
 * it (RFC 6960 §4.2.2.2: the leaf's issuer, or a responder certificate the issuer signed for id-kp-OCSPSigning).
 * Measurement: it says what the response is and never judges it; anything malformed ends as an unreadable response.
 */
public final class OcspResponseReader {
    private static final String BASIC_RESPONSE = "1.3.6.1.5.5.7.48.1.1";
    private static final String OCSP_SIGNING = "1.3.6.1.5.5.7.3.9";
    private static final List<String> STATUSES = List.of("successful", "malformedRequest", "internalError", "tryLater",
            "(4)", "sigRequired", "unauthorized");
    private static final Map<String, String> HASHES = Map.of("1.3.14.3.2.26", "SHA-1",
            "2.16.840.1.101.3.4.2.1", "SHA-256", "2.16.840.1.101.3.4.2.2", "SHA-384", "2.16.840.1.101.3.4.2.3", "SHA-512");
    private static final Map<String, String> SIGNATURES = Map.of("1.2.840.10045.4.3.2", "SHA256withECDSA",
            "1.2.840.10045.4.3.3", "SHA384withECDSA", "1.2.840.10045.4.3.4", "SHA512withECDSA",
            "1.2.840.113549.1.1.11", "SHA256withRSA", "1.2.840.113549.1.1.12", "SHA384withRSA",
            "1.2.840.113549.1.1.13", "SHA512withRSA", "1.2.840.113549.1.1.5", "SHA1withRSA",
            "1.2.840.10045.4.1", "SHA1withECDSA", "1.3.101.112", "Ed25519");
    private static final DateTimeFormatter GENERALIZED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private OcspResponseReader() {
    }

    /** The response read against {@code chain} (DER certificates, leaf first), at {@code observedAt}. */
    public static StapledOcspResponse read(byte[] response, List<byte[]> chain, Instant observedAt) {
        try {
            List<X509Certificate> certificates = new ArrayList<>();
            for (byte[] der : chain) {
                certificates.add(certificate(der));
            }
            if (certificates.isEmpty()) {
                return StapledOcspResponse.unreadable("no certificate was presented to read it against", observedAt);
            }
            return basic(DerElement.parse(response), certificates, observedAt);
        } catch (RuntimeException | GeneralSecurityException e) {
            return StapledOcspResponse.unreadable(String.valueOf(e.getMessage()), observedAt);
        }
    }

    private static StapledOcspResponse basic(DerElement outer, List<X509Certificate> chain, Instant observedAt)
            throws GeneralSecurityException {
        List<DerElement> top = outer.sequence();
        if (top.isEmpty() || top.get(0).tag() != 0x0A || top.get(0).contents().length != 1) {
            throw new IllegalArgumentException("an OCSPResponse starts with its ENUMERATED responseStatus");
        }
        int code = top.get(0).contents()[0];
        String status = code >= 0 && code < STATUSES.size() ? STATUSES.get(code) : "(" + code + ")";
        if (code != 0) {
            return new StapledOcspResponse(Optional.empty(), status, "(none)", Optional.empty(), List.of(),
                    new Signature(SignatureStatus.NOT_VERIFIED, Reason.of("Ocsp.notSigned", status)), observedAt);
        }
        if (top.size() != 2 || !top.get(1).isContext(0)) {
            throw new IllegalArgumentException("a successful OCSPResponse without responseBytes");
        }
        List<DerElement> bytes = top.get(1).children().get(0).sequence();
        if (!oid(bytes.get(0)).equals(BASIC_RESPONSE)) {
            throw new IllegalArgumentException("responseType " + oid(bytes.get(0)) + " is not id-pkix-ocsp-basic");
        }
        List<DerElement> basic = DerElement.parse(bytes.get(1).octets()).sequence();
        DerElement tbs = basic.get(0);
        List<DerElement> data = tbs.sequence();
        int at = data.get(0).isContext(0) ? 1 : 0;                          // version [0] EXPLICIT DEFAULT v1
        DerElement responderId = data.get(at);
        Instant producedAt = time(data.get(at + 1));
        X509Certificate leaf = chain.get(0);
        Optional<X509Certificate> issuer = chain.size() > 1 ? Optional.of(chain.get(1)) : Optional.empty();
        List<Single> singles = new ArrayList<>();
        for (DerElement single : data.get(at + 2).sequence()) {
            singles.add(single(single, leaf, issuer));
        }
        List<X509Certificate> included = new ArrayList<>();
        if (basic.size() > 3 && basic.get(3).isContext(0)) {
            for (DerElement c : basic.get(3).children().get(0).sequence()) {
                included.add(certificate(c.encoded()));
            }
        }
        Signature signature = signature(tbs.encoded(), oid(basic.get(1).sequence().get(0)), bitString(basic.get(2)),
                responderId, issuer, included, observedAt);
        return new StapledOcspResponse(Optional.empty(), status, responderName(responderId), Optional.of(producedAt),
                singles, signature, observedAt);
    }

    private static Single single(DerElement element, X509Certificate leaf, Optional<X509Certificate> issuer)
            throws GeneralSecurityException {
        List<DerElement> fields = element.sequence();
        List<DerElement> certId = fields.get(0).sequence();
        BigInteger serial = new BigInteger(certId.get(3).contents());
        boolean forLeaf = serial.equals(leaf.getSerialNumber());
        if (forLeaf && issuer.isPresent()) {
            String hash = HASHES.get(oid(certId.get(0).sequence().get(0)));
            if (hash == null) {
                throw new IllegalArgumentException("CertID hash " + oid(certId.get(0).sequence().get(0)) + " is not read");
            }
            MessageDigest digest = MessageDigest.getInstance(hash);
            forLeaf = Arrays.equals(certId.get(1).octets(), digest.digest(issuer.get().getSubjectX500Principal().getEncoded()))
                    && Arrays.equals(certId.get(2).octets(), digest.digest(keyBits(issuer.get().getPublicKey())));
        }
        DerElement status = fields.get(1);
        String certStatus = status.isContext(0) ? "good" : status.isContext(1) ? "revoked"
                : status.isContext(2) ? "unknown" : "(status tag " + status.tag() + ")";
        Optional<Instant> revokedAt = status.isContext(1) ? Optional.of(time(status.children().get(0))) : Optional.empty();
        Instant thisUpdate = time(fields.get(2));
        Optional<Instant> nextUpdate = fields.size() > 3 && fields.get(3).isContext(0)
                ? Optional.of(time(fields.get(3).children().get(0))) : Optional.empty();
        return new Single(serial, forLeaf, certStatus, revokedAt, thisUpdate, nextUpdate);
    }

    private static Signature signature(byte[] tbs, String algorithmOid, byte[] value, DerElement responderId,
                                       Optional<X509Certificate> issuer, List<X509Certificate> included,
                                       Instant observedAt) throws GeneralSecurityException {
        String algorithm = SIGNATURES.get(algorithmOid);
        if (algorithm == null) {
            return new Signature(SignatureStatus.NOT_VERIFIED, Reason.of("Ocsp.algorithmNotRead", algorithmOid));
        }
        if (issuer.isEmpty()) {
            return new Signature(SignatureStatus.NOT_VERIFIED, Reason.of("Ocsp.noIssuer"));
        }
        X509Certificate ca = issuer.get();
        if (names(responderId, ca)) {
            return verifies(algorithm, ca.getPublicKey(), tbs, value)
                    ? new Signature(SignatureStatus.BY_ISSUER, Reason.of("Ocsp.byIssuer", subject(ca)))
                    : new Signature(SignatureStatus.INVALID, Reason.of("Ocsp.issuerKeyFails", subject(ca)));
        }
        Optional<X509Certificate> responder = included.stream().filter(c -> names(responderId, c)).findFirst();
        if (responder.isEmpty()) {
            return new Signature(SignatureStatus.UNAUTHORISED_SIGNER, Reason.of("Ocsp.unknownResponder", subject(ca)));
        }
        X509Certificate r = responder.get();
        if (!verifies(algorithm, r.getPublicKey(), tbs, value)) {
            return new Signature(SignatureStatus.INVALID, Reason.of("Ocsp.responderKeyFails", subject(r)));
        }
        if (!r.getIssuerX500Principal().equals(ca.getSubjectX500Principal()) || !signedBy(r, ca.getPublicKey())) {
            return new Signature(SignatureStatus.UNAUTHORISED_SIGNER, Reason.of("Ocsp.certifiedByAnother", subject(r),
                    r.getIssuerX500Principal().getName(), subject(ca)));
        }
        List<String> usages = r.getExtendedKeyUsage();
        if (usages == null || !usages.contains(OCSP_SIGNING)) {
            return new Signature(SignatureStatus.UNAUTHORISED_SIGNER, Reason.of("Ocsp.noOcspSigning", subject(r)));
        }
        if (observedAt.isBefore(r.getNotBefore().toInstant()) || observedAt.isAfter(r.getNotAfter().toInstant())) {
            return new Signature(SignatureStatus.UNAUTHORISED_SIGNER, Reason.of("Ocsp.responderOutsideValidity", subject(r),
                    r.getNotBefore().toInstant().toString(), r.getNotAfter().toInstant().toString()));
        }
        return new Signature(SignatureStatus.BY_DELEGATED_RESPONDER, Reason.of("Ocsp.delegated", subject(r)));
    }

    private static boolean verifies(String algorithm, PublicKey key, byte[] tbs, byte[] value) {
        try {
            java.security.Signature s = java.security.Signature.getInstance(algorithm);
            s.initVerify(key);
            s.update(tbs);
            return s.verify(value);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean signedBy(X509Certificate certificate, PublicKey key) {
        try {
            certificate.verify(key);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Whether ResponderID {@code id} names {@code c}: byName [1] its subject, byKey [2] the SHA-1 of its key. */
    private static boolean names(DerElement id, X509Certificate c) {
        try {
            DerElement inner = id.children().get(0);
            if (id.isContext(1)) {
                return new X500Principal(inner.encoded()).equals(c.getSubjectX500Principal());
            }
            return id.isContext(2) && Arrays.equals(inner.octets(),
                    MessageDigest.getInstance("SHA-1").digest(keyBits(c.getPublicKey())));
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static String responderName(DerElement id) {
        DerElement inner = id.children().get(0);
        if (id.isContext(1)) {
            return "byName " + new X500Principal(inner.encoded()).getName();
        }
        if (id.isContext(2)) {
            return "byKey " + HexFormat.of().formatHex(inner.octets());
        }
        throw new IllegalArgumentException("a ResponderID is byName [1] or byKey [2]");
    }

    /** The subjectPublicKey bits of a key's SubjectPublicKeyInfo (what CertID and byKey hash, RFC 6960 §4.1.1). */
    private static byte[] keyBits(PublicKey key) {
        return bitString(DerElement.parse(key.getEncoded()).sequence().get(1));
    }

    private static byte[] bitString(DerElement e) {
        byte[] c = e.contents();
        if (e.tag() != 0x03 || c.length == 0 || c[0] != 0) {
            throw new IllegalArgumentException("expected a BIT STRING of whole octets");
        }
        return Arrays.copyOfRange(c, 1, c.length);
    }

    private static Instant time(DerElement e) {
        if (e.tag() != 0x18) {
            throw new IllegalArgumentException(String.format("expected a GeneralizedTime, found 0x%02X", e.tag()));
        }
        String text = e.ascii();
        if (!text.endsWith("Z") || text.length() < 15) {
            throw new IllegalArgumentException("GeneralizedTime '" + text + "' is not in UTC (RFC 5280 §4.1.2.5.2)");
        }
        Instant whole = LocalDateTime.parse(text.substring(0, 14), GENERALIZED).toInstant(ZoneOffset.UTC);
        return whole; // a fraction of a second, if any, does not change any judgement made on it
    }

    private static String oid(DerElement e) {
        if (e.tag() != DerElement.OBJECT_IDENTIFIER) {
            throw new IllegalArgumentException(String.format("expected an OBJECT IDENTIFIER, found 0x%02X", e.tag()));
        }
        byte[] c = e.contents();
        StringBuilder out = new StringBuilder();
        long value = 0;
        boolean first = true;
        for (byte b : c) {
            value = (value << 7) | (b & 0x7F);
            if ((b & 0x80) == 0) {
                if (first) {
                    out.append(value < 80 ? value / 40 : 2).append('.').append(value < 80 ? value % 40 : value - 80);
                    first = false;
                } else {
                    out.append('.').append(value);
                }
                value = 0;
            }
        }
        return out.toString();
    }

    private static X509Certificate certificate(byte[] der) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    private static String subject(X509Certificate c) {
        return c.getSubjectX500Principal().getName();
    }
}
