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
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates (signed by their own key under a fixed issuer name) with exactly the names a test needs (CN only, several SANs, IP SANs),
 * or exactly the key usages and lifetime (CERT-04), which the TestPki deliberately cannot make. One EC key is shared: only the names,
 * usages and dates matter here.
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

    /**
     * A certificate for {@code mx.example.test} with exactly these usages and lifetime.
     *
     * @param keyUsage         BouncyCastle {@link KeyUsage} bits, or null for no keyUsage extension
     * @param purposes         extKeyUsage purposes; none means no extKeyUsage extension
     */
    X509Certificate certificateWithUsage(Integer keyUsage, boolean keyUsageCritical, List<KeyPurposeId> purposes,
                                         Duration lifetime) throws Exception {
        Instant notBefore = Instant.now().minus(Duration.ofHours(1));
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ISSUER, BigInteger.valueOf(notBefore.toEpochMilli()),
                Date.from(notBefore), Date.from(notBefore.plus(lifetime)), new X500Name("CN=mx.example.test"), keys.getPublic());
        if (keyUsage != null) {
            builder.addExtension(Extension.keyUsage, keyUsageCritical, new KeyUsage(keyUsage));
        }
        if (!purposes.isEmpty()) {
            builder.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(purposes.toArray(new KeyPurposeId[0])));
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
    }

    /**
     * A certificate for {@code mx.example.test} with these revocation pointers.
     *
     * @param crlNames   cRLDistributionPoints fullName entries, one distribution point each; null for no extension
     * @param aia        authorityInfoAccess entries (access method, location); null for no extension
     */
    X509Certificate certificateWithRevocation(List<GeneralName> crlNames, List<AccessDescription> aia) throws Exception {
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ISSUER, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))),
                new X500Name("CN=mx.example.test"), keys.getPublic());
        if (crlNames != null) {
            builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(crlNames.stream()
                    .map(n -> new DistributionPoint(new DistributionPointName(new GeneralNames(n)), null, null))
                    .toArray(DistributionPoint[]::new)));
        }
        if (aia != null) {
            builder.addExtension(Extension.authorityInfoAccess, false,
                    new AuthorityInformationAccess(aia.toArray(new AccessDescription[0])));
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
    }

    /** A leaf whose cRLDistributionPoints and authorityInfoAccess extensions carry exactly these encodings. */
    X509Certificate certificateWithRawRevocation(byte[] crlDer, byte[] aiaDer) throws Exception {
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ISSUER, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))),
                new X500Name("CN=mx.example.test"), keys.getPublic());
        builder.addExtension(Extension.cRLDistributionPoints, false, crlDer);
        builder.addExtension(Extension.authorityInfoAccess, false, aiaDer);
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
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
