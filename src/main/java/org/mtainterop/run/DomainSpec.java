package org.mtainterop.run;

import java.util.Objects;
import java.util.Optional;
import org.mtainterop.operators.Operator;

/**
 * A mail domain whose published records a run judges ({@code features/dane}, {@code @pub}).
 *
 * @param domain   the mail domain, lower case, without the trailing dot
 * @param operator the operator it belongs to when it came from an operators file ({@code domains}); its profile
 *                 judges the domain and its MX hosts come from the file, so none is added from DNS. Empty for
 *                 {@code --domain}: each MX the DNS names becomes a port-25 target of the run
 */
public record DomainSpec(String domain, Optional<Operator> operator) {
    public DomainSpec {
        Objects.requireNonNull(operator, "operator");
        domain = parse(domain);
    }

    /** A {@code --domain} value. */
    public static DomainSpec of(String domain) {
        return new DomainSpec(domain, Optional.empty());
    }

    /** Whether its MX hosts, as DNS names them, join the run as port-25 targets. */
    public boolean addsMxTargets() {
        return operator.isEmpty();
    }

    /** The name its results are reported under: {@code dns:example.net}. */
    public String targetName() {
        return "dns:" + domain;
    }

    private static String parse(String text) {
        String d = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        if (d.isEmpty() || d.length() > 253
                || !d.matches("([a-z0-9_]([a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")) {
            throw new IllegalArgumentException("--domain '" + text + "': not a domain name");
        }
        return d;
    }
}
