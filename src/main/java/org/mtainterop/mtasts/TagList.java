package org.mtainterop.mtasts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
            problems.add(SyntaxProblem.error("v", firstTag(text), "the record must begin with " + version
                    + " (exactly, case-sensitive)", section));
            return fields;
        }
        String rest = text.substring(version.length());
        if (rest.isEmpty()) {
            problems.add(SyntaxProblem.error("record", text, "no field after " + version, section));
            return fields;
        }
        if (!stripWsp(rest).startsWith(";")) {
            problems.add(SyntaxProblem.error("v", firstTag(text), "the version must be followed by ';'", section));
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
                    problems.add(SyntaxProblem.error("field " + i, part, "an empty field between two ';'", section));
                } else if (i == 1) {
                    problems.add(SyntaxProblem.error("record", text, "no field after " + version, section));
                }
                continue;
            }
            if (trimmed.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                problems.add(SyntaxProblem.error("field " + i, trimmed, "a control character", section));
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals < 0) {
                problems.add(SyntaxProblem.error("field " + i, trimmed, "not name=value", section));
                continue;
            }
            String name = trimmed.substring(0, equals);
            String value = trimmed.substring(equals + 1);
            if (!EXT_NAME.matcher(name).matches()) {
                problems.add(SyntaxProblem.error("field " + i, name, "not a field name (letter or digit, then up"
                        + " to 31 letters, digits, '_', '-', '.')", section));
                continue;
            }
            fields.add(new Field(name, value, i));
        }
        return fields;
    }

    /** Extension values outside the {@code ext-value} production are errors; extensions themselves are notes. */
    static void checkExtension(Field field, String section, List<SyntaxProblem> problems) {
        if (!EXT_VALUE.matcher(field.value()).matches()) {
            problems.add(SyntaxProblem.error(field.name(), field.value(), "an extension value must be visible"
                    + " characters other than '=' and ';', no space", section));
        } else {
            problems.add(SyntaxProblem.note(field.name(), field.value(), "an extension field (ignored by senders"
                    + " that do not know it)", section));
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
