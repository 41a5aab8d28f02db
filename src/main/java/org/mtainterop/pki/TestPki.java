package org.mtainterop.pki;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A throw-away PKI made at run time (never from committed keys): a trusted root and intermediate, plus an
 * "untrusted" root and intermediate that nobody is told to trust. Issues one server credential per
 * (profile, host name) and caches it, so a run presents the same certificate every time it is asked.
 * Thread-safe.
 */
public final class TestPki {
    public static final String ROOT_NAME = "mta-interop Test Root CA";
    public static final String INTERMEDIATE_NAME = "mta-interop Test Intermediate CA";
    public static final String UNTRUSTED_ROOT_NAME = "mta-interop Untrusted Root CA";
    public static final String UNTRUSTED_INTERMEDIATE_NAME = "mta-interop Untrusted Intermediate CA";
    /** The name WRONG_HOST certificates carry instead of the host's (RFC 6761 reserves .invalid and .test). */
    public static final String WRONG_HOST_NAME = "wrong-host.invalid.test";

    private static final int WEAK_RSA_BITS = 1024;
    private static final int RSA_BITS = 2048;

    private final CertificateSigner signer;
    private final CertificateAuthority root;
    private final CertificateAuthority intermediate;
    private final CertificateAuthority untrustedIntermediate;
    private final Map<CredentialKey, IssuedCredential> issued = new ConcurrentHashMap<>();
    private final Object weakRsaLock = new Object();
    private KeyPair weakRsaKeys;

    private record CredentialKey(CertificateProfile profile, String hostName) {
    }

    private TestPki(CertificateSigner signer, CertificateAuthority root, CertificateAuthority intermediate,
                    CertificateAuthority untrustedIntermediate) {
        this.signer = signer;
        this.root = root;
        this.intermediate = intermediate;
        this.untrustedIntermediate = untrustedIntermediate;
    }

    /** Generates both hierarchies (four EC P-256 keys; takes a few tens of milliseconds). */
    public static TestPki generate() {
        CertificateSigner signer = new CertificateSigner();
        Instant now = Instant.now();
        CertificateAuthority root = CertificateAuthority.root(signer, ROOT_NAME, Validity.authority(now, 10));
        CertificateAuthority untrustedRoot =
                CertificateAuthority.root(signer, UNTRUSTED_ROOT_NAME, Validity.authority(now, 10));
        return new TestPki(signer, root,
                root.intermediate(signer, INTERMEDIATE_NAME, Validity.authority(now, 5)),
                untrustedRoot.intermediate(signer, UNTRUSTED_INTERMEDIATE_NAME, Validity.authority(now, 5)));
    }

    /** The root clients of the harness should trust; the {@code ca.pem} of every credential. */
    public X509Certificate rootCertificate() {
        return root.certificate();
    }

    /** The trusted intermediate, the one MISSING_INTERMEDIATE leaves out. */
    public X509Certificate intermediateCertificate() {
        return intermediate.certificate();
    }

    /** A credential for {@code hostName} shaped as {@code profile} says; the same instance on every call. */
    public IssuedCredential issue(CertificateProfile profile, String hostName) {
        Objects.requireNonNull(profile, "profile");
        if (hostName == null || hostName.isBlank()) {
            throw new IllegalArgumentException("a host name is needed to issue a certificate, got '" + hostName + "'");
        }
        return issued.computeIfAbsent(new CredentialKey(profile, hostName), key -> create(profile, hostName));
    }

    /**
     * A VALID-shaped credential whose leaf has an RSA-2048 key (issued, like every leaf, by the EC intermediate):
     * the RSA half of a server with both RSA and ECDSA certificates (DANE-02). A fresh key on every call.
     */
    public IssuedCredential issueRsa(String hostName) {
        if (hostName == null || hostName.isBlank()) {
            throw new IllegalArgumentException("a host name is needed to issue a certificate, got '" + hostName + "'");
        }
        LeafPlan plan = LeafPlan.valid(hostName, KeyPairs.rsa(RSA_BITS), Validity.currentLeaf(Instant.now()));
        X509Certificate leaf = intermediate.issue(signer, plan.template());
        return new IssuedCredential(CertificateProfile.VALID, hostName, plan.keys().getPrivate(),
                List.of(leaf, intermediate.certificate()), root.certificate());
    }

