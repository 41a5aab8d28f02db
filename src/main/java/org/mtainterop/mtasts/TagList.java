package org.mtainterop.mtasts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mtainterop.policy.Reason;

/**
 * The shared shape of the {@code _mta-sts} (RFC 8461 §3.1) and {@code _smtp._tls} (RFC 8460 §3) TXT records:
 * a version tag, then {@code name=value} fields separated by {@code *WSP ";" *WSP}, an optional trailing
 * {@code ;}. Splits and checks the names and extension values; what each defined field means is the caller's.
 */
final class TagList {
    /** {@code (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")}. */
    static final Pattern EXT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,31}");
    /** {@code 1*(%x21-3A / %x3C / %x3E-7E)}: visible characters except {@code =} and {@code ;}. */
    static final Pattern EXT_VALUE = Pattern.compile("[\\x21-\\x3A\\x3C\\x3E-\\x7E]+");

    record Field(String name, String value, int position) {
    }

    private TagList() {
    }

    /**
     * The fields after {@code version} in {@code text}, with problems appended to {@code problems}; the
     * version must be the exact first tag (case-sensitive, {@code %s}).
     */
    static List<Field> split(String text, String version, String section, List<SyntaxProblem> problems) {
        List<Field> fields = new ArrayList<>();
        if (!text.startsWith(version)) {
            problems.add(SyntaxProblem.error("v", firstTag(text), Reason.of("TagList.mustBegin", version), section));
            return fields;
        }
        String rest = text.substring(version.length());
        if (rest.isEmpty()) {
            problems.add(SyntaxProblem.error("record", text, Reason.of("TagList.noField", version), section));
            return fields;
        }
        if (!stripWsp(rest).startsWith(";")) {
            problems.add(SyntaxProblem.error("v", firstTag(text), Reason.of("TagList.versionSemicolon"), section));
            return fields;
        }
        String[] parts = rest.split(";", -1);
        // parts[0] is the whitespace between the version and the first ';'
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            String trimmed = stripWsp(part);
            boolean last = i == parts.length - 1;
            if (trimmed.isEmpty()) {
                if (!last) {
                    problems.add(SyntaxProblem.error("field " + i, part, Reason.of("TagList.emptyField"), section));
                } else if (i == 1) {
                    problems.add(SyntaxProblem.error("record", text, Reason.of("TagList.noField", version), section));
                }
                continue;
            }
            if (trimmed.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                problems.add(SyntaxProblem.error("field " + i, trimmed, Reason.of("TagList.controlCharacter"), section));
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals < 0) {
                problems.add(SyntaxProblem.error("field " + i, trimmed, Reason.of("TagList.notNameValue"), section));
                continue;
            }
            String name = trimmed.substring(0, equals);
            String value = trimmed.substring(equals + 1);
            if (!EXT_NAME.matcher(name).matches()) {
                problems.add(SyntaxProblem.error("field " + i, name, Reason.of("TagList.notFieldName"), section));
                continue;
            }
            fields.add(new Field(name, value, i));
        }
        return fields;
    }

    /** Extension values outside the {@code ext-value} production are errors; extensions themselves are notes. */
    static void checkExtension(Field field, String section, List<SyntaxProblem> problems) {
        if (!EXT_VALUE.matcher(field.value()).matches()) {
            problems.add(SyntaxProblem.error(field.name(), field.value(), Reason.of("TagList.extensionValue"), section));
        } else {
            problems.add(SyntaxProblem.note(field.name(), field.value(), Reason.of("TagList.extension"), section));
        }
    }

    static String stripWsp(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String firstTag(String text) {
        int semicolon = text.indexOf(';');
        return semicolon < 0 ? text : text.substring(0, semicolon);
    }
}
