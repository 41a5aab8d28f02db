package org.mtainterop.mtasts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A parsed MTA-STS policy file (RFC 8461 §3.2), valid by the ABNF: what a sender caches and applies.
 *
 * @param mx          the patterns in the order given (none only with mode {@code none})
 * @param maxAge      seconds, at most {@link #MAX_AGE_LIMIT}
 * @param extensions  fields other than the four defined ones, name and value, in order (senders ignore them)
 * @param lineEndings how the lines end: both CRLF and LF are allowed (§3.2)
 */
public record StsPolicy(StsMode mode, List<MxPattern> mx, long maxAge, List<Map.Entry<String, String>> extensions,
                        LineEndings lineEndings) {
    /** RFC 8461 §3.2: "max_age: ... up to 31557600" (about one year). */
    public static final long MAX_AGE_LIMIT = 31_557_600L;

    public enum LineEndings { LF, CRLF, MIXED, NONE }

    public StsPolicy {
        Objects.requireNonNull(mode, "mode");
        mx = List.copyOf(mx);
        extensions = List.copyOf(extensions);
        Objects.requireNonNull(lineEndings, "lineEndings");
    }

    /** The first pattern allowing {@code mxHost} (RFC 8461 §4.1), if any. */
    public Optional<MxPattern> patternFor(String mxHost) {
        return mx.stream().filter(p -> p.matches(mxHost)).findFirst();
    }

    /**
     * What the policy means to a sender, independent of field order, case of mx names, line endings and
     * extensions: two policies with the same meaning need no new {@code id} (§3.1).
     */
    public String meaning() {
        TreeSet<String> patterns = new TreeSet<>();
        mx.forEach(p -> patterns.add(p.pattern().toLowerCase(java.util.Locale.ROOT)));
        return "version: STSv1; mode: " + mode.keyword() + "; mx: " + String.join(", ", patterns)
                + "; max_age: " + maxAge;
    }
}
