package org.mtainterop.mtasts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtainterop.report.EnglishLeftovers;
import org.mtainterop.report.ReportLanguage;

class TlsRptReportParserTest {
    /** RFC 8460 Appendix B, the example report (shortened to two failure details). */
    static final String RFC_EXAMPLE = """
            {
              "organization-name": "Company-X",
              "date-range": {
                "start-datetime": "2016-04-01T00:00:00Z",
                "end-datetime": "2016-04-01T23:59:59Z"
              },
              "contact-info": "sts-reporting@company-x.example",
              "report-id": "5065427c-23d3-47ca-b6e0-946ea0e8c4be",
              "policies": [{
                "policy": {
                  "policy-type": "sts",
                  "policy-string": ["version: STSv1", "mode: testing", "mx: *.mail.company-y.example", "max_age: 86400"],
                  "policy-domain": "company-y.example",
                  "mx-host": ["*.mail.company-y.example"]
                },
                "summary": {
                  "total-successful-session-count": 5326,
                  "total-failure-session-count": 303
                },
                "failure-details": [{
                  "result-type": "certificate-expired",
                  "sending-mta-ip": "2001:db8:abcd:0012::1",
                  "receiving-mx-hostname": "mx1.mail.company-y.example",
                  "failed-session-count": 100
                }, {
                  "result-type": "starttls-not-supported",
                  "sending-mta-ip": "2001:db8:abcd:0013::1",
                  "receiving-mx-hostname": "mx2.mail.company-y.example",
                  "receiving-ip": "203.0.113.56",
                  "failed-session-count": 200,
                  "additional-information": "https://reports.company-x.example/report_info?id=5065427c-23d3#StarttlsNotSupported"
                }]
              }]
            }
            """;

    @Test
    void theRfcExampleParses() {
        Parsed<TlsRptReport> parsed = TlsRptReportParser.parse(RFC_EXAMPLE.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.problems()).isEmpty();
        TlsRptReport report = parsed.value().orElseThrow();
        assertThat(report.organizationName()).isEqualTo("Company-X");
        assertThat(report.policies()).singleElement().satisfies(p -> {
            assertThat(p.policyType()).isEqualTo(TlsRptReport.PolicyType.STS);
            assertThat(p.policyDomain()).isEqualTo("company-y.example");
            assertThat(p.failedSessions()).isEqualTo(303);
            assertThat(p.failureDetails()).hasSize(2);
        });
        assertThat(report.resultTypes()).containsExactly(TlsRptReport.ResultType.CERTIFICATE_EXPIRED,
                TlsRptReport.ResultType.STARTTLS_NOT_SUPPORTED);
    }

    @Test
    void gzipReportsAreRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(RFC_EXAMPLE.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(TlsRptReportParser.parse(out.toByteArray()).valid()).isTrue();
    }

