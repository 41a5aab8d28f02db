package org.mtainterop.tls.raw;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.XECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real TLS 1.3 key shares made with the JDK (RFC 8446 §4.2.8.2): X25519/X448 as the little-endian u
 * coordinate, NIST curves as an uncompressed point. The private half is thrown away: the harness never
 * finishes the handshake, it only needs the server to answer with a ServerHello rather than a retry.
 */
public final class KeyShares {
    /**
     * One share per group for the whole run: the probes never complete a handshake, so nothing is lost by
     * reusing it, and key generation no longer costs a millisecond per hello.
     */
    private static final Map<Integer, Optional<byte[]>> MADE = new ConcurrentHashMap<>();

    private KeyShares() {
    }

    /** The encoded public share for the group, or empty if the JDK cannot make one. */
    public static Optional<byte[]> publicShare(int group) {
        return MADE.computeIfAbsent(group, KeyShares::make).map(byte[]::clone);
    }

    private static Optional<byte[]> make(int group) {
        try {
            return switch (group) {
                case NamedGroups.X25519 -> Optional.of(xec("X25519", 32));
                case NamedGroups.X448 -> Optional.of(xec("X448", 56));
                case NamedGroups.SECP256R1 -> Optional.of(ec("secp256r1", 32));
                case NamedGroups.SECP384R1 -> Optional.of(ec("secp384r1", 48));
                case NamedGroups.SECP521R1 -> Optional.of(ec("secp521r1", 66));
                default -> Optional.empty();
            };
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static byte[] xec(String algorithm, int length) throws GeneralSecurityException {
        XECPublicKey key = (XECPublicKey) KeyPairGenerator.getInstance(algorithm).generateKeyPair().getPublic();
        byte[] bigEndian = unsigned(key.getU(), length);
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = bigEndian[length - 1 - i];
        }
        return out;
    }

    private static byte[] ec(String curve, int coordinateLength) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        ECPublicKey key = (ECPublicKey) generator.generateKeyPair().getPublic();
        byte[] out = new byte[1 + 2 * coordinateLength];
        out[0] = 4;
        System.arraycopy(unsigned(key.getW().getAffineX(), coordinateLength), 0, out, 1, coordinateLength);
        System.arraycopy(unsigned(key.getW().getAffineY(), coordinateLength), 0, out, 1 + coordinateLength,
                coordinateLength);
        return out;
    }

    private static byte[] unsigned(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
        return out;
    }
}
