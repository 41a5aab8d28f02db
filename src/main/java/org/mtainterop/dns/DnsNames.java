package org.mtainterop.dns;

import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/** Name handling shared by the lookups. */
final class DnsNames {
    private DnsNames() {
    }

    /** {@code name} as an absolute DNS name. @throws IllegalArgumentException if it is not a valid name */
    static Name absolute(String name) {
        try {
            return Name.fromString(name.endsWith(".") ? name : name + ".");
        } catch (TextParseException e) {
            throw new IllegalArgumentException("not a DNS name '" + name + "': " + e.getMessage());
        }
    }

    /** The innermost message of a failure (a {@link BoundedResolver.DnsQueryException} says what happened). */
    static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