    @Test
    void aPlainReportOverTheLimitIsRefusedWithItsSizeInTheReportsLanguage() {
        byte[] big = new byte[TlsRptReportParser.MAX_JSON_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        SyntaxProblem p = TlsRptReportParser.parse(big).problems().get(0);
        assertThat(p.describe()).isEqualTo("body '8388609 bytes': larger than the 8388608 bytes the harness reads (RFC 8460 §4.4)");
        assertThat(p.value()).isEqualTo("8388609 bytes");
        String french = p.described().render(ReportLanguage.FR);
        assertThat(french).isEqualTo("corps '8388609 octets' : plus grand que les 8388608 octets que lit le harnais (RFC 8460 §4.4)");
        assertThat(EnglishLeftovers.in(french)).isEmpty();
    }

    @Test
    void aGzipBombIsRefusedWithAReason() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 9; i++) {
                gzip.write(zeros);
            }
        }
        assertThat(TlsRptReportParser.parse(out.toByteArray()).describeErrors()).contains("once decompressed");
        assertThat(TlsRptReportParser.parse(new byte[] {0x1f, (byte) 0x8b, 1, 2}).describeErrors())
                .contains("not valid gzip");
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "\"organization-name\": \"Company-X\",                 | | organization-name | missing",
            "\"report-id\": \"5065427c-23d3-47ca-b6e0-946ea0e8c4be\" | \"report-id\": 7 | report-id | not a string",
            "\"certificate-expired\"                               | \"certificate-expiredd\" | policies[0].failure-details[0].result-type | not a registered result type",
            "\"policy-type\": \"sts\"                              | \"policy-type\": \"STS\" | policies[0].policy.policy-type | must be sts, tlsa or no-policy-found",
            "\"2016-04-01T23:59:59Z\"                              | \"2016-04-01 23:59\" | date-range.end-datetime | not an RFC 3339",
            "\"2016-04-01T23:59:59Z\"                              | \"2016-03-01T23:59:59Z\" | date-range | the end is not after the start",
            "5326                                                  | -1 | policies[0].summary.total-successful-session-count | non-negative integer",
            "\"total-failure-session-count\": 303                  | \"total-failure-session-count\": 3 | policies[0].failure-details | more failed sessions",
            "\"failed-session-count\": 100                         | \"failed-session-count\": 1.5 | policies[0].failure-details[0].failed-session-count | non-negative integer",
            "\"203.0.113.56\"                                      | \"203.0.113.256\" | policies[0].failure-details[1].receiving-ip | not an IPv4 or IPv6",
    })
    void eachFailureSaysWhatAndWhere(String from, String to, String field, String problem) {
        String json = RFC_EXAMPLE.replace(from, to == null ? "" : to);
        assertThat(json).isNotEqualTo(RFC_EXAMPLE);
        Parsed<TlsRptReport> parsed = TlsRptReportParser.parse(json.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.errors()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.problem()).contains(problem);
        });
    }

    @Test
    void aReportsProblemsAreSaidInFrenchAndUnchangedInEnglish() {
        String json = RFC_EXAMPLE.replace("\"2016-04-01T23:59:59Z\"", "\"yesterday\"")
                .replace("\"policy-type\": \"sts\"", "\"policy-type\": \"dane\"").replace("5326", "-1")
                .replace("\"certificate-expired\"", "\"bogus\"").replace("\"203.0.113.56\"", "\"203.0.113.256\"")
                .replace("\"failed-session-count\": 200", "\"failed-session-count\": 200, \"extra\": true");
        Parsed<TlsRptReport> parsed = TlsRptReportParser.parse(json.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.problems()).extracting(SyntaxProblem::describe).containsExactly(
                "date-range.end-datetime 'yesterday': not an RFC 3339 date-time (RFC 3339 §5.6)",
                "policies[0].policy.policy-type 'dane': must be sts, tlsa or no-policy-found (RFC 8460 §4.5)",
                "policies[0].summary.total-successful-session-count '-1': not a non-negative integer (RFC 8460 §4.4)",
                "policies[0].failure-details[0].result-type 'bogus': not a registered result type (RFC 8460 §4.3, §6.6)",
                "policies[0].failure-details[1].extra: an unknown member (RFC 8460 §4.4)",
                "policies[0].failure-details[1].receiving-ip '203.0.113.256': not an IPv4 or IPv6 address (RFC 8460 §4.4)");
        assertThat(parsed.problems()).extracting(p -> p.described().render(ReportLanguage.FR)).containsExactly(
                "date-range.end-datetime 'yesterday' : pas une date-heure RFC 3339 (RFC 3339 §5.6)",
                "policies[0].policy.policy-type 'dane' : doit être sts, tlsa ou no-policy-found (RFC 8460 §4.5)",
                "policies[0].summary.total-successful-session-count '-1' : pas un entier positif ou nul (RFC 8460 §4.4)",
                "policies[0].failure-details[0].result-type 'bogus' : pas un type de résultat enregistré (RFC 8460 §4.3, §6.6)",
                "policies[0].failure-details[1].extra : un membre inconnu (RFC 8460 §4.4)",
                "policies[0].failure-details[1].receiving-ip '203.0.113.256' : pas une adresse IPv4 ou IPv6 (RFC 8460 §4.4)");
        String[] whole = {
            TlsRptReportParser.parse(RFC_EXAMPLE.replace("\"total-failure-session-count\": 303",
                    "\"total-failure-session-count\": 3").getBytes(StandardCharsets.UTF_8)).describedErrors().render(ReportLanguage.FR),
            TlsRptReportParser.parse("[]".getBytes(StandardCharsets.UTF_8)).describedErrors().render(ReportLanguage.FR),
            TlsRptReportParser.parse("{} {}".getBytes(StandardCharsets.UTF_8)).describedErrors().render(ReportLanguage.FR),
            TlsRptReportParser.parse("{\"policies\": []}".getBytes(StandardCharsets.UTF_8)).describedErrors()
                    .render(ReportLanguage.FR)};
        assertThat(whole[0]).isEqualTo("policies[0].failure-details '300' : plus de sessions en échec dans les détails"
                + " que total-failure-session-count (3) (RFC 8460 §4.4)");
        assertThat(whole[1]).isEqualTo("rapport : pas un objet JSON (RFC 8460 §4.4)");
        assertThat(whole[2]).isEqualTo("corps : des données après l'objet JSON (RFC 8259 §2)");
        assertThat(whole[3]).startsWith("organization-name : absent (RFC 8460 §4.4) ; contact-info : absent")
                .contains("date-range : absent").contains("policies '[]' : vide : un rapport couvre au moins une politique");
        assertThat(TlsRptReportParser.parse(new byte[] {0x1f, (byte) 0x8b, 1, 2}).describedErrors().render(ReportLanguage.FR))
                .startsWith("corps : gzip invalide : ");
        for (String text : whole) {
            assertThat(EnglishLeftovers.in(text.replace("organization-name", ""))).as(text).isEmpty();
        }
        for (SyntaxProblem p : parsed.problems()) { // no-policy-found is RFC 8460's token, quoted
            String french = p.described().render(ReportLanguage.FR);
            assertThat(EnglishLeftovers.in(french.replace("no-policy-found", ""))).as(french).isEmpty();
        }
    }

    @Test
    void aDeliverysProblemsAreSaidInFrenchAndUnchangedInEnglish() {
        byte[] body = RFC_EXAMPLE.getBytes(StandardCharsets.UTF_8);
        SyntaxProblem none = TlsRptSubmission.fromHttps(null, body).problems().get(0);
        SyntaxProblem wrong = TlsRptSubmission.fromHttps("text/plain; charset=utf-8", body).problems().get(0);
        SyntaxProblem notType = TlsRptSubmission.fromHttps("no type at all", body).problems().get(0);
        assertThat(none.describe()).isEqualTo("Content-Type: no media type: application/tlsrpt+gzip or"
                + " application/tlsrpt+json (RFC 8460 §5.2)");
        assertThat(wrong.describe()).isEqualTo("Content-Type 'text/plain; charset=utf-8': must be application/tlsrpt+gzip"
                + " or application/tlsrpt+json (RFC 8460 §5.2)");
        assertThat(notType.describe()).isEqualTo("Content-Type 'no type at all': not a media type (RFC 8460 §5.2)");
        assertThat(none.described().render(ReportLanguage.FR)).isEqualTo("Content-Type : pas de type de média :"
                + " application/tlsrpt+gzip ou application/tlsrpt+json (RFC 8460 §5.2)");
        assertThat(wrong.described().render(ReportLanguage.FR)).isEqualTo("Content-Type 'text/plain; charset=utf-8' :"
                + " doit être application/tlsrpt+gzip ou application/tlsrpt+json (RFC 8460 §5.2)");
        assertThat(notType.described().render(ReportLanguage.FR))
                .isEqualTo("Content-Type 'no type at all' : pas un type de média (RFC 8460 §5.2)");
        for (SyntaxProblem p : new SyntaxProblem[] {none, wrong}) {
            assertThat(EnglishLeftovers.in(p.described().render(ReportLanguage.FR))).isEmpty();
        }
    }

    @Test
    void malformedJsonDuplicatesAndDepthAreRefusedWithAReason() {
        assertThat(TlsRptReportParser.parse("{".getBytes(StandardCharsets.UTF_8)).describeErrors()).contains("not JSON");
        assertThat(TlsRptReportParser.parse("{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)).describeErrors())
                .contains("not JSON").contains("Duplicate");
        assertThat(TlsRptReportParser.parse(("[".repeat(100) + "]".repeat(100)).getBytes(StandardCharsets.UTF_8))
                .describeErrors()).contains("not JSON");
        assertThat(TlsRptReportParser.parse("{} {}".getBytes(StandardCharsets.UTF_8)).describeErrors())
                .contains("data after the JSON object");
        assertThat(TlsRptReportParser.parse("[]".getBytes(StandardCharsets.UTF_8)).describeErrors())
                .contains("not a JSON object");
    }

    @Test
    void unknownMembersAreNotes() {
        Parsed<TlsRptReport> parsed = TlsRptReportParser.parse(RFC_EXAMPLE.replace("\"organization-name\"",
                "\"x-extra\": 1, \"organization-name\"").getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.notes()).singleElement().extracting(SyntaxProblem::field).isEqualTo("x-extra");
    }
}
