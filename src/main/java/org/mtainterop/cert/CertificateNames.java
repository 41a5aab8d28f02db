package org.mtainterop.cert;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Reads the names a certificate presents: subjectAltName entries and subject common names. */
final class CertificateNames {
    /** GeneralName tags (RFC 5280 §4.2.1.6) as used by {@link X509Certificate#getSubjectAlternativeNames()}. */
    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;

    private CertificateNames() {
    }

    static List<String> dnsNames(X509Certificate certificate) {
        return subjectAltNames(certificate, DNS_NAME);
    }

    static List<String> ipAddresses(X509Certificate certificate) {
        return subjectAltNames(certificate, IP_ADDRESS);
    }

    /** CN attribute values of the subject, in order (usually zero or one). */
    static List<String> commonNames(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        List<String> names = new ArrayList<>();
        for (RDN rdn : subject.getRDNs(BCStyle.CN)) {
            names.add(IETFUtils.valueToString(rdn.getFirst().getValue()));
        }
        return List.copyOf(names);
    }

    /** RFC 2253 form, e.g. "CN=mx.example.test,O=Example". */
    static String subject(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
    }

    static String issuer(X509Certificate certificate) {
        return certificate.getIssuerX500Principal().getName(X500Principal.RFC2253);
    }

    private static List<String> subjectAltNames(X509Certificate certificate, int tag) {
        Collection<List<?>> entries;
        try {
            entries = certificate.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return List.of();
        }
        if (entries == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (List<?> entry : entries) {
            if (entry.size() >= 2 && entry.get(0) instanceof Integer type && type == tag
                    && entry.get(1) instanceof String name) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }
}
