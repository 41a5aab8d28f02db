package org.mtainterop.cert;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates (signed by their own key under a fixed issuer name) with exactly the names a test needs (CN only, several SANs, IP SANs), which
 * the TestPki deliberately cannot make. One EC key is shared: only the names matter here.
 */
final class CertificateBuilderForTests {
    private static final X500Name ISSUER = new X500Name("CN=mta-interop name test issuer");
    private final KeyPair keys;

    CertificateBuilderForTests() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        keys = generator.generateKeyPair();
    }

    /**
     * @param commonName subject CN, or empty for a subject without CN
     * @param sanDnsNames dNSName entries; none means no SAN dNSName
     * @param sanIpAddresses iPAddress entries
     */
    X509Certificate certificate(String commonName, List<String> sanDnsNames, List<String> sanIpAddresses)
            throws Exception {
        return certificate(new X500Name(commonName.isEmpty() ? "O=mta-interop tests" : "CN=" + commonName + ",O=mta-interop tests"),
                sanDnsNames, sanIpAddresses);
    }

    /** A certificate whose subject is exactly {@code subjectDn} (BouncyCastle's RFC 4514 reading), without SANs. */
    X509Certificate certificateWithSubject(String subjectDn) throws Exception {
        return certificate(new X500Name(subjectDn), List.of(), List.of());
    }

    private X509Certificate certificate(X500Name subject, List<String> sanDnsNames, List<String> sanIpAddresses)
            throws Exception {
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ISSUER, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))), subject, keys.getPublic());
        List<GeneralName> names = new ArrayList<>();
        sanDnsNames.forEach(name -> names.add(new GeneralName(GeneralName.dNSName, name)));
        sanIpAddresses.forEach(address -> names.add(new GeneralName(GeneralName.iPAddress, address)));
        if (!names.isEmpty()) {
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(names.toArray(new GeneralName[0])));
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
    }
}
