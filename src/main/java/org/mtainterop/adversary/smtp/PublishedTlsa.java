package org.mtainterop.adversary.smtp;

import static org.mtainterop.dane.TlsaMatchingType.SHA2_256;
import static org.mtainterop.dane.TlsaSelector.CERT;
import static org.mtainterop.dane.TlsaSelector.SPKI;
import static org.mtainterop.dane.TlsaUsage.DANE_EE;
import static org.mtainterop.dane.TlsaUsage.DANE_TA;
import static org.mtainterop.dane.TlsaUsage.PKIX_EE;
import static org.mtainterop.dane.TlsaUsage.PKIX_TA;

import java.util.List;
import java.util.Optional;
import org.mtainterop.dane.TlsaAssociation;
import org.mtainterop.dane.ZoneSigning;
import org.mtainterop.pki.CertificateProfile;

/**
 * The DANE profiles: an SMTP server that is compliant in every step (RFC 5321, RFC 3207), whose test lies in what
 * it publishes in DNS (the TLSA RRset and the zone's signing) against the chain it presents. One instance per
 * profile, each naming its publication.
 */
final class PublishedTlsa implements SmtpProfileBehaviour {
    /** Host name of the credential whose key nobody presents: the "wrong" TLSA records name it. */
    static final String UNPRESENTED_KEY_HOST = "not-presented.invalid.test";

    private final DanePublication publication;

    private PublishedTlsa(DanePublication publication) {
        this.publication = publication;
    }

    @Override
    public Optional<DanePublication> danePublication() {
        return Optional.of(publication);
    }

    /** 3 1 1 of the leaf presented: a DANE sender authenticates the peer and delivers (RFC 7672 §3.1.1). */
    static PublishedTlsa leafKey() {
        return new PublishedTlsa(new DanePublication(ZoneSigning.SIGNED,
                (presented, pki, host) -> List.of(TlsaAssociation.of(DANE_EE, SPKI, SHA2_256, presented.leaf())),
                "delivers: 3 1 1 matches the leaf presented (RFC 7672 §3.1.1)"));
    }

    /** 2 1 1 of the intermediate that is sent: authenticated with the name check, delivered (RFC 7672 §3.1.2). */
    static PublishedTlsa issuerKeySent() {
        return new PublishedTlsa(new DanePublication(ZoneSigning.SIGNED,
                (presented, pki, host) -> List.of(TlsaAssociation.of(DANE_TA, SPKI, SHA2_256, presented.chain().get(1))),
                "delivers: 2 1 1 matches the intermediate sent and the leaf names the MX (RFC 7672 §3.1.2)"));
    }

    /** DANE-05: a secure 3 1 1 for a key the server does not present; the mail must wait (RFC 7672 §2.2, §3). */
    static PublishedTlsa unpresentedKey() {
        return new PublishedTlsa(new DanePublication(ZoneSigning.SIGNED,
                (presented, pki, host) -> List.of(TlsaAssociation.of(DANE_EE, SPKI, SHA2_256,
                        pki.issue(CertificateProfile.VALID, UNPRESENTED_KEY_HOST).leaf())),
                "defers: the secure TLSA RRset matches no certificate presented (RFC 7672 §2.2)"));
    }

    /** DANE-06: 3 1 1 of an expired, self-signed, wrong-name leaf: delivered, no name or expiry check (RFC 7672 §3.1.1). */
    static PublishedTlsa leafKeyOfAnOtherwiseBadCertificate() {
        return new PublishedTlsa(new DanePublication(ZoneSigning.SIGNED,
                (presented, pki, host) -> List.of(TlsaAssociation.of(DANE_EE, SPKI, SHA2_256, presented.leaf())),
                "delivers: DANE-EE(3) ignores the leaf's name and expiry (RFC 7672 §3.1.1)"));
    }

    /** A matching 3 1 1 in a zone whose signatures are broken: bogus, so no delivery, never plain TLS (RFC 7672 §2.2). */
    static PublishedTlsa leafKeyBogus() {
        return new PublishedTlsa(new DanePublication(ZoneSigning.BROKEN,
                (presented, pki, host) -> List.of(TlsaAssociation.of(DANE_EE, SPKI, SHA2_256, presented.leaf())),
                "defers: the MX host's records are bogus (RFC 7672 §2.2: no fallback to unauthenticated TLS)"));
    }

    /** A wrong 3 1 1 in an unsigned zone: insecure, so the TLSA RRset is ignored (RFC 7672 §2.2). */
    static PublishedTlsa unpresentedKeyInsecure() {
        return new PublishedTlsa(new DanePublication(ZoneSigning.UNSIGNED,
                (presented, pki, host) -> List.of(TlsaAssociation.of(DANE_EE, SPKI, SHA2_256,
                        pki.issue(CertificateProfile.VALID, UNPRESENTED_KEY_HOST).leaf())),
                "delivers by its ordinary policy: an insecure TLSA RRset is ignored (RFC 7672 §2.2)"));
    }

    /** Only PKIX-EE(1) and PKIX-TA(0) records, both matching: unusable for SMTP (RFC 7672 §3.1.3). */
    static PublishedTlsa pkixUsagesOnly() {
        return new PublishedTlsa(new DanePublication(ZoneSigning.SIGNED,
                (presented, pki, host) -> List.of(TlsaAssociation.of(PKIX_EE, SPKI, SHA2_256, presented.leaf()),
                        TlsaAssociation.of(PKIX_TA, CERT, SHA2_256, pki.rootCertificate())),
                "delivers over TLS without authentication: no usable TLSA record (RFC 7672 §2.2, §3.1.3), never in plaintext"));
    }

    /** DANE-05: 2 1 1 of the intermediate sent, but the leaf names another host (RFC 7672 §3.2.3). */
    static PublishedTlsa issuerKeyWrongName() {
        return new PublishedTlsa(new DanePublication(ZoneSigning.SIGNED,
                (presented, pki, host) -> List.of(TlsaAssociation.of(DANE_TA, SPKI, SHA2_256, presented.chain().get(1))),
                "defers: DANE-TA(2) matches, but the leaf names neither the MX nor the TLSA base domain (RFC 7672 §3.2.3)"));
    }

    /** DANE-05: 2 1 1 of the root, which the server never sends (RFC 7672 §3.1.2: the anchor must be in the chain). */
    static PublishedTlsa anchorNotSent() {
        return new PublishedTlsa(new DanePublication(ZoneSigning.SIGNED,
                (presented, pki, host) -> List.of(TlsaAssociation.of(DANE_TA, SPKI, SHA2_256, pki.rootCertificate())),
                "defers: the DANE-TA(2) anchor is not in the chain sent (RFC 7672 §3.1.2)"));
    }
}
