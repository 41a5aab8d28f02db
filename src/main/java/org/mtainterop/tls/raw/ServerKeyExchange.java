package org.mtainterop.tls.raw;

/** What a TLS ≤ 1.2 ServerKeyExchange reveals: the finite-field prime size, or the named curve. */
public record ServerKeyExchange(Kind kind, int dhPrimeBits, int namedCurve) {
    public enum Kind { FINITE_FIELD_DH, ELLIPTIC_CURVE_DH, OTHER }

    public static ServerKeyExchange finiteField(int primeBits) {
        return new ServerKeyExchange(Kind.FINITE_FIELD_DH, primeBits, -1);
    }

    public static ServerKeyExchange namedCurve(int group) {
        return new ServerKeyExchange(Kind.ELLIPTIC_CURVE_DH, 0, group);
    }

    public static ServerKeyExchange other() {
        return new ServerKeyExchange(Kind.OTHER, 0, -1);
    }
}
