package org.mtainterop.mtasts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.mtainterop.policy.Reason;

/**
 * A {@code _smtp._tls.<domain>} TXT record (RFC 8460 §3): {@code v=TLSRPTv1; rua=<uri>[,<uri>...]}, each URI
 * {@code mailto:} (reports by mail, §3 and §5.1) or {@code https:} (POSTed, §5.2), plus extension fields.
 */
public record TlsRptRecord(List<URI> rua, Map<String, String> extensions, String text) {
    public static final String VERSION = "v=TLSRPTv1";
    static final String SECTION = "RFC 8460 §3";

    public TlsRptRecord {
        rua = List.copyOf(rua);
        extensions = Map.copyOf(extensions);
        Objects.requireNonNull(text, "text");
    }

    public static boolean isCandidate(String text) {
        return text.startsWith(VERSION) && TagList.stripWsp(text.substring(VERSION.length())).startsWith(";");
    }

    public static Parsed<TlsRptRecord> parse(String text) {
        List<SyntaxProblem> problems = new ArrayList<>();
        List<TagList.Field> fields = TagList.split(text, VERSION, SECTION, problems);
        List<URI> rua = null;
        Map<String, String> extensions = new LinkedHashMap<>();
        for (TagList.Field field : fields) {
            if (field.name().equals("rua")) {
                if (rua != null) {
                    problems.add(SyntaxProblem.error("rua", field.value(), Reason.of("TlsRpt.secondRua"), SECTION));
                    continue;
                }
                rua = uris(field.value(), problems);
            } else if (field.name().equals("v")) {
                problems.add(SyntaxProblem.error("v", field.value(), Reason.of("Syntax.secondVersion"), SECTION));
            } else if (field.name().equalsIgnoreCase("rua") || field.name().equalsIgnoreCase("v")) {
                problems.add(SyntaxProblem.error(field.name(), field.value(), Reason.of("Syntax.caseSensitive", field.name(), field.name().toLowerCase(Locale.ROOT)), SECTION));
            } else {
                TagList.checkExtension(field, SECTION, problems);
                extensions.put(field.name(), field.value());
            }
        }
        if (rua == null && problems.stream().noneMatch(p -> p.field().equals("v"))) {
            problems.add(SyntaxProblem.error("rua", "", Reason.of("TlsRpt.noRua"), SECTION));
        }
        return rua == null ? Parsed.invalid(problems) : Parsed.of(new TlsRptRecord(rua, extensions, text), problems);
    }

    private static List<URI> uris(String value, List<SyntaxProblem> problems) {
        List<URI> uris = new ArrayList<>();
        String[] parts = value.split(",", -1);
        for (String raw : parts) {
            String part = TagList.stripWsp(raw);
            if (part.isEmpty()) {
                problems.add(SyntaxProblem.error("rua", value, Reason.of("TlsRpt.emptyUri"), SECTION));
                continue;
            }
            if (part.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
                problems.add(SyntaxProblem.error("rua", part, Reason.of("TlsRpt.uriCharacters"), SECTION));
                continue;
            }
            URI uri;
            try {
                uri = new URI(part);
            } catch (URISyntaxException e) {
                problems.add(SyntaxProblem.error("rua", part, Reason.of("TlsRpt.notUri", e.getReason()), "RFC 3986 §3"));
                continue;
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("mailto")) {
                String address = uri.getSchemeSpecificPart();
                int query = address.indexOf('?');
                String to = query < 0 ? address : address.substring(0, query);
                int at = to.lastIndexOf('@');
                if (at <= 0 || at == to.length() - 1 || to.contains(",")) {
                    problems.add(SyntaxProblem.error("rua", part, Reason.of("TlsRpt.mailtoAddress"), "RFC 6068 §2"));
                    continue;
                }
            } else if (scheme.equals("https")) {
                if (uri.getHost() == null || uri.getHost().isEmpty()) {
                    problems.add(SyntaxProblem.error("rua", part, Reason.of("TlsRpt.httpsHost"), "RFC 3986 §3.2"));
                    continue;
                }
            } else {
                problems.add(SyntaxProblem.error("rua", part, scheme.isEmpty() ? Reason.of("TlsRpt.noScheme")
                        : Reason.of("TlsRpt.otherScheme", scheme), SECTION));
                continue;
            }
            uris.add(uri);
        }
        return uris;
    }
}
