package org.mtainterop.mtasts;

import java.util.Objects;
import org.mtainterop.net.Printable;

/**
 * One thing wrong (or worth saying) in a published MTA-STS or TLS-RPT artefact: which field, the value as
 * found (non-printables escaped), what is wrong with it and the RFC section that says so.
 *
 * @param field   the field or element, e.g. {@code id}, {@code mx}, {@code line 3}, {@code policies[0].summary}
 * @param value   the offending value as published (escaped, cut to 80 characters), empty when it is missing
 * @param section the rule broken, e.g. {@code RFC 8461 §3.2}
 * @param level   {@link Level#ERROR}: the artefact is invalid there; {@link Level#NOTE}: allowed, but reported
 */
public record SyntaxProblem(String field, String value, String problem, String section, Level level) {
    private static final int MAX_VALUE = 80;

    public enum Level { ERROR, NOTE }

    public SyntaxProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(level, "level");
        value = value == null ? "" : shown(value);
    }

    public static SyntaxProblem error(String field, String value, String problem, String section) {
        return new SyntaxProblem(field, value, problem, section, Level.ERROR);
    }

    public static SyntaxProblem note(String field, String value, String problem, String section) {
        return new SyntaxProblem(field, value, problem, section, Level.NOTE);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /** {@code mx 'mail..example.test': an empty label (RFC 8461 §3.2)}. */
    public String describe() {
        return field + (value.isEmpty() ? "" : " '" + value + "'") + ": " + problem + " (" + section + ")";
    }

    private static String shown(String raw) {
        String escaped = Printable.escape(raw);
        return escaped.length() <= MAX_VALUE ? escaped : escaped.substring(0, MAX_VALUE) + "...";
    }
}
