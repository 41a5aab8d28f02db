package org.mtainterop.hostile;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A server credential whose chain is absurdly long: a root, many intermediates, a leaf (BouncyCastle). */
final class LongChain {
    private LongChain() {
    }

    /** A TLS server context presenting a chain of {@code length} certificates, leaf first. */
    static SSLContext serverContext(int length) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            Instant now = Instant.now();
            List<X509Certificate> rootFirst = new ArrayList<>();
            KeyPair issuerKeys = generator.generateKeyPair();
            X500Name issuer = new X500Name("CN=Long Chain CA 0");
            rootFirst.add(sign(issuer, issuer, issuerKeys, issuerKeys, true, now));
            for (int i = 1; i < length - 1; i++) {
                KeyPair keys = generator.generateKeyPair();
                X500Name subject = new X500Name("CN=Long Chain CA " + i);
                rootFirst.add(sign(subject, issuer, keys, issuerKeys, true, now));
                issuer = subject;
                issuerKeys = keys;
            }
            KeyPair leafKeys = generator.generateKeyPair();
            rootFirst.add(sign(new X500Name("CN=hostile.test"), issuer, leafKeys, issuerKeys, false, now));
            List<X509Certificate> leafFirst = new ArrayList<>(rootFirst);
            Collections.reverse(leafFirst);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            char[] password = "hostile".toCharArray();
            store.setKeyEntry("server", leafKeys.getPrivate(), password, leafFirst.toArray(new X509Certificate[0]));
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), null, null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the long chain: " + e, e);
        }
    }

    private static X509Certificate sign(X500Name subject, X500Name issuer, KeyPair subjectKeys, KeyPair issuerKeys,
                                        boolean ca, Instant now) throws Exception {
        var builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(System.nanoTime()),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(30))), subject,
                subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (!ca) {
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.dNSName, "hostile.test")));
        }
        var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }
}
