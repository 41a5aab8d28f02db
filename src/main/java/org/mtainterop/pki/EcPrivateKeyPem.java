package org.mtainterop.pki;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * PKCS#8 PEM like {@link PemCodec#encodePrivateKey(PrivateKey)}, but an EC key also carries its public point
 * (RFC 5915 {@code publicKey [1]}): the JDK leaves it out, and GnuTLS (Exim on Debian) then refuses the key.
 */
final class EcPrivateKeyPem {
    private EcPrivateKeyPem() {
    }

    /** The result is a secret: never log it. */
    static String encode(PrivateKey key, PublicKey publicKey) {
        if (!(key instanceof ECPrivateKey ec) || !(publicKey instanceof ECPublicKey)) {
            return PemCodec.encodePrivateKey(key);
        }
        try {
            SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(publicKey.getEncoded());
            int orderBits = ec.getParams().getOrder().bitLength();
            var sec1 = new org.bouncycastle.asn1.sec.ECPrivateKey(orderBits, ec.getS(), spki.getPublicKeyData(), null);
            return PemCodec.encode("PRIVATE KEY", new PrivateKeyInfo(spki.getAlgorithm(), sec1).getEncoded());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot encode the EC private key: " + e.getMessage(), e);
        }
    }
}
