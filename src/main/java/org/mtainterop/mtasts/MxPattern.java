package org.mtainterop.mtasts;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mtainterop.policy.Reason;

/**
 * One {@code mx} value of a policy (RFC 8461 §3.2: {@code ["*."] Domain}) and how it matches an MX host
 * (§4.1): case-insensitively, a wildcard standing for exactly one leftmost label, so {@code *.example.com}
 * matches {@code mail.example.com} but neither {@code example.com} nor {@code foo.bar.example.com}.
 */
public record MxPattern(String pattern) {
    static final String SECTION = "RFC 8461 §3.2";
    /** RFC 5321 §4.1.2 sub-domain: {@code Let-dig [Ldh-str]}. */
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    public MxPattern {
        Objects.requireNonNull(pattern, "pattern");
    }

    public boolean wildcard() {
        return pattern.startsWith("*.");
    }

    /** Whether the MX host {@code host} (a trailing dot allowed, as DNS gives it) is allowed by this pattern. */
    public boolean matches(String host) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        name = name.toLowerCase(Locale.ROOT);
        String own = pattern.toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.startsWith(".") || name.contains("..")) {
            return false;
        }
        if (!wildcard()) {
            return name.equals(own);
        }
        int dot = name.indexOf('.');
        return dot > 0 && name.substring(dot + 1).equals(own.substring(2)) && !name.substring(0, dot).equals("*");
    }

    /** The problem with {@code value} as an {@code mx} value, if any: a message key and its facts. */
    static Optional<Reason> said(String value) {
        if (value.isEmpty()) {
            return Optional.of(Reason.of("Sts.empty"));
        }
        if (IPV4.matcher(value).matches() || value.contains(":") || value.startsWith("[")) {
            return Optional.of(Reason.of("MxPattern.address"));
        }
        String domain = value.startsWith("*.") ? value.substring(2) : value;
        if (domain.contains("*")) {
            return Optional.of(Reason.of("MxPattern.wildcard"));
        }
        if (domain.endsWith(".")) {
            return Optional.of(Reason.of("MxPattern.trailingDot"));
        }
        if (domain.length() > 253) {
            return Optional.of(Reason.of("MxPattern.tooLong"));
        }
        String[] labels = domain.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty()) {
                return Optional.of(Reason.of("MxPattern.emptyLabel"));
            }
            if (label.length() > 63) {
                return Optional.of(Reason.of("MxPattern.labelTooLong"));
            }
            if (!LABEL.matcher(label).matches()) {
                return Optional.of(Reason.of("MxPattern.labelCharacters", label));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
