package org.mtainterop.mtasts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * A TLS failure the harness caused on purpose (an MX outside the patterns, a bad certificate, STARTTLS
 * withheld), and whether a TLS-RPT report names it: the policy domain, the result type (RFC 8460 §4.3) and,
 * when given, the receiving MX host, with at least one failed session.
 */
public record TlsRptExpectation(String policyDomain, TlsRptReport.ResultType resultType, Optional<String> mxHost) {

    /**
     * The expectations {@code report} does not meet, each as a sentence in the report's language ("the report does not
     * name starttls-not-supported for sts.test at mx2.sts.test"); empty when it names every one.
     */
    public static List<Reason> unmet(TlsRptReport report, List<TlsRptExpectation> expected) {
        return expected.stream().filter(e -> !e.metBy(report)).<Reason>map(e -> Reason.of("TlsRptExpectation.unmet",
                e.said())).toList();
    }

    public boolean metBy(TlsRptReport report) {
        return report.policies().stream()
                .filter(p -> p.policyDomain().equalsIgnoreCase(policyDomain))
                .flatMap(p -> p.failureDetails().stream())
                .anyMatch(d -> d.resultType() == resultType && d.failedSessionCount() > 0
                        && mxHost.map(h -> d.receivingMxHostname().map(r -> strip(r).equals(strip(h))).orElse(false))
                        .orElse(true));
    }

    private static String strip(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** {@code starttls-not-supported for sts.test at mx2.sts.test}: the result type, domain and host are facts. */
    public Reason said() {
        return Reason.of("TlsRptExpectation.named", resultType.json(), policyDomain,
                mxHost.<Reason>map(h -> Reason.of("TlsRptExpectation.at", h)).orElse(Reason.NONE));
    }

    @Override
    public String toString() {
        return said().render(ReportLanguage.EN);
    }
}
