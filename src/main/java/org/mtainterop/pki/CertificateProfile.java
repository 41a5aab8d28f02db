package org.mtainterop.pki;

/**
 * The kinds of server certificate the harness can present: one good one and one for each way a
 * certificate commonly goes wrong on a mail server. {@link TestPki#issue} turns a profile into a credential.
 */
public enum CertificateProfile {
    VALID("leaf for the host name, issued by the test intermediate, chain sent in full"),
    EXPIRED("otherwise valid leaf whose notAfter is in the past"),
    NOT_YET_VALID("otherwise valid leaf whose notBefore is in the future"),
    WRONG_HOST("valid chain, but the leaf names wrong-host.invalid.test instead of the host"),
    SELF_SIGNED("leaf signed by its own key, sent alone"),
    UNTRUSTED_CA("leaf issued by an intermediate of a root nobody trusts, intermediate sent"),
    WEAK_RSA_1024("otherwise valid leaf with a 1024-bit RSA key"),
    SHA1_SIGNED("otherwise valid leaf whose signature uses SHA-1"),
    MISSING_INTERMEDIATE("valid leaf sent without the intermediate that issued it"),
    /** DANE-06: what only a DANE-EE(3) record can vouch for (RFC 7672 §3.1.1: no name or expiry check). */
    EXPIRED_SELF_SIGNED_WRONG_HOST("self-signed leaf, expired, naming wrong-host.invalid.test: only a DANE-EE(3) record vouches for it"),
    BAD_SIGNATURE("otherwise valid leaf and chain, but the leaf's signature does not verify (one bit of it flipped)"),
    /** CERT-04: a subscriber certificate issued for longer than the CA/B Forum's 825 days. */
    LONG_LIVED("otherwise valid leaf issued for 1,095 days (three years), more than the 825 a subscriber certificate may have");

    private final String description;

    CertificateProfile(String description) {
        this.description = description;
    }

    /** One line saying what the certificate looks like, for reports and scenario names. */
    public String description() {
        return description;
    }
}
