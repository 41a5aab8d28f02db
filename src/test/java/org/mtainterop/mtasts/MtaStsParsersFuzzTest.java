package org.mtainterop.mtasts;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the MTA-STS and TLS-RPT parsers (what a domain publishes, what a sender reports): each returns a
 * {@link Parsed} with its problems and never throws; what it accepts holds the RFCs' invariants.
 */
class MtaStsParsersFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void stsRecord(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Parsed<StsRecord> parsed = StsRecord.parse(text);
        parsed.value().ifPresent(record -> {
            if (!record.id().matches("[A-Za-z0-9]{1,32}") || !text.startsWith("v=STSv1")) {
                throw new IllegalStateException("accepted an invalid record: " + text);
            }
        });
        requireProblemsWhenInvalid(parsed, text);
        TxtSelection.mtaSts(java.util.List.of(text, text.substring(0, text.length() / 2)));
    }

    @FuzzTest(maxDuration = "60s")
    void stsPolicy(byte[] input) {
        Parsed<StsPolicy> parsed = StsPolicyParser.parse(input);
        parsed.value().ifPresent(policy -> {
            if (policy.maxAge() < 0 || policy.maxAge() > StsPolicy.MAX_AGE_LIMIT
                    || policy.mode() != StsMode.NONE && policy.mx().isEmpty()) {
                throw new IllegalStateException("accepted an invalid policy: " + policy);
            }
            for (MxPattern pattern : policy.mx()) {
                if (!pattern.matches(pattern.wildcard() ? "a" + pattern.pattern().substring(1) : pattern.pattern())) {
                    throw new IllegalStateException("a pattern that matches nothing it names: " + pattern);
                }
            }
            policy.meaning();
        });
        requireProblemsWhenInvalid(parsed, new String(input, StandardCharsets.ISO_8859_1));
    }

    @FuzzTest(maxDuration = "60s")
    void tlsRptRecord(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Parsed<TlsRptRecord> parsed = TlsRptRecord.parse(text);
        parsed.value().ifPresent(record -> record.rua().forEach(uri -> {
            if (!uri.getScheme().equalsIgnoreCase("mailto") && !uri.getScheme().equalsIgnoreCase("https")) {
                throw new IllegalStateException("accepted a " + uri.getScheme() + " URI: " + text);
            }
        }));
        requireProblemsWhenInvalid(parsed, text);
    }

    @FuzzTest(maxDuration = "60s")
    void tlsRptReport(byte[] input) {
        Parsed<TlsRptReport> parsed = TlsRptReportParser.parse(input);
        parsed.value().ifPresent(report -> {
            if (report.policies().isEmpty() || !report.end().isAfter(report.start())) {
                throw new IllegalStateException("accepted an invalid report: " + report);
            }
            report.resultTypes();
        });
        requireProblemsWhenInvalid(parsed, "(report)");
    }

    private static void requireProblemsWhenInvalid(Parsed<?> parsed, String input) {
        if (!parsed.valid() && parsed.errors().isEmpty()) {
            throw new IllegalStateException("invalid without a reason: " + input);
        }
        parsed.problems().forEach(SyntaxProblem::describe);
    }
}
