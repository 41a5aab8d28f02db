package org.mtainterop.dane;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/** The TLSA matching type field (RFC 6698 §2.1.3): the selected bytes as they are, or their SHA-2 digest. */
public enum TlsaMatchingType {
    FULL(0, "Full", null),
    SHA2_256(1, "SHA2-256", "SHA-256"),
    SHA2_512(2, "SHA2-512", "SHA-512");

    private final int code;
    private final String acronym;
    private final String digestAlgorithm;

    TlsaMatchingType(int code, String acronym, String digestAlgorithm) {
        this.code = code;
        this.acronym = acronym;
        this.digestAlgorithm = digestAlgorithm;
    }

    public int code() {
        return code;
    }

    public String label() {
        return acronym + "(" + code + ")";
    }

    /** The association data for {@code selected}: the bytes themselves, or their digest. */
    public byte[] apply(byte[] selected) {
        if (digestAlgorithm == null) {
            return selected.clone();
        }
        try {
            return MessageDigest.getInstance(digestAlgorithm).digest(selected);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no " + digestAlgorithm, e);
        }
    }

    /** The length of the association data this type yields, or -1 for FULL (any length). */
    public int dataLength() {
        return switch (this) {
            case FULL -> -1;
            case SHA2_256 -> 32;
            case SHA2_512 -> 64;
        };
    }

    public static Optional<TlsaMatchingType> of(int code) {
        for (TlsaMatchingType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
