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
import org.mtainterop.policy.Reason;

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
            return Parsed.invalid(List.of(SyntaxProblem.error("body", body.length + " bytes", Reason.of("Sts.tooLarge"),
                    "RFC 8461 §3.3")));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return parse(text);
        } catch (CharacterCodingException e) {
            return Parsed.invalid(List.of(SyntaxProblem.error("body", "", Reason.of("Sts.notUtf8"), SECTION)));
        }
    }

    public static Parsed<StsPolicy> parse(String text) {
        List<SyntaxProblem> problems = new ArrayList<>();
        if (text.length() > MAX_BYTES) {
            problems.add(SyntaxProblem.error("body", text.length() + " characters", Reason.of("Sts.tooLarge"),
                    "RFC 8461 §3.3"));
            return Parsed.invalid(problems);
        }
        if (text.startsWith("\uFEFF")) {
            problems.add(SyntaxProblem.error("line 1", "\uFEFF", Reason.of("Sts.bom"), SECTION));
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            problems.add(SyntaxProblem.error("body", "", Reason.of("Sts.empty"), SECTION));
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
                problems.add(SyntaxProblem.error("line " + lineNumber, "\r", Reason.of("Sts.bareCr"), SECTION));
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        StsPolicy.LineEndings endings = crlf > 0 && lf > 0 ? StsPolicy.LineEndings.MIXED
                : crlf > 0 ? StsPolicy.LineEndings.CRLF : lf > 0 ? StsPolicy.LineEndings.LF : StsPolicy.LineEndings.NONE;
        if (endings == StsPolicy.LineEndings.MIXED) {
            problems.add(SyntaxProblem.note("body", crlf + " CRLF, " + lf + " LF", Reason.of("Sts.mixedEndings"), SECTION));
        }
        Fields fields = new Fields();
        for (int n = 0; n < lines.size(); n++) {
            line(lines.get(n), "line " + (n + 1), fields, problems);
        }
        if (fields.version == null) {
            problems.add(SyntaxProblem.error("version", "", Reason.of("Sts.noVersion"), SECTION));
        }
        if (fields.mode == null) {
            problems.add(SyntaxProblem.error("mode", "", Reason.of("Sts.noMode"),
                    SECTION));
        }
        if (fields.maxAge == null) {
            problems.add(SyntaxProblem.error("max_age", "", Reason.of("Sts.noMaxAge"), SECTION));
        }
        if (fields.mx.isEmpty() && fields.mode != null && fields.mode != StsMode.NONE && !fields.mxSeen) {
            problems.add(SyntaxProblem.error("mx", "", Reason.of("Sts.noMx", fields.typoHint("mx")), SECTION));
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

        Reason typoHint(String defined) {
            return typos.stream().filter(t -> likelyTypoOf(t).equals(Optional.of(defined))).findFirst()
                    .<Reason>map(t -> Reason.of("Sts.typoHint", t)).orElse(Reason.NONE);
        }
    }

    private static void line(String line, String where, Fields fields, List<SyntaxProblem> problems) {
        if (line.isEmpty()) {
            problems.add(SyntaxProblem.error(where, "", Reason.of("Sts.emptyLine"),
                    SECTION));
            return;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
            problems.add(SyntaxProblem.error(where, line, Reason.of("Sts.notNameValue"), SECTION));
            return;
        }
        String name = line.substring(0, colon);
        String afterColon = line.substring(colon + 1);
        String value = afterColon.replaceFirst("^[ \\t]+", "");
        if (!TagList.EXT_NAME.matcher(name).matches()) {
            problems.add(SyntaxProblem.error(where, name, Reason.of("Sts.notFieldName"), SECTION));
            return;
        }
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
            problems.add(SyntaxProblem.error(name, value, Reason.of("Sts.controlCharacter"), SECTION));
            return;
        }
        if (!value.equals(TagList.stripWsp(value))) {
            problems.add(SyntaxProblem.error(name, value, Reason.of("Sts.trailingWhitespace"), SECTION));
            value = TagList.stripWsp(value);
        }
        switch (name) {
            case "version" -> {
                if (fields.version != null) {
                    problems.add(SyntaxProblem.error("version", value, Reason.of("Syntax.secondVersion"), SECTION));
                } else if (!value.equals("STSv1")) {
                    problems.add(SyntaxProblem.error("version", value, Reason.of("Sts.badVersion"), SECTION));
                    fields.version = value;
                } else {
                    fields.version = value;
                }
            }
            case "mode" -> {
                Optional<StsMode> mode = StsMode.of(value);
                if (fields.mode != null) {
                    problems.add(SyntaxProblem.error("mode", value, Reason.of("Sts.secondMode"), SECTION));
                } else if (mode.isEmpty()) {
                    problems.add(SyntaxProblem.error("mode", value, Reason.of("Sts.badMode"), SECTION));
                    fields.mode = StsMode.NONE;
                    fields.mxSeen = true;
                } else {
                    fields.mode = mode.get();
                }
            }
            case "max_age" -> {
                if (fields.maxAge != null) {
                    problems.add(SyntaxProblem.error("max_age", value, Reason.of("Sts.secondMaxAge"), SECTION));
                } else if (!MAX_AGE.matcher(value).matches()) {
                    problems.add(SyntaxProblem.error("max_age", value, Reason.of("Sts.maxAgeDigits"), SECTION));
                    fields.maxAge = 0L;
                } else {
                    fields.maxAge = Long.parseLong(value);
                    if (fields.maxAge > StsPolicy.MAX_AGE_LIMIT) {
                        problems.add(SyntaxProblem.error("max_age", value, Reason.of("Sts.maxAgeTooLong"),
                                SECTION));
                    }
                }
            }
            case "mx" -> {
                fields.mxSeen = true;
                Optional<Reason> problem = MxPattern.said(value);
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
            problems.add(SyntaxProblem.error(name, value, Reason.of("Sts.caseSensitive", name, lower), SECTION));
            fields.typos.add(name);
            return;
        }
        if (value.isEmpty()) {
            problems.add(SyntaxProblem.error(name, value, Reason.of("Sts.extensionNeedsValue"), SECTION));
            return;
        }
        fields.extensions.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
        Optional<String> typo = likelyTypoOf(name);
        if (typo.isPresent()) {
            fields.typos.add(name);
            problems.add(SyntaxProblem.note(name, value, Reason.of("Sts.unknownTypo", typo.get()), SECTION));
        } else {
            problems.add(SyntaxProblem.note(name, value, Reason.of("Sts.unknown"), SECTION));
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