    /**
     * A delegated OCSP responder (id-kp-OCSPSigning, RFC 6960 §4.2.2.2) for the leaves of the trusted intermediate:
     * what a reference MTA signs its stapled response with (CERT-05). With {@code delegatedByIssuer} false it is issued
     * by the untrusted intermediate instead, a responder the leaf's issuer never authorised. A fresh key on every call;
     * the credential's chain is the responder certificate alone.
     */
    public IssuedCredential issueOcspResponder(boolean delegatedByIssuer) {
        java.security.KeyPair keys = KeyPairs.ecP256();
        CertificateTemplate template = new CertificateTemplate("mta-interop Test OCSP Responder", keys.getPublic(),
                Validity.currentLeaf(Instant.now()), CertificateRole.OCSP_RESPONDER, SignatureDigest.SHA256);
        X509Certificate responder = (delegatedByIssuer ? intermediate : untrustedIntermediate).issue(signer, template);
        return new IssuedCredential(CertificateProfile.VALID, "ocsp.mta-interop.test", keys.getPrivate(),
                List.of(responder), root.certificate());
    }

    private IssuedCredential create(CertificateProfile profile, String hostName) {
        LeafPlan plan = plan(profile, hostName, Instant.now());
        X509Certificate signed = switch (plan.issuer()) {
            case TRUSTED_INTERMEDIATE -> intermediate.issue(signer, plan.template());
            case UNTRUSTED_INTERMEDIATE -> untrustedIntermediate.issue(signer, plan.template());
            case SELF -> signer.selfSign(plan.template(), plan.keys());
        };
        X509Certificate leaf = profile == CertificateProfile.BAD_SIGNATURE ? BrokenSignature.of(signed) : signed;
        List<X509Certificate> chain = plan.sendIntermediate()
                ? List.of(leaf, issuerCertificate(plan.issuer()))
                : List.of(leaf);
        return new IssuedCredential(profile, hostName, plan.keys().getPrivate(), chain, root.certificate());
    }

    /** A valid leaf, except for the one thing the profile is about. */
    private LeafPlan plan(CertificateProfile profile, String hostName, Instant now) {
        LeafPlan valid = LeafPlan.valid(hostName, KeyPairs.ecP256(), Validity.currentLeaf(now));
        return switch (profile) {
            case VALID -> valid;
            case EXPIRED -> valid.withValidity(Validity.expiredLeaf(now));
            case NOT_YET_VALID -> valid.withValidity(Validity.futureLeaf(now));
            case WRONG_HOST -> valid.withSubjectName(WRONG_HOST_NAME);
            case SELF_SIGNED -> valid.withIssuer(LeafPlan.Issuer.SELF);
            case UNTRUSTED_CA -> valid.withIssuer(LeafPlan.Issuer.UNTRUSTED_INTERMEDIATE);
            case WEAK_RSA_1024 -> valid.withKeys(weakRsaKeys());
            case SHA1_SIGNED -> valid.withDigest(SignatureDigest.SHA1);
            case MISSING_INTERMEDIATE -> valid.withoutIntermediate();
            case EXPIRED_SELF_SIGNED_WRONG_HOST -> valid.withIssuer(LeafPlan.Issuer.SELF)
                    .withValidity(Validity.expiredLeaf(now)).withSubjectName(WRONG_HOST_NAME);
            case BAD_SIGNATURE -> valid;
            case LONG_LIVED -> valid.withValidity(Validity.currentLeaf(now, 1095));
        };
    }

    private X509Certificate issuerCertificate(LeafPlan.Issuer issuer) {
        return switch (issuer) {
            case TRUSTED_INTERMEDIATE -> intermediate.certificate();
            case UNTRUSTED_INTERMEDIATE -> untrustedIntermediate.certificate();
            case SELF -> throw new IllegalArgumentException("a self-signed leaf has no issuer to send");
        };
    }

    /** One RSA-1024 key per instance: RSA generation is slow and the key's strength is the point, not its uniqueness. */
    private KeyPair weakRsaKeys() {
        synchronized (weakRsaLock) {
            if (weakRsaKeys == null) {
                weakRsaKeys = KeyPairs.rsa(WEAK_RSA_BITS);
            }
            return weakRsaKeys;
        }
    }

    @Override
    public String toString() {
        return "TestPki[root=" + root.certificate().getSubjectX500Principal().getName()
                + ", issued=" + issued.size() + "]";
    }
}
