package org.mtainterop.pki;

import java.security.KeyPair;
import java.security.cert.X509Certificate;

/** A CA of the test PKI: its keys and its certificate. Never leaves this package; only certificates do. */
record CertificateAuthority(KeyPair keys, X509Certificate certificate) {

    static CertificateAuthority root(CertificateSigner signer, String name, Validity validity) {
        KeyPair keys = KeyPairs.ecP256();
        CertificateTemplate template = new CertificateTemplate(name, keys.getPublic(), validity,
                CertificateRole.ROOT_CA, SignatureDigest.SHA256);
        return new CertificateAuthority(keys, signer.selfSign(template, keys));
    }

    CertificateAuthority intermediate(CertificateSigner signer, String name, Validity validity) {
        KeyPair intermediateKeys = KeyPairs.ecP256();
        CertificateTemplate template = new CertificateTemplate(name, intermediateKeys.getPublic(), validity,
                CertificateRole.INTERMEDIATE_CA, SignatureDigest.SHA256);
        return new CertificateAuthority(intermediateKeys, signer.sign(template, certificate, keys));
    }

    X509Certificate issue(CertificateSigner signer, CertificateTemplate leafTemplate) {
        return signer.sign(leafTemplate, certificate, keys);
    }

    @Override
    public String toString() {
        return "CertificateAuthority[" + certificate.getSubjectX500Principal().getName() + "]";
    }
}
