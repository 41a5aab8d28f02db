package org.mtainterop.policy;

import java.util.Locale;

/**
 * Minimum key sizes and acceptable signature hashes for certificates, with the source of each number.
 * Data, not logic: a stricter profile builds another instance.
 */
public record KeyStrengthThresholds(int minRsaBits, int minEcBits, String source) {
    /** ANSSI RGS annexe B1 and the ANSSI TLS guide v1.2: RSA at least 2048 bits, EC at least 256 bits, SHA-2 family. */
    public static final KeyStrengthThresholds ANSSI = new KeyStrengthThresholds(2048, 256,
            "ANSSI RGS annexe B1 (RSA >= 2048, EC >= 256 bits) and TLS guide v1.2 (SHA-2 signatures)");

    public boolean keyStrongEnough(String algorithm, int bits) {
        return switch (algorithm.toUpperCase(Locale.ROOT)) {
            case "RSA", "RSASSA-PSS" -> bits >= minRsaBits;
            case "EC", "ECDSA" -> bits >= minEcBits;
            case "ED25519", "ED448", "EDDSA" -> true;
            default -> false;
        };
    }

    /** True for signature algorithms over SHA-2 (or EdDSA, which has its own hash). */
    public boolean signatureHashAcceptable(String signatureAlgorithm) {
        String s = signatureAlgorithm.toUpperCase(Locale.ROOT);
        return s.startsWith("SHA256") || s.startsWith("SHA384") || s.startsWith("SHA512")
                || s.contains("ED25519") || s.contains("ED448") || s.equals("RSASSA-PSS");
    }
}
