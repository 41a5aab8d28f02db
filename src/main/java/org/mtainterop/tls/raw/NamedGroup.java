package org.mtainterop.tls.raw;

/** One row of the IANA Supported Groups registry ({@code iana/tls-groups.csv}). */
public record NamedGroup(int code, String name, Kind kind, int bits, boolean tls13, boolean keyShare) {
    public enum Kind { EC, X, FF, KEM, EXPLICIT }

    public String displayName() {
        return name + " (" + code + ")";
    }
}
