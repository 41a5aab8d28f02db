package org.mtainterop.pki;

import java.security.PublicKey;

/**
 * Everything about a certificate except who signs it.
 *
 * @param commonName  the subject CN; for leaves also the single subjectAltName
 */
record CertificateTemplate(String commonName, PublicKey subjectKey, Validity validity, CertificateRole role,
                           SignatureDigest digest) {
}
