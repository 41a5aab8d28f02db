package org.mtainterop.pki;

import java.security.KeyPair;

/**
 * How to make one server leaf: a valid leaf by default, bent by one {@code with...} per profile.
 *
 * @param subjectName       CN and subjectAltName of the leaf
 * @param sendIntermediate  whether the chain a server sends includes the issuing intermediate
 */
record LeafPlan(String subjectName, KeyPair keys, Validity validity, SignatureDigest digest, Issuer issuer,
                boolean sendIntermediate) {

    /** Who signs the leaf. */
    enum Issuer { TRUSTED_INTERMEDIATE, UNTRUSTED_INTERMEDIATE, SELF }

    static LeafPlan valid(String hostName, KeyPair keys, Validity validity) {
        return new LeafPlan(hostName, keys, validity, SignatureDigest.SHA256, Issuer.TRUSTED_INTERMEDIATE, true);
    }

    LeafPlan withSubjectName(String name) {
        return new LeafPlan(name, keys, validity, digest, issuer, sendIntermediate);
    }

    LeafPlan withKeys(KeyPair otherKeys) {
        return new LeafPlan(subjectName, otherKeys, validity, digest, issuer, sendIntermediate);
    }

    LeafPlan withValidity(Validity otherValidity) {
        return new LeafPlan(subjectName, keys, otherValidity, digest, issuer, sendIntermediate);
    }

    LeafPlan withDigest(SignatureDigest otherDigest) {
        return new LeafPlan(subjectName, keys, validity, otherDigest, issuer, sendIntermediate);
    }

    /** Self-signed leaves have no intermediate to send. */
    LeafPlan withIssuer(Issuer otherIssuer) {
        return new LeafPlan(subjectName, keys, validity, digest, otherIssuer,
                sendIntermediate && otherIssuer != Issuer.SELF);
    }

    LeafPlan withoutIntermediate() {
        return new LeafPlan(subjectName, keys, validity, digest, issuer, false);
    }

    CertificateTemplate template() {
        return new CertificateTemplate(subjectName, keys.getPublic(), validity, CertificateRole.SERVER_LEAF, digest);
    }

    @Override
    public String toString() {
        return "LeafPlan[" + subjectName + ", " + keys.getPublic().getAlgorithm() + ", " + validity + ", " + digest
                + ", issuer=" + issuer + ", sendIntermediate=" + sendIntermediate + "]";
    }
}
