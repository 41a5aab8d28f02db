package org.mtainterop.mtasts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.mtainterop.policy.Reason;

/**
 * A {@code _mta-sts.<domain>} TXT record (RFC 8461 §3.1): {@code v=STSv1; id=<1-32 letters or digits>}, plus
 * extension fields. {@link #parse} is strict: it follows the §3.1 ABNF and says what is wrong.
 */
public record StsRecord(String id, Map<String, String> extensions, String text) {
    public static final String VERSION = "v=STSv1";
    static final String SECTION = "RFC 8461 §3.1";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{1,32}");

    public StsRecord {
        Objects.requireNonNull(id, "id");
        extensions = Map.copyOf(extensions);
        Objects.requireNonNull(text, "text");
    }

    /** Whether a sender keeps this TXT record as a candidate: it begins with {@code v=STSv1;} (§3.1). */
    public static boolean isCandidate(String text) {
        return text.startsWith(VERSION) && TagList.stripWsp(text.substring(VERSION.length())).startsWith(";");
    }

    public static Parsed<StsRecord> parse(String text) {
        List<SyntaxProblem> problems = new ArrayList<>();
        List<TagList.Field> fields = TagList.split(text, VERSION, SECTION, problems);
        String id = null;
        Map<String, String> extensions = new LinkedHashMap<>();
        for (TagList.Field field : fields) {
            if (field.name().equals("id")) {
                if (id != null) {
                    problems.add(SyntaxProblem.error("id", field.value(), Reason.of("StsRecord.secondId", id), SECTION));
                } else if (!ID.matcher(field.value()).matches()) {
                    problems.add(SyntaxProblem.error("id", field.value(), Reason.of(field.value().isEmpty() ? "Sts.empty"
                            : field.value().length() > 32 ? "StsRecord.idTooLong" : "StsRecord.idCharacters"), SECTION));
                    id = field.value();
                } else {
                    id = field.value();
                }
            } else if (field.name().equals("v")) {
                problems.add(SyntaxProblem.error("v", field.value(), Reason.of("Syntax.secondVersion"), SECTION));
            } else if (field.name().equalsIgnoreCase("id") || field.name().equalsIgnoreCase("v")) {
                problems.add(SyntaxProblem.error(field.name(), field.value(), Reason.of("Syntax.caseSensitive", field.name(), field.name().toLowerCase(Locale.ROOT)), SECTION));
            } else {
                TagList.checkExtension(field, SECTION, problems);
                extensions.put(field.name(), field.value());
            }
        }
        if (id == null && problems.stream().noneMatch(p -> p.field().equals("v"))) {
            problems.add(SyntaxProblem.error("id", "", Reason.of("StsRecord.noId"), SECTION));
        }
        return id == null ? Parsed.invalid(problems) : Parsed.of(new StsRecord(id, extensions, text), problems);
    }
}
