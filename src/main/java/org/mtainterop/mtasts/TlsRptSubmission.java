package org.mtainterop.mtasts;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mtainterop.net.Said;
import org.mtainterop.net.SaidIOException;
import org.mtainterop.policy.Reason;

/**
 * One TLS-RPT report as it arrived (RFC 8460 §5): by mail ({@code multipart/report; report-type="tlsrpt"}
 * with an {@code application/tlsrpt+gzip} or {@code +json} part and the {@code TLS-Report-Domain} and
 * {@code TLS-Report-Submitter} header fields, §5.3) or by HTTPS POST (§5.2), with the report parsed and every
 * problem of the delivery itself named.
 *
 * @param via      {@code mailto} or {@code https}
 * @param problems what is wrong with the delivery (not with the report: that is {@code report}'s problems)
 */
public record TlsRptSubmission(String via, Optional<String> reportDomain, Optional<String> submitter,
                               Optional<String> mediaType, Parsed<TlsRptReport> report, List<SyntaxProblem> problems) {
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final String SECTION_MAIL = "RFC 8460 §5.3";

    public TlsRptSubmission {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return report.valid() && problems.stream().noneMatch(SyntaxProblem::isError);
    }

    /** A report POSTed with {@code contentType} (RFC 8460 §5.2). */
    public static TlsRptSubmission fromHttps(String contentType, byte[] body) {
        List<SyntaxProblem> problems = new ArrayList<>();
        Optional<String> media = mediaType(contentType, "Content-Type", "RFC 8460 §5.2", problems);
        return new TlsRptSubmission("https", Optional.empty(), Optional.empty(), media,
                TlsRptReportParser.parse(body), problems);
    }

    /** A report received by mail, as the GreenMail store holds it. */
    public static TlsRptSubmission fromMail(MimeMessage message) {
        List<SyntaxProblem> problems = new ArrayList<>();
        try {
            Optional<String> domain = header(message, "TLS-Report-Domain", problems);
            Optional<String> submitter = header(message, "TLS-Report-Submitter", problems);
            ContentType type = new ContentType(message.getContentType());
            if (!type.match("multipart/report")) {
                problems.add(SyntaxProblem.error("Content-Type", message.getContentType(),
                        Reason.of("TlsRptSubmission.notMultipartReport"), SECTION_MAIL));
            } else if (!"tlsrpt".equalsIgnoreCase(type.getParameter("report-type"))) {
                problems.add(SyntaxProblem.error("Content-Type", message.getContentType(),
                        Reason.of("TlsRptSubmission.reportType"), SECTION_MAIL));
            }
            Optional<Part> reportPart = findReport(message);
            if (reportPart.isEmpty()) {
                problems.add(SyntaxProblem.error("body", "", Reason.of("TlsRptSubmission.noReportPart"), SECTION_MAIL));
                return new TlsRptSubmission("mailto", domain, submitter, Optional.empty(), noReport(), problems);
            }
            Optional<String> media = mediaType(reportPart.get().getContentType(), "report part", SECTION_MAIL,
                    problems);
            byte[] bytes = bounded(reportPart.get().getInputStream());
            Parsed<TlsRptReport> report = TlsRptReportParser.parse(bytes);
            report.value().ifPresent(r -> domain.ifPresent(d -> {
                if (r.policies().stream().noneMatch(p -> p.policyDomain().equalsIgnoreCase(d))) {
                    problems.add(SyntaxProblem.error("TLS-Report-Domain", d,
                            Reason.of("TlsRptSubmission.domainNotInReport"), SECTION_MAIL));
                }
            }));
            return new TlsRptSubmission("mailto", domain, submitter, media, report, problems);
        } catch (MessagingException | IOException e) {
            problems.add(SyntaxProblem.error("message", "", Reason.of("TlsRptSubmission.unreadable", Said.of(e)), SECTION_MAIL));
            return new TlsRptSubmission("mailto", Optional.empty(), Optional.empty(), Optional.empty(), noReport(),
                    problems);
        }
    }

    private static Parsed<TlsRptReport> noReport() {
        return Parsed.invalid(List.of(SyntaxProblem.error("body", "", Reason.of("TlsRptSubmission.noReport"),
                SECTION_MAIL)));
    }

    private static Optional<String> header(MimeMessage message, String name, List<SyntaxProblem> problems)
            throws MessagingException {
        String value = message.getHeader(name, null);
        if (value == null || value.isBlank()) {
            problems.add(SyntaxProblem.error(name, "", Reason.of("TlsRptSubmission.missingHeader"), SECTION_MAIL));
            return Optional.empty();
        }
        return Optional.of(value.strip());
    }

    private static Optional<Part> findReport(Part part) throws MessagingException, IOException {
        if (part.isMimeType("application/tlsrpt+gzip") || part.isMimeType("application/tlsrpt+json")) {
            return Optional.of(part);
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount() && i < 16; i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<Part> found = findReport(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> mediaType(String contentType, String field, String section,
                                              List<SyntaxProblem> problems) {
        if (contentType == null) {
            problems.add(SyntaxProblem.error(field, "", Reason.of("TlsRptSubmission.noMediaType"), section));
            return Optional.empty();
        }
        try {
            String base = new ContentType(contentType).getBaseType().toLowerCase(Locale.ROOT);
            if (!base.equals("application/tlsrpt+gzip") && !base.equals("application/tlsrpt+json")) {
                problems.add(SyntaxProblem.error(field, contentType, Reason.of("TlsRptSubmission.wrongMediaType"),
                        section));
            }
            return Optional.of(base);
        } catch (ParseException e) {
            problems.add(SyntaxProblem.error(field, contentType, Reason.of("TlsRptSubmission.notMediaType"), section));
            return Optional.empty();
        }
    }

    /** A report part past {@link #MAX_BYTES}: the harness stops reading there. */
    private static final class PartTooLarge extends SaidIOException {
        private static final long serialVersionUID = 1L;

        PartTooLarge() {
            super(Reason.of("TlsRptSubmission.partTooLarge", MAX_BYTES));
        }
    }

    private static byte[] bounded(InputStream in) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > MAX_BYTES) {
                    throw new PartTooLarge();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
