package org.mtainterop.mtasts;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

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

    /** The problem with {@code value} as an {@code mx} value, if any. */
    static Optional<String> problem(String value) {
        if (value.isEmpty()) {
            return Optional.of("empty");
        }
        if (IPV4.matcher(value).matches() || value.contains(":") || value.startsWith("[")) {
            return Optional.of("an IP address: mx values are host names, matched against the MX records' names"
                    + " (RFC 8461 §4.1), never addresses");
        }
        String domain = value.startsWith("*.") ? value.substring(2) : value;
        if (domain.contains("*")) {
            return Optional.of("a wildcard is allowed only as the whole leftmost label ('*.')");
        }
        if (domain.endsWith(".")) {
            return Optional.of("a trailing dot: write the name without it");
        }
        if (domain.length() > 253) {
            return Optional.of("longer than 253 characters (RFC 1035 §2.3.4)");
        }
        String[] labels = domain.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty()) {
                return Optional.of("an empty label");
            }
            if (label.length() > 63) {
                return Optional.of("a label longer than 63 characters (RFC 1035 §2.3.4)");
            }
            if (!LABEL.matcher(label).matches()) {
                return Optional.of("label '" + label + "' is not letters, digits and inner hyphens (RFC 5321"
                        + " §4.1.2 Domain)");
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
