package org.mtainterop.cert;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a certificate says its key may be used for, as encoded: facts only, judged elsewhere (CERT-04).
 *
 * @param keyUsage          the keyUsage bits set (RFC 5280 §4.2.1.3), by their RFC names; empty when the
 *                          extension is absent
 * @param keyUsageCritical  whether keyUsage is marked critical; false when it is absent
 * @param extendedKeyUsage  the extKeyUsage key purposes (RFC 5280 §4.2.1.12), {@code serverAuth},
 *                          {@code clientAuth}, ... or the dotted OID of any other; empty when the extension is
 *                          absent, {@code ["(unreadable)"]} when present but not decodable
 */
public record CertificateUsage(Optional<List<String>> keyUsage, boolean keyUsageCritical,
                               Optional<List<String>> extendedKeyUsage) {
    private static final String KEY_USAGE_OID = "2.5.29.15";
    /** KeyUsage bit names in bit order (RFC 5280 §4.2.1.3), as {@link X509Certificate#getKeyUsage()} indexes them. */
    private static final List<String> KEY_USAGE_BITS = List.of("digitalSignature", "nonRepudiation",
            "keyEncipherment", "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly",
            "decipherOnly");
    /** KeyPurposeId names of RFC 5280 §4.2.1.12, plus anyExtendedKeyUsage. */
    private static final Map<String, String> KEY_PURPOSES = Map.of(
            "1.3.6.1.5.5.7.3.1", "serverAuth",
            "1.3.6.1.5.5.7.3.2", "clientAuth",
            "1.3.6.1.5.5.7.3.3", "codeSigning",
            "1.3.6.1.5.5.7.3.4", "emailProtection",
            "1.3.6.1.5.5.7.3.8", "timeStamping",
            "1.3.6.1.5.5.7.3.9", "OCSPSigning",
            "2.5.29.37.0", "anyExtendedKeyUsage");

    public CertificateUsage {
        keyUsage = keyUsage.map(List::copyOf);
        extendedKeyUsage = extendedKeyUsage.map(List::copyOf);
        keyUsageCritical = keyUsageCritical && keyUsage.isPresent();
    }

    public static CertificateUsage of(X509Certificate certificate) {
        boolean[] bits = certificate.getKeyUsage();
        Optional<List<String>> keyUsage = Optional.empty();
        if (bits != null) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < bits.length; i++) {
                if (bits[i]) {
                    names.add(i < KEY_USAGE_BITS.size() ? KEY_USAGE_BITS.get(i) : "bit " + i);
                }
            }
            keyUsage = Optional.of(names);
        }
        boolean critical = certificate.getCriticalExtensionOIDs() != null
                && certificate.getCriticalExtensionOIDs().contains(KEY_USAGE_OID);
        return new CertificateUsage(keyUsage, critical, extendedKeyUsage(certificate));
    }

    public boolean serverAuth() {
        return extendedKeyUsage.map(purposes -> purposes.contains("serverAuth")).orElse(false);
    }

    /** One line, e.g. {@code keyUsage critical (digitalSignature), extendedKeyUsage (serverAuth)}. */
    public String readable() {
        String ku = keyUsage.map(bits -> "keyUsage " + (keyUsageCritical ? "critical" : "not critical")
                + " (" + String.join(", ", bits) + ")").orElse("no keyUsage");
        String eku = extendedKeyUsage.map(purposes -> "extendedKeyUsage (" + String.join(", ", purposes) + ")")
                .orElse("no extendedKeyUsage");
        return ku + ", " + eku;
    }

    private static Optional<List<String>> extendedKeyUsage(X509Certificate certificate) {
        try {
            List<String> oids = certificate.getExtendedKeyUsage();
            return oids == null ? Optional.empty()
                    : Optional.of(oids.stream().map(oid -> KEY_PURPOSES.getOrDefault(oid, oid)).toList());
        } catch (CertificateParsingException e) {
            return Optional.of(List.of("(unreadable)"));
        }
    }
}
