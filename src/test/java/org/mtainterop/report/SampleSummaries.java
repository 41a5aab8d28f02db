package org.mtainterop.report;

import java.time.Instant;
import java.util.List;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Severity;

/** Hand-made summaries shared by the report tests. */
final class SampleSummaries {

    static final Instant STARTED = Instant.parse("2026-03-02T09:15:30.250Z");

    private SampleSummaries() {
    }

    static RequirementResult result(String id, Outcome status, Severity severity, String message) {
        return new RequirementResult(id, status, severity, List.of("pilot", "anssi"), message, 42);
    }

    /** Two targets; results deliberately out of catalog order. */
    static RunSummary mixed() {
        TargetReport mx1 = new TargetReport("mx1", "192.0.2.10", 25, "mx1.example.net", List.of(
                result("CERT-02", Outcome.FAILED, Severity.MUST,
                        "No SAN dNSName matches mx1.example.net; the certificate names mail.example.org only."),
                result("TLS-VER-02", Outcome.PASSED, Severity.MUST, "TLS 1.0 and 1.1 refused"),
                result("STARTTLS-01", Outcome.PASSED, Severity.MUST, "STARTTLS advertised"),
                result("DANE-01", Outcome.SKIPPED, Severity.MUST, "No TLSA record published"),
                result("STARTTLS-10", Outcome.PASSED, Severity.SHOULD, "ten sorts after two"),
                result("STARTTLS-02", Outcome.FAILED, Severity.SHOULD, "STARTTLS foo answered 220")));
        TargetReport mx2 = new TargetReport("mx2", "2001:db8::25", 2525, "mx2.example.net", List.of(
                result("ACCESS-01", Outcome.BROKEN, Severity.MUST,
                        "Could not test: mx2.example.net:2525 timed out after 10 s"),
                result("CLIENT-01", Outcome.PASSED, Severity.MUST, "no plaintext credentials")));
        return new RunSummary("0.1.0-SNAPSHOT", STARTED, "anssi", List.of(mx1, mx2));
    }

    static RunSummary of(RequirementResult... results) {
        TargetReport target = new TargetReport("t", "198.51.100.7", 25, "mx.example.net", List.of(results));
        return new RunSummary("test", STARTED, "pilot", List.of(target));
    }
}
