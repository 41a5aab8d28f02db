package org.mtainterop.mtasts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mtainterop.net.SaidIOException;
import org.mtainterop.policy.Reason;

/**
 * The strict parser of a TLS-RPT report (RFC 8460 §4.4 JSON, gzip-compressed or not, §5.3): every required
 * member present with the right type, registered policy and result types, RFC 3339 times, counts that are
 * non-negative integers and add up. Bounded: a report larger than {@link #MAX_JSON_BYTES} (after gunzip),
 * nested deeper than 32, or with duplicate members is refused with a reason, never an exception.
 */
public final class TlsRptReportParser {
    public static final int MAX_JSON_BYTES = 8 * 1024 * 1024;
    private static final String SECTION = "RFC 8460 §4.4";
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Set<String> TOP = Set.of("organization-name", "date-range", "contact-info", "report-id",
            "policies");
    private static final Set<String> POLICY = Set.of("policy", "summary", "failure-details");
    private static final Set<String> DETAIL = Set.of("result-type", "sending-mta-ip", "receiving-mx-hostname",
            "receiving-mx-helo", "receiving-ip", "failed-session-count", "additional-information",
            "failure-reason-code");
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32)
                    .maxStringLength(1024 * 1024).maxNumberLength(32).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private TlsRptReportParser() {
    }

    /** A report as received: gzip (magic {@code 1f 8b}, {@code application/tlsrpt+gzip}) or plain JSON. */
    public static Parsed<TlsRptReport> parse(byte[] body) {
        byte[] json;
        try {
            json = TlsRptReportBody.json(body, MAX_JSON_BYTES);
        } catch (SaidIOException e) {
            return Parsed.invalid(List.of(SyntaxProblem.error("body", "", e.said(), "RFC 8460 §5.3")));
        }
        if (json.length > MAX_JSON_BYTES) {
            return Parsed.invalid(List.of(SyntaxProblem.error("body", Reason.of("TlsRptReport.size", json.length), Reason.of("TlsRptReport.tooLarge",
                    MAX_JSON_BYTES), "RFC 8460 §4.4")));
        }
        JsonNode root;
        try (JsonParser parser = JSON.createParser(json)) {
            root = JSON.readTree(parser);
            if (parser.nextToken() != null) {
                return Parsed.invalid(List.of(SyntaxProblem.error("body", "", Reason.of("TlsRptReport.trailingData"),
                        "RFC 8259 §2")));
            }
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines()
                    .findFirst().orElse("");
            return Parsed.invalid(List.of(SyntaxProblem.error("body", "", Reason.of("TlsRptReport.notJson", message), "RFC 8259")));
        }
        List<SyntaxProblem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            problems.add(SyntaxProblem.error("report", "", Reason.of("TlsRptReport.notJsonObject"), SECTION));
            return Parsed.invalid(problems);
        }
        unknown(root, TOP, "", problems);
        String organization = text(root, "organization-name", "", true, problems);
        String contact = text(root, "contact-info", "", true, problems);
        String reportId = text(root, "report-id", "", true, problems);
        OffsetDateTime start = null;
        OffsetDateTime end = null;
        JsonNode range = object(root, "date-range", "", problems);
        if (range != null) {
            unknown(range, Set.of("start-datetime", "end-datetime"), "date-range.", problems);
            start = time(range, "start-datetime", problems);
            end = time(range, "end-datetime", problems);
            if (start != null && end != null && !end.isAfter(start)) {
                problems.add(SyntaxProblem.error("date-range", start + " .. " + end, Reason.of("TlsRptReport.endNotAfterStart"),
                        SECTION));
            }
        }
        List<TlsRptReport.PolicyResult> policies = new ArrayList<>();
        JsonNode array = root.get("policies");
        if (array == null || !array.isArray()) {
            problems.add(SyntaxProblem.error("policies", shown(array), array == null ? Reason.of("TlsRptReport.missing")
                    : Reason.of("TlsRptReport.notArray"), SECTION));
        } else {
            if (array.isEmpty()) {
                problems.add(SyntaxProblem.error("policies", "[]", Reason.of("TlsRptReport.emptyPolicies"),
                        SECTION));
            }
            for (int i = 0; i < array.size(); i++) {
                policy(array.get(i), "policies[" + i + "].", problems).ifPresent(policies::add);
            }
        }
        if (organization == null || contact == null || reportId == null || start == null || end == null) {
            return Parsed.invalid(problems);
        }
        return Parsed.of(new TlsRptReport(organization, start, end, contact, reportId, policies), problems);
    }

    private static Optional<TlsRptReport.PolicyResult> policy(JsonNode node, String at, List<SyntaxProblem> problems) {
        if (!node.isObject()) {
            problems.add(SyntaxProblem.error(at.substring(0, at.length() - 1), shown(node),
                    Reason.of("TlsRptReport.notAnObject"), SECTION));
            return Optional.empty();
        }
        unknown(node, POLICY, at, problems);
        JsonNode policy = object(node, "policy", at, problems);
        JsonNode summary = object(node, "summary", at, problems);
        TlsRptReport.PolicyType type = null;
        String domain = null;
        List<String> policyString = List.of();
        List<String> mxHost = List.of();
        if (policy != null) {
            String where = at + "policy.";
            unknown(policy, Set.of("policy-type", "policy-string", "policy-domain", "mx-host"), where, problems);
            String typeName = text(policy, "policy-type", where, true, problems);
            if (typeName != null) {
                type = TlsRptReport.PolicyType.of(typeName).orElse(null);
                if (type == null) {
                    problems.add(SyntaxProblem.error(where + "policy-type", typeName, Reason.of("TlsRptReport.policyType"),
                            "RFC 8460 §4.5"));
                }
            }
            domain = text(policy, "policy-domain", where, true, problems);
            policyString = strings(policy, "policy-string", where, false, problems);
            mxHost = strings(policy, "mx-host", where, true, problems);
        }
        long successes = -1;
        long failures = -1;
        if (summary != null) {
            String where = at + "summary.";
            unknown(summary, Set.of("total-successful-session-count", "total-failure-session-count"), where, problems);
            successes = count(summary, "total-successful-session-count", where, problems);
            failures = count(summary, "total-failure-session-count", where, problems);
        }
        List<TlsRptReport.FailureDetail> details = new ArrayList<>();
        JsonNode array = node.get("failure-details");
        if (array != null && !array.isArray()) {
            problems.add(SyntaxProblem.error(at + "failure-details", shown(array), Reason.of("TlsRptReport.notArray"),
                    SECTION));
        } else if (array != null) {
            long sum = 0;
            for (int i = 0; i < array.size(); i++) {
                Optional<TlsRptReport.FailureDetail> detail = detail(array.get(i), at + "failure-details[" + i + "].",
                        problems);
                if (detail.isPresent()) {
                    details.add(detail.get());
                    sum += detail.get().failedSessionCount();
                }
            }
            if (failures >= 0 && sum > failures) {
                problems.add(SyntaxProblem.error(at + "failure-details", String.valueOf(sum), Reason.of(
                        "TlsRptReport.moreFailures", failures), SECTION));
            }
        }
        if (type == null || domain == null || successes < 0 || failures < 0) {
            return Optional.empty();
        }
        return Optional.of(new TlsRptReport.PolicyResult(type, policyString, domain, mxHost, successes, failures,
                details));
    }

    private static Optional<TlsRptReport.FailureDetail> detail(JsonNode node, String at,
                                                               List<SyntaxProblem> problems) {
        if (!node.isObject()) {
            problems.add(SyntaxProblem.error(at.substring(0, at.length() - 1), shown(node),
                    Reason.of("TlsRptReport.notAnObject"), SECTION));
            return Optional.empty();
        }
        unknown(node, DETAIL, at, problems);
        String typeName = text(node, "result-type", at, true, problems);
        TlsRptReport.ResultType type = null;
        if (typeName != null) {
            type = TlsRptReport.ResultType.of(typeName).orElse(null);
            if (type == null) {
                problems.add(SyntaxProblem.error(at + "result-type", typeName, Reason.of("TlsRptReport.resultType"),
                        "RFC 8460 §4.3, §6.6"));
            }
        }
        long count = count(node, "failed-session-count", at, problems);
        Optional<String> sendingIp = Optional.ofNullable(text(node, "sending-mta-ip", at, false, problems));
        Optional<String> receivingIp = Optional.ofNullable(text(node, "receiving-ip", at, false, problems));
        for (Optional<String> ip : List.of(sendingIp, receivingIp)) {
            if (ip.isPresent() && !IPV4.matcher(ip.get()).matches()
                    && !(ip.get().contains(":") && IPV6.matcher(ip.get()).matches())) {
                problems.add(SyntaxProblem.error(at + (ip == sendingIp ? "sending-mta-ip" : "receiving-ip"), ip.get(),
                        Reason.of("TlsRptReport.notIpAddress"), SECTION));
            }
        }
        Optional<String> mx = Optional.ofNullable(text(node, "receiving-mx-hostname", at, false, problems));
        Optional<String> helo = Optional.ofNullable(text(node, "receiving-mx-helo", at, false, problems));
        Optional<String> info = Optional.ofNullable(text(node, "additional-information", at, false, problems));
        Optional<String> code = Optional.ofNullable(text(node, "failure-reason-code", at, false, problems));
        if (type == null || count < 0) {
            return Optional.empty();
        }
        return Optional.of(new TlsRptReport.FailureDetail(type, sendingIp, mx, helo, receivingIp, count, info, code));
    }

    private static JsonNode object(JsonNode parent, String name, String at, List<SyntaxProblem> problems) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isObject()) {
            problems.add(SyntaxProblem.error(at + name, shown(node), node == null ? Reason.of("TlsRptReport.missing")
                    : Reason.of("TlsRptReport.notAnObject"), SECTION));
            return null;
        }
        return node;
    }

    private static String text(JsonNode parent, String name, String at, boolean required,
                               List<SyntaxProblem> problems) {
        JsonNode node = parent.get(name);
        if (node == null) {
            if (required) {
                problems.add(SyntaxProblem.error(at + name, "", Reason.of("TlsRptReport.missing"), SECTION));
            }
            return null;
        }
        if (!node.isTextual()) {
            problems.add(SyntaxProblem.error(at + name, shown(node), Reason.of("TlsRptReport.notString"), SECTION));
            return null;
        }
        if (required && node.textValue().isBlank()) {
            problems.add(SyntaxProblem.error(at + name, "", Reason.of("TlsRptReport.empty"), SECTION));
            return null;
        }
        return node.textValue();
    }

    /** A list of strings; {@code mx-host} is also accepted as one string (the §4.4 text and its example differ). */
    private static List<String> strings(JsonNode parent, String name, String at, boolean oneAllowed,
                                        List<SyntaxProblem> problems) {
        JsonNode node = parent.get(name);
        if (node == null) {
            return List.of();
        }
        if (oneAllowed && node.isTextual()) {
            return List.of(node.textValue());
        }
        List<String> values = new ArrayList<>();
        if (!node.isArray()) {
            problems.add(SyntaxProblem.error(at + name, shown(node), Reason.of("TlsRptReport.notStringArray"), SECTION));
            return values;
        }
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                problems.add(SyntaxProblem.error(at + name, shown(element), Reason.of("TlsRptReport.notString"),
                        SECTION));
            } else {
                values.add(element.textValue());
            }
        }
        return values;
    }

    private static long count(JsonNode parent, String name, String at, List<SyntaxProblem> problems) {
        JsonNode node = parent.get(name);
        if (node == null) {
            problems.add(SyntaxProblem.error(at + name, "", Reason.of("TlsRptReport.missing"), SECTION));
            return -1;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
            problems.add(SyntaxProblem.error(at + name, shown(node), Reason.of("TlsRptReport.notCount"), SECTION));
            return -1;
        }
        return node.longValue();
    }

    private static OffsetDateTime time(JsonNode range, String name, List<SyntaxProblem> problems) {
        String value = text(range, name, "date-range.", true, problems);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.toUpperCase(java.util.Locale.ROOT));
        } catch (DateTimeParseException e) {
            problems.add(SyntaxProblem.error("date-range." + name, value, Reason.of("TlsRptReport.notDateTime"),
                    "RFC 3339 §5.6"));
            return null;
        }
    }

    private static void unknown(JsonNode node, Set<String> known, String at, List<SyntaxProblem> problems) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(SyntaxProblem.note(at + name, "", Reason.of("TlsRptReport.unknownMember"), SECTION));
            }
        }
    }

    private static String shown(JsonNode node) {
        return node == null ? "" : node.toString();
    }
}
