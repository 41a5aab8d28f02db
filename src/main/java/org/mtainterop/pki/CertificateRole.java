package org.mtainterop.pki;

/** What a certificate is for; decides its basicConstraints, keyUsage and extendedKeyUsage. */
enum CertificateRole {
    /** Self-signed CA at the top of a hierarchy. */
    ROOT_CA,
    /** CA issued by a root, allowed to issue leaves only (pathLen 0). */
    INTERMEDIATE_CA,
    /** End-entity certificate for a TLS server. */
    SERVER_LEAF,
    /** A responder the issuing CA delegates to sign OCSP responses (RFC 6960 §4.2.2.2: id-kp-OCSPSigning). */
    OCSP_RESPONDER
}
