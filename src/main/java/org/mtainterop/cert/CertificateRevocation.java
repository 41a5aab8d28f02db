package org.mtainterop.cert;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

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
    /** id-ad-ocsp, 1.3.6.1.5.5.7.48.1, as the contents octets of its OBJECT IDENTIFIER. */
    private static final byte[] OCSP_ACCESS_METHOD = {0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x30, 0x01};
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
        return described().render(ReportLanguage.EN);
    }

    /** {@link #readable()} as message keys and the URIs, for verdicts in the report's language. */
    public Reason described() {
        Reason crl = crlDistributionPoints.map(names -> names.isEmpty() ? Reason.of("Revocation.crlNamingNothing")
                : Reason.of("Revocation.crlPoints", String.join(", ", names))).orElse(Reason.of("Revocation.noCrl"));
        Reason ocsp = ocspResponders.map(names -> names.isEmpty() ? Reason.of("Revocation.aiaWithoutOcsp")
                : Reason.of("Revocation.ocspResponders", String.join(", ", names))).orElse(Reason.of("Revocation.noAia"));
        return Reason.join(", ", List.of(crl, ocsp));
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
            return Optional.of(DerElement.parse(wrapped).octets());
        } catch (RuntimeException e) {
            return Optional.of(new byte[0]);
        }
    }

    /** CRLDistributionPoints ::= SEQUENCE OF DistributionPoint (RFC 5280 §4.2.1.13). */
    private static List<String> crlNames(byte[] der) {
        try {
            List<String> names = new ArrayList<>();
            for (DerElement point : DerElement.parse(der).sequence()) {
                DerElement distributionPoint = null;
                for (DerElement field : point.sequence()) {   // [0] distributionPoint, [1] reasons, [2] cRLIssuer
                    if (field.isContext(0) && field.isConstructed()) {
                        distributionPoint = field;
                    } else if (!field.isContext(1) && !field.isContext(2)) {
                        throw new IllegalArgumentException("unknown DistributionPoint field");
                    }
                }
                if (distributionPoint == null) {
                    names.add("(cRLIssuer only)");
                    continue;
                }
                List<DerElement> choice = distributionPoint.children();
                if (choice.size() != 1) {
                    throw new IllegalArgumentException("DistributionPointName is one choice");
                }
                if (choice.get(0).isContext(0)) { // fullName [0] GeneralNames
                    for (DerElement g : choice.get(0).children()) {
                        names.add(name(g));
                    }
                } else if (choice.get(0).isContext(1)) { // nameRelativeToCRLIssuer [1]
                    names.add("(relative name)");
                } else {
                    throw new IllegalArgumentException("unknown DistributionPointName");
                }
            }
            return names;
        } catch (RuntimeException e) {
            return UNREADABLE;
        }
    }

    /** AuthorityInfoAccessSyntax ::= SEQUENCE OF AccessDescription (RFC 5280 §4.2.2.1). */
    private static List<String> ocspNames(byte[] der) {
        try {
            List<String> names = new ArrayList<>();
            for (DerElement description : DerElement.parse(der).sequence()) {
                List<DerElement> fields = description.sequence(); // accessMethod OID, accessLocation GeneralName
                if (fields.size() != 2 || fields.get(0).tag() != DerElement.OBJECT_IDENTIFIER) {
                    throw new IllegalArgumentException("AccessDescription is an OID and a GeneralName");
                }
                String location = name(fields.get(1));
                if (fields.get(0).isOid(OCSP_ACCESS_METHOD)) {
                    names.add(location);
                }
            }
            return names;
        } catch (RuntimeException e) {
            return UNREADABLE;
        }
    }

    /** A GeneralName (RFC 5280 §4.2.1.6): the URI as written, other kinds by name. */
    private static String name(DerElement g) {
        if ((g.tag() & 0xC0) != 0x80) {
            throw new IllegalArgumentException("a GeneralName is context-tagged");
        }
        if (g.isContext(6) && !g.isConstructed()) {
            return g.ascii();
        }
        return switch (g.number()) {
            case 4 -> "(directoryName)";
            case 2 -> "(dNSName)";
            case 1 -> "(rfc822Name)";
            default -> "(name of type " + g.number() + ")";
        };
    }
}
