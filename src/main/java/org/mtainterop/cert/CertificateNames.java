package org.mtainterop.cert;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

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

    /**
     * CN attribute values of the subject, unescaped, in the certificate's order (usually zero or one). A value
     * the JDK can only render as {@code #hex} (not a string type) is kept in that form: it names no host.
     */
    static List<String> commonNames(X509Certificate certificate) {
        LdapName subject;
        try {
            subject = new LdapName(subject(certificate));
        } catch (InvalidNameException e) {
            return List.of(); // the JDK wrote it; cannot happen for a parsed certificate
        }
        List<String> names = new ArrayList<>();
        for (Rdn rdn : subject.getRdns()) { // the certificate's (DER) order: the reverse of the RFC 2253 text
            Attribute cn = rdn.toAttributes().get("CN"); // a multi-valued RDN may hold one besides O, OU...
            if (cn == null) {
                continue;
            }
            try {
                for (NamingEnumeration<?> values = cn.getAll(); values.hasMore(); ) {
                    Object value = values.next();
                    names.add(value instanceof String text ? text : Rdn.escapeValue(value));
                }
            } catch (NamingException e) {
                throw new IllegalStateException("in-memory attribute refused its values", e);
            }
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
