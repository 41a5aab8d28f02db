package org.mtainterop.dns;

import org.mtainterop.policy.Reason;
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

    /**
     * What a failed query said: the {@link BoundedResolver.DnsQueryException}'s reason on the way down the causes, else
     * the innermost message as a fact.
     */
    static Reason said(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BoundedResolver.DnsQueryException q) {
                return q.said();
            }
        }
        return Reason.fact(rootMessage(failure));
    }

    /** The innermost message of a failure. */
    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
