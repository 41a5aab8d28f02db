package org.mtainterop.mtasts;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mtainterop.net.Printable;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * One thing wrong (or worth saying) in a published MTA-STS or TLS-RPT artefact: which field, the value as
 * found (non-printables escaped), what is wrong with it and the RFC section that says so.
 *
 * @param field   the field or element, e.g. {@code id}, {@code mx}, {@code line 3}, {@code policies[0].summary}
 * @param value   the offending value as published (escaped, cut to 80 characters), empty when it is missing
 * @param said    what is wrong with it, as a message key and its facts ({@link #problem()} its English words)
 * @param section the rule broken, e.g. {@code RFC 8461 §3.2}
 * @param level   {@link Level#ERROR}: the artefact is invalid there; {@link Level#NOTE}: allowed, but reported
 * @param valueSaid the value as a verdict quotes it: the value as published, a fact; or, for a value the parser
 *                  writes itself (a size), its words as a message key, whose English is {@code value}
 */
public record SyntaxProblem(String field, String value, Reason said, String section, Level level, Reason valueSaid) {
    private static final int MAX_VALUE = 80;
    private static final Pattern NUMBERED = Pattern.compile("(line|field) (\\d+)");

    public enum Level { ERROR, NOTE }

    public SyntaxProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(said, "said");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(level, "level");
        value = value == null ? "" : shown(value);
        valueSaid = valueSaid == null ? Reason.fact(value) : valueSaid;
    }

    /** A problem with the value as published (a fact). */
    public SyntaxProblem(String field, String value, Reason said, String section, Level level) {
        this(field, value, said, section, level, null);
    }

    /** An error whose problem is given as a fact (words not yet keyed). */
    public static SyntaxProblem error(String field, String value, String problem, String section) {
        return error(field, value, Reason.fact(problem), section);
    }

    public static SyntaxProblem error(String field, String value, Reason said, String section) {
        return new SyntaxProblem(field, value, said, section, Level.ERROR);
    }

    /** An error whose value the parser writes itself ({@code value}: « 8388609 octets »), {@link #value()} its English. */
    public static SyntaxProblem error(String field, Reason value, Reason said, String section) {
        return new SyntaxProblem(field, value.render(ReportLanguage.EN), said, section, Level.ERROR, value);
    }

    /** A note whose problem is given as a fact (words not yet keyed). */
    public static SyntaxProblem note(String field, String value, String problem, String section) {
        return note(field, value, Reason.fact(problem), section);
    }

    public static SyntaxProblem note(String field, String value, Reason said, String section) {
        return new SyntaxProblem(field, value, said, section, Level.NOTE);
    }

    /** What is wrong, in English (as the parsers' tests and the evidence read it). */
    public String problem() {
        return said.render(ReportLanguage.EN);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /** {@code mx 'mail..example.test': an empty label (RFC 8461 §3.2)}. */
    public String describe() {
        return described().render(ReportLanguage.EN);
    }

    /** {@link #describe()} as data, for a verdict in the report's language (field, value and section are facts). */
    public Reason described() {
        return Reason.of("Syntax.problem", fieldNamed(), value.isEmpty() ? "" : Reason.of("Syntax.value", valueSaid), said,
                section);
    }

    /**
     * The field as a reason: the parsers' own words for where (line 3, field 2, body, record, report, report part) are
     * keys, a name a fact.
     */
    private Reason fieldNamed() {
        Matcher numbered = NUMBERED.matcher(field);
        if (numbered.matches()) {
            return Reason.of(numbered.group(1).equals("line") ? "Syntax.line" : "Syntax.field", numbered.group(2));
        }
        return switch (field) {
            case "body" -> Reason.of("Syntax.body");
            case "record" -> Reason.of("Syntax.record");
            case "report" -> Reason.of("Syntax.report");
            case "report part" -> Reason.of("Syntax.reportPart");
            default -> Reason.fact(field);
        };
    }

    private static String shown(String raw) {
        String escaped = Printable.escape(raw);
        return escaped.length() <= MAX_VALUE ? escaped : escaped.substring(0, MAX_VALUE) + "...";
    }
}
