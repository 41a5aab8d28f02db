package org.mtainterop.pki;

import java.security.Key;

/** The hash an issuer signs with; the full JCA algorithm name follows from the issuer's key type. */
enum SignatureDigest {
    SHA256, SHA1;

    String algorithmFor(Key issuerKey) {
        String keyAlgorithm = issuerKey.getAlgorithm();
        return switch (keyAlgorithm) {
            case "EC" -> name() + "withECDSA";
            case "RSA" -> name() + "withRSA";
            default -> throw new IllegalArgumentException("no signature algorithm for issuer key " + keyAlgorithm);
        };
    }
}
