package org.mtainterop.cert;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * Where a certificate says its revocation status can be found, as encoded: facts only, judged elsewhere (CERT-05).
 *
 * @param crlDistributionPoints the names in the cRLDistributionPoints extension (2.5.29.31, RFC 5280 §4.2.1.13):
 *                              URIs as written, other names as {@code (directoryName)}, {@code (relative name)},
 *                              ...; empty when the extension is absent, {@code ["(unreadable)"]} when not decodable
 * @param ocspResponders        the id-ad-ocsp accessLocations of the authorityInfoAccess extension
 *                              (1.3.6.1.5.5.7.1.1, RFC 5280 §4.2.2.1), the same way; empty when the extension is
 *                              absent, an empty list when it names no OCSP responder (caIssuers only)
 */
public record CertificateRevocation(Optional<List<String>> crlDistributionPoints, Optional<List<String>> ocspResponders) {
    static final String CRL_DISTRIBUTION_POINTS_OID = "2.5.29.31";
    static final String AUTHORITY_INFO_ACCESS_OID = "1.3.6.1.5.5.7.1.1";
    private static final String OCSP_ACCESS_METHOD = "1.3.6.1.5.5.7.48.1";
    private static final List<String> UNREADABLE = List.of("(unreadable)");
    public static final CertificateRevocation NONE = new CertificateRevocation(Optional.empty(), Optional.empty());

    public CertificateRevocation {
        crlDistributionPoints = crlDistributionPoints.map(List::copyOf);
        ocspResponders = ocspResponders.map(List::copyOf);
    }

    public static CertificateRevocation of(X509Certificate certificate) {
        return new CertificateRevocation(
                extension(certificate, CRL_DISTRIBUTION_POINTS_OID).map(CertificateRevocation::crlNames),
                extension(certificate, AUTHORITY_INFO_ACCESS_OID).map(CertificateRevocation::ocspNames));
    }

    /** The CRL URIs (http, ldap, ...): names a client can fetch. */
    public List<String> crlUris() {
        return uris(crlDistributionPoints);
    }

    /** The OCSP responder URIs. */
    public List<String> ocspUris() {
        return uris(ocspResponders);
    }

    /** One line, e.g. {@code CRL distribution points (http://crl.example.test/ca.crl), no authorityInfoAccess}. */
    public String readable() {
        String crl = crlDistributionPoints.map(names -> names.isEmpty() ? "cRLDistributionPoints naming nothing"
                : "CRL distribution points (" + String.join(", ", names) + ")").orElse("no cRLDistributionPoints");
        String ocsp = ocspResponders.map(names -> names.isEmpty() ? "authorityInfoAccess without an OCSP responder"
                : "OCSP responders (" + String.join(", ", names) + ")").orElse("no authorityInfoAccess");
        return crl + ", " + ocsp;
    }

    private static List<String> uris(Optional<List<String>> names) {
        return names.orElse(List.of()).stream().filter(n -> !n.startsWith("(")).toList();
    }

    private static Optional<byte[]> extension(X509Certificate certificate, String oid) {
        byte[] wrapped = certificate.getExtensionValue(oid);
        if (wrapped == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ASN1OctetString.getInstance(wrapped).getOctets());
        } catch (RuntimeException e) {
            return Optional.of(new byte[0]);
        }
    }

    private static List<String> crlNames(byte[] der) {
        try {
            List<String> names = new ArrayList<>();
            for (DistributionPoint point : CRLDistPoint.getInstance(ASN1Primitive.fromByteArray(der)).getDistributionPoints()) {
                DistributionPointName name = point.getDistributionPoint();
                if (name == null) {
                    names.add("(cRLIssuer only)");
                } else if (name.getType() == DistributionPointName.FULL_NAME) {
                    for (GeneralName g : GeneralNames.getInstance(name.getName()).getNames()) {
                        names.add(name(g));
                    }
                } else {
                    names.add("(relative name)");
                }
            }
            return names;
        } catch (Exception e) {
            return UNREADABLE;
        }
    }

    private static List<String> ocspNames(byte[] der) {
        try {
            List<String> names = new ArrayList<>();
            for (AccessDescription d : AuthorityInformationAccess.getInstance(ASN1Primitive.fromByteArray(der))
                    .getAccessDescriptions()) {
                if (OCSP_ACCESS_METHOD.equals(d.getAccessMethod().getId())) {
                    names.add(name(d.getAccessLocation()));
                }
            }
            return names;
        } catch (Exception e) {
            return UNREADABLE;
        }
    }

    private static String name(GeneralName g) {
        if (g.getTagNo() == GeneralName.uniformResourceIdentifier && g.getName() instanceof ASN1String s) {
            return s.getString();
        }
        return switch (g.getTagNo()) {
            case GeneralName.directoryName -> "(directoryName)";
            case GeneralName.dNSName -> "(dNSName)";
            case GeneralName.rfc822Name -> "(rfc822Name)";
            default -> "(name of type " + g.getTagNo() + ")";
        };
    }
}
