package org.mtainterop.operators;

/** Syntax of host names as the operators file accepts them (no lookup). */
public final class HostNames {
    private static final String LABEL = "[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?";

    private HostNames() {
    }

    /** A DNS name of one or more labels (an optional final dot), at most 253 characters. */
    public static boolean isHostName(String text) {
        String t = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return !t.isEmpty() && t.length() <= 253 && t.matches(LABEL + "(\\." + LABEL + ")*");
    }

    /** A host name or an IPv4/IPv6 literal. */
    static boolean isHostOrAddress(String text) {
        return isHostName(text) || SenderPattern.addressLiteral(text).isPresent();
    }
}
