package org.mtainterop.mtasts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A TLS failure the harness caused on purpose (an MX outside the patterns, a bad certificate, STARTTLS
 * withheld), and whether a TLS-RPT report names it: the policy domain, the result type (RFC 8460 §4.3) and,
 * when given, the receiving MX host, with at least one failed session.
 */
public record TlsRptExpectation(String policyDomain, TlsRptReport.ResultType resultType, Optional<String> mxHost) {

    /** The expectations {@code report} does not meet, each as a sentence; empty when it names every one. */
    public static List<String> unmet(TlsRptReport report, List<TlsRptExpectation> expected) {
        return expected.stream().filter(e -> !e.metBy(report)).map(e -> "the report does not name " + e).toList();
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

    @Override
    public String toString() {
        return resultType.json() + " for " + policyDomain + mxHost.map(h -> " at " + h).orElse("");
    }
}
