package org.mtainterop.pki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Builds and signs X.509 v3 certificates with BouncyCastle's builder and the JDK's signature providers
 * (no provider is registered globally).
 */
final class CertificateSigner {
    /**
     * Where a CA-issued leaf says its revocation status is published (CERT-05), as a public CA's leaf does. Nothing
     * serves these names: .test never resolves and no check of the harness or the reference MTAs fetches them.
     */
    static final String CRL_URI = "http://crl.mta-interop.test/intermediate.crl";
    static final String OCSP_URI = "http://ocsp.mta-interop.test/";
    private static final org.bouncycastle.asn1.ASN1ObjectIdentifier OCSP_NO_CHECK =
            new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.6.1.5.5.7.48.1.5");
    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final SecureRandom random = new SecureRandom();

    /** A self-signed certificate: the subject signs for itself. */
    X509Certificate selfSign(CertificateTemplate template, KeyPair subjectKeys) {
        return sign(template, distinguishedName(template.commonName()), subjectKeys, false);
    }

    /** A certificate signed by {@code issuer}. */
    X509Certificate sign(CertificateTemplate template, X509Certificate issuerCertificate, KeyPair issuerKeys) {
        X500Name issuerName = X500Name.getInstance(issuerCertificate.getSubjectX500Principal().getEncoded());
        return sign(template, issuerName, issuerKeys, true);
    }

    private X509Certificate sign(CertificateTemplate template, X500Name issuerName, KeyPair issuerKeys,
                                 boolean caIssued) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    issuerName, serialNumber(),
                    Date.from(template.validity().notBefore()), Date.from(template.validity().notAfter()),
                    distinguishedName(template.commonName()), template.subjectKey());
            addExtensions(builder, template, issuerKeys.getPublic(), caIssued);
            ContentSigner signer = new JcaContentSignerBuilder(template.digest().algorithmFor(issuerKeys.getPrivate()))
                    .build(issuerKeys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("could not issue certificate for " + template.commonName(), e);
        }
    }

    private static void addExtensions(X509v3CertificateBuilder builder, CertificateTemplate template,
                                      PublicKey issuerKey, boolean caIssued) throws GeneralSecurityException, CertIOException {
        JcaX509ExtensionUtils extensionUtils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.subjectKeyIdentifier, false,
                extensionUtils.createSubjectKeyIdentifier(template.subjectKey()));
        builder.addExtension(Extension.authorityKeyIdentifier, false,
                extensionUtils.createAuthorityKeyIdentifier(issuerKey));
        switch (template.role()) {
            case ROOT_CA -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            }
            case INTERMEDIATE_CA -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            }
            case SERVER_LEAF -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(Extension.keyUsage, true, leafKeyUsage(template.subjectKey()));
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(hostName(template.commonName())));
                if (caIssued) {
                    addRevocationPointers(builder);
                }
            }
            case OCSP_RESPONDER -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning));
                // id-pkix-ocsp-nocheck (RFC 6960 §4.2.2.2.1): clients need not ask whether the responder is revoked
                builder.addExtension(OCSP_NO_CHECK, false, org.bouncycastle.asn1.DERNull.INSTANCE);
            }
        }
    }

    /** cRLDistributionPoints (RFC 5280 §4.2.1.13) and an OCSP responder in authorityInfoAccess (§4.2.2.1). */
    private static void addRevocationPointers(X509v3CertificateBuilder builder) throws CertIOException {
        GeneralName crl = new GeneralName(GeneralName.uniformResourceIdentifier, CRL_URI);
        builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                new DistributionPoint(new DistributionPointName(new GeneralNames(crl)), null, null)}));
        builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(new AccessDescription(
                AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier, OCSP_URI))));
    }

    /** RSA keys may also be used for RSA key transport (TLS 1.2 RSA suites); EC keys only sign. */
    private static KeyUsage leafKeyUsage(PublicKey subjectKey) {
        int usage = KeyUsage.digitalSignature;
        if ("RSA".equals(subjectKey.getAlgorithm())) {
            usage |= KeyUsage.keyEncipherment;
        }
        return new KeyUsage(usage);
    }

    /** dNSName normally; iPAddress when the "host name" is an IP literal, since a dNSName may not hold one. */
    private static GeneralName hostName(String name) {
        boolean ipLiteral = IPV4_LITERAL.matcher(name).matches() || name.contains(":");
        return new GeneralName(ipLiteral ? GeneralName.iPAddress : GeneralName.dNSName, name);
    }

    private static X500Name distinguishedName(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
    }

    /** Positive, 127 random bits plus one so it is never zero (RFC 5280 §4.1.2.2 allows up to 20 octets). */
    private BigInteger serialNumber() {
        return new BigInteger(127, random).add(BigInteger.ONE);
    }
}
