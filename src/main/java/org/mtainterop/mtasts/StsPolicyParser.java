package org.mtainterop.mtasts;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The strict parser of the policy file (RFC 8461 §3.2 ABNF): {@code name ":" *WSP value} lines ending in LF or
 * CRLF; {@code version: STSv1}, {@code mode} and {@code max_age} exactly once, {@code mx} at least once unless
 * the mode is {@code none}; field names and the defined values case-sensitive. Unknown fields are reported as
 * notes (senders ignore them, §3.2), and as a likely typo when one edit from a defined name ({@code nmx}).
 */
public final class StsPolicyParser {
    /** The fetch limit (§3.3: "senders SHOULD impose a limit ... 64 kilobytes"), applied here too. */
    public static final int MAX_BYTES = 64 * 1024;
    private static final String SECTION = "RFC 8461 §3.2";
    private static final List<String> DEFINED = List.of("version", "mode", "mx", "max_age");
    private static final Pattern MAX_AGE = Pattern.compile("[0-9]{1,10}");

    private StsPolicyParser() {
    }

    public static Parsed<StsPolicy> parse(byte[] body) {
        if (body.length > MAX_BYTES) {
            return Parsed.invalid(List.of(SyntaxProblem.error("body", body.length + " bytes", "larger than 64 KiB",
                    "RFC 8461 §3.3")));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return parse(text);
        } catch (CharacterCodingException e) {
            return Parsed.invalid(List.of(SyntaxProblem.error("body", "", "not UTF-8", SECTION)));
        }
    }

    public static Parsed<StsPolicy> parse(String text) {
        List<SyntaxProblem> problems = new ArrayList<>();
        if (text.length() > MAX_BYTES) {
            problems.add(SyntaxProblem.error("body", text.length() + " characters", "larger than 64 KiB",
                    "RFC 8461 §3.3"));
            return Parsed.invalid(problems);
        }
        if (text.startsWith("\uFEFF")) {
            problems.add(SyntaxProblem.error("line 1", "\uFEFF", "a byte-order mark before the first field", SECTION));
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            problems.add(SyntaxProblem.error("body", "", "empty", SECTION));
            return Parsed.invalid(problems);
        }
        List<String> lines = new ArrayList<>();
        int crlf = 0;
        int lf = 0;
        int start = 0;
        int lineNumber = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                boolean cr = i > start && text.charAt(i - 1) == '\r';
                lines.add(text.substring(start, cr ? i - 1 : i));
                if (cr) {
                    crlf++;
                } else {
                    lf++;
                }
                start = i + 1;
                lineNumber++;
            } else if (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                problems.add(SyntaxProblem.error("line " + lineNumber, "\r", "a CR not followed by LF: lines end"
                        + " in LF or CRLF", SECTION));
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        StsPolicy.LineEndings endings = crlf > 0 && lf > 0 ? StsPolicy.LineEndings.MIXED
                : crlf > 0 ? StsPolicy.LineEndings.CRLF : lf > 0 ? StsPolicy.LineEndings.LF : StsPolicy.LineEndings.NONE;
        if (endings == StsPolicy.LineEndings.MIXED) {
            problems.add(SyntaxProblem.note("body", crlf + " CRLF, " + lf + " LF", "mixed line endings (allowed,"
                    + " each line may end in either)", SECTION));
        }
        Fields fields = new Fields();
        for (int n = 0; n < lines.size(); n++) {
            line(lines.get(n), "line " + (n + 1), fields, problems);
        }
        if (fields.version == null) {
            problems.add(SyntaxProblem.error("version", "", "missing: 'version: STSv1' is required", SECTION));
        }
        if (fields.mode == null) {
            problems.add(SyntaxProblem.error("mode", "", "missing: 'mode' (enforce, testing or none) is required",
                    SECTION));
        }
        if (fields.maxAge == null) {
            problems.add(SyntaxProblem.error("max_age", "", "missing: 'max_age' is required", SECTION));
        }
        if (fields.mx.isEmpty() && fields.mode != null && fields.mode != StsMode.NONE && !fields.mxSeen) {
            problems.add(SyntaxProblem.error("mx", "", "missing: at least one mx is required unless the mode is"
                    + " none" + fields.typoHint("mx"), SECTION));
        }
        if (fields.version == null || fields.mode == null || fields.maxAge == null) {
            return Parsed.invalid(problems);
        }
        return Parsed.of(new StsPolicy(fields.mode, fields.mx, fields.maxAge, fields.extensions, endings), problems);
    }

    private static final class Fields {
        String version;
        StsMode mode;
        Long maxAge;
        boolean mxSeen;
        final List<MxPattern> mx = new ArrayList<>();
        final List<Map.Entry<String, String>> extensions = new ArrayList<>();
        final List<String> typos = new ArrayList<>();

