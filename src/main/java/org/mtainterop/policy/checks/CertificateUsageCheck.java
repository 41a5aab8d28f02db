package org.mtainterop.policy.checks;


import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.cert.CertificateSummary;
import org.mtainterop.cert.CertificateUsage;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;

/**
 * CERT-04, on every service: the leaf's keyUsage is present and critical, its extKeyUsage includes serverAuth, and it is valid for
 * at most 825 days. Judged on the leaf only: CA certificates have other usages and lifetimes.
 *
 * <p>An absent extKeyUsage fails: RFC 5280 §4.2.1.12 reads its absence as "any purpose", but a TLS server
 * certificate must name serverAuth (CA/B Forum BR 7.1.2.3 (f)), and anyExtendedKeyUsage alone does not either
 * (the BR forbid it in subscriber certificates). The lifetime is notAfter − notBefore.
 */
public final class CertificateUsageCheck implements PresentedChainCheck {
    public static final String ID = "CERT-04";
    /** CA/B Forum Baseline Requirements §6.3.2: subscriber certificates issued since 1 March 2018, at most 825 days. */
    static final Duration MAX_LIFETIME = Duration.ofDays(825);
    private static final String KEY_USAGE_SOURCE = "RFC 5280 §4.2.1.3: conforming CAs should mark it critical";
    private static final String EKU_SOURCE = "CA/B Forum BR 7.1.2.3 (f): a TLS server certificate names serverAuth";
    private static final String LIFETIME_SOURCE = "CA/B Forum BR 6.3.2: at most 825 days";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Verdict judgeChain(CertificateFacts c) {
        CertificateSummary leaf = c.leaf();
        CertificateUsage usage = leaf.usage();
        Duration lifetime = Duration.between(leaf.notBefore(), leaf.notAfter());
        List<Reason> problems = new ArrayList<>();
        if (usage.keyUsage().isEmpty()) {
            problems.add(Reason.of("CertificateUsage.noKeyUsage", KEY_USAGE_SOURCE));
        } else if (!usage.keyUsageCritical()) {
            problems.add(Reason.of("CertificateUsage.keyUsageNotCritical", KEY_USAGE_SOURCE));
        }
        if (usage.extendedKeyUsage().isEmpty()) {
            problems.add(Reason.of("CertificateUsage.noExtendedKeyUsage", EKU_SOURCE));
        } else if (!usage.serverAuth()) {
            problems.add(Reason.of("CertificateUsage.noServerAuth", String.join(", ", usage.extendedKeyUsage().get()),
                    EKU_SOURCE));
        }
        if (lifetime.compareTo(MAX_LIFETIME) > 0) {
            problems.add(Reason.of("CertificateUsage.tooLong", days(lifetime), LIFETIME_SOURCE));
        }
        Reason observed = Reason.of("CertificateUsage.observed", usage.readable(), days(lifetime), leaf.notBefore(),
                leaf.notAfter());
        if (problems.isEmpty()) {
            return Verdict.passed(ID, Reason.of("CertificateUsage.passed.1", observed));
        }
        return Verdict.failed(ID, Reason.of("CertificateUsage.failed.1", Reason.join("; ", problems), observed));
    }

    /** Whole days, and what is left over when anything is: "825 days", "825 days and 1h30m". */
    private static Reason days(Duration lifetime) {
        Duration rest = lifetime.minusDays(lifetime.toDays());
        return rest.isZero() ? Reason.of("CertificateUsage.days", lifetime.toDays())
                : Reason.of("CertificateUsage.daysAnd",
                        lifetime.toDays(), rest.toString().substring(2).toLowerCase(Locale.ROOT));
    }
}
