package org.mtainterop.policy.checks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.cert.CertificateSummary;
import org.mtainterop.cert.CertificateUsage;
import org.mtainterop.cert.NameMatch;
import org.mtainterop.cert.PkixValidation;

/** Chain facts written by hand for the certificate checks: a leaf with the given usages and lifetime, its intermediate. */
public final class LeafCertificateFacts {
    public static final Instant NOT_BEFORE = Instant.parse("2026-01-01T00:00:00Z");
    public static final String HOST = "mx.example.test";
    /** What a public CA issues today: keyUsage critical (digitalSignature), extKeyUsage serverAuth. */
    public static final CertificateUsage TLS_SERVER =
            new CertificateUsage(Optional.of(List.of("digitalSignature")), true, Optional.of(List.of("serverAuth")));

    private LeafCertificateFacts() {
    }

    public static CertificateFacts leaf(CertificateUsage usage, Duration lifetime) {
        return chainOf(summary("CN=" + HOST, "CN=Example Issuing CA", usage, NOT_BEFORE, NOT_BEFORE.plus(lifetime)));
    }

    /** {@code leaf} as sent, then an intermediate that carries no serverAuth and lives ten years (never judged). */
    public static CertificateFacts chainOf(CertificateSummary leaf) {
        CertificateSummary intermediate = summary("CN=Example Issuing CA", "CN=Example Root CA",
                new CertificateUsage(Optional.of(List.of("keyCertSign", "cRLSign")), true, Optional.empty()),
                NOT_BEFORE, NOT_BEFORE.plus(Duration.ofDays(3650)));
        return new CertificateFacts(List.of(leaf, intermediate), "(PEM not needed)",
                PkixValidation.validTo("CN=Example Root CA"), new NameMatch(true, HOST, "SAN dNSName " + HOST, List.of(HOST)),
                "test anchors", NOT_BEFORE.plus(Duration.ofDays(1)));
    }

    private static CertificateSummary summary(String subject, String issuer, CertificateUsage usage, Instant notBefore,
                                              Instant notAfter) {
        return new CertificateSummary(subject, issuer, "1a2b", notBefore, notAfter, "EC", 256, "SHA256withECDSA",
                subject.equals("CN=" + HOST) ? List.of(HOST) : List.of(), false, "00:11", usage);
    }
}