        String typoHint(String defined) {
            return typos.stream().filter(t -> likelyTypoOf(t).equals(Optional.of(defined))).findFirst()
                    .map(t -> " (the policy has '" + t + "': a typo?)").orElse("");
        }
    }

    private static void line(String line, String where, Fields fields, List<SyntaxProblem> problems) {
        if (line.isEmpty()) {
            problems.add(SyntaxProblem.error(where, "", "an empty line (the ABNF has none, not even at the end)",
                    SECTION));
            return;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
            problems.add(SyntaxProblem.error(where, line, "not 'name: value'", SECTION));
            return;
        }
        String name = line.substring(0, colon);
        String afterColon = line.substring(colon + 1);
        String value = afterColon.replaceFirst("^[ \\t]+", "");
        if (!TagList.EXT_NAME.matcher(name).matches()) {
            problems.add(SyntaxProblem.error(where, name, "not a field name (letter or digit, then up to 31 letters,"
                    + " digits, '_', '-', '.'; no space before ':')", SECTION));
            return;
        }
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
            problems.add(SyntaxProblem.error(name, value, "a control character in the value", SECTION));
            return;
        }
        if (!value.equals(TagList.stripWsp(value))) {
            problems.add(SyntaxProblem.error(name, value, "whitespace after the value", SECTION));
            value = TagList.stripWsp(value);
        }
        switch (name) {
            case "version" -> {
                if (fields.version != null) {
                    problems.add(SyntaxProblem.error("version", value, "a second version field", SECTION));
                } else if (!value.equals("STSv1")) {
                    problems.add(SyntaxProblem.error("version", value, "must be 'STSv1' (case-sensitive)", SECTION));
                    fields.version = value;
                } else {
                    fields.version = value;
                }
            }
            case "mode" -> {
                Optional<StsMode> mode = StsMode.of(value);
                if (fields.mode != null) {
                    problems.add(SyntaxProblem.error("mode", value, "a second mode field", SECTION));
                } else if (mode.isEmpty()) {
                    problems.add(SyntaxProblem.error("mode", value, "must be enforce, testing or none"
                            + " (case-sensitive)", SECTION));
                    fields.mode = StsMode.NONE;
                    fields.mxSeen = true;
                } else {
                    fields.mode = mode.get();
                }
            }
            case "max_age" -> {
                if (fields.maxAge != null) {
                    problems.add(SyntaxProblem.error("max_age", value, "a second max_age field", SECTION));
                } else if (!MAX_AGE.matcher(value).matches()) {
                    problems.add(SyntaxProblem.error("max_age", value, "must be 1 to 10 digits (seconds)", SECTION));
                    fields.maxAge = 0L;
                } else {
                    fields.maxAge = Long.parseLong(value);
                    if (fields.maxAge > StsPolicy.MAX_AGE_LIMIT) {
                        problems.add(SyntaxProblem.error("max_age", value, "more than 31557600 seconds (one year)",
                                SECTION));
                    }
                }
            }
            case "mx" -> {
                fields.mxSeen = true;
                Optional<String> problem = MxPattern.problem(value);
                if (problem.isPresent()) {
                    problems.add(SyntaxProblem.error("mx", value, problem.get(), SECTION));
                } else {
                    fields.mx.add(new MxPattern(value));
                }
            }
            default -> extension(name, value, fields, problems);
        }
    }

    private static void extension(String name, String value, Fields fields, List<SyntaxProblem> problems) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (DEFINED.contains(lower)) {
            problems.add(SyntaxProblem.error(name, value, "field names are case-sensitive: '" + name + "' is not '"
                    + lower + "', so senders ignore it", SECTION));
            fields.typos.add(name);
            return;
        }
        if (value.isEmpty()) {
            problems.add(SyntaxProblem.error(name, value, "an extension field needs a value", SECTION));
            return;
        }
        fields.extensions.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
        Optional<String> typo = likelyTypoOf(name);
        if (typo.isPresent()) {
            fields.typos.add(name);
            problems.add(SyntaxProblem.note(name, value, "an unknown field, one edit from '" + typo.get()
                    + "': a typo? Senders ignore it", SECTION));
        } else {
            problems.add(SyntaxProblem.note(name, value, "an unknown field (senders ignore it)", SECTION));
        }
    }

    /** The defined field {@code name} is one edit (insert, delete, substitute, swap) from, or its other case. */
    public static Optional<String> likelyTypoOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String defined : DEFINED) {
            if (!name.equals(defined) && (lower.equals(defined) || oneEdit(lower, defined))) {
                return Optional.of(defined);
            }
        }
        return Optional.empty();
    }

    private static boolean oneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        if (a.length() == b.length()) {
            int first = -1;
            int differences = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    differences++;
                    first = first < 0 ? i : first;
                }
            }
            return differences == 1 || differences == 2 && first + 1 < a.length()
                    && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first);
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }
}
