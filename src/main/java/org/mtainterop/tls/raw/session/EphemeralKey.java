package org.mtainterop.tls.raw.session;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.XECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import java.util.Arrays;
import javax.crypto.KeyAgreement;
import org.mtainterop.tls.raw.NamedGroups;
import org.mtainterop.policy.Reason;
import org.mtainterop.tls.raw.RawTlsException;

/**
 * One ephemeral (EC)DH key pair kept for the handshake it is made for: X25519 (RFC 7748, little-endian u) or
 * P-256 (uncompressed point, RFC 8446 §4.2.8.2, RFC 8422 §5.4.1), and the shared secret with the server's share.
 */
public final class EphemeralKey {
    private final int group;
    private final PrivateKey privateKey;
    private final byte[] publicShare;
    private final ECParameterSpec curve;

    private EphemeralKey(int group, PrivateKey privateKey, byte[] publicShare, ECParameterSpec curve) {
        this.group = group;
        this.privateKey = privateKey;
        this.publicShare = publicShare;
        this.curve = curve;
    }

    public static EphemeralKey generate(int group) {
        try {
            if (group == NamedGroups.X25519) {
                KeyPair pair = KeyPairGenerator.getInstance("X25519").generateKeyPair();
                return new EphemeralKey(group, pair.getPrivate(), littleEndian(((XECPublicKey) pair.getPublic()).getU(), 32),
                        null);
            }
            if (group == NamedGroups.SECP256R1) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                KeyPair pair = generator.generateKeyPair();
                ECPublicKey pub = (ECPublicKey) pair.getPublic();
                byte[] point = new byte[65];
                point[0] = 4;
                System.arraycopy(bigEndian(pub.getW().getAffineX(), 32), 0, point, 1, 32);
                System.arraycopy(bigEndian(pub.getW().getAffineY(), 32), 0, point, 33, 32);
                return new EphemeralKey(group, pair.getPrivate(), point, pub.getParams());
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make a key for group " + group, e);
        }
        throw new IllegalArgumentException("no ephemeral keys for group " + group);
    }

    /** An X25519 key from a known scalar (test vectors). */
    public static EphemeralKey x25519(byte[] scalar, byte[] publicShare) throws GeneralSecurityException {
        PrivateKey key = KeyFactory.getInstance("X25519").generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519,
                scalar.clone()));
        return new EphemeralKey(NamedGroups.X25519, key, publicShare.clone(), null);
    }

    public int group() {
        return group;
    }

    public byte[] publicShare() {
        return publicShare.clone();
    }

    /** The (EC)DH shared secret with the server's encoded share; a malformed share is the server's error. */
    public byte[] sharedSecret(byte[] serverShare) throws RawTlsException {
        try {
            KeyAgreement agreement;
            PublicKey peer;
            if (group == NamedGroups.X25519) {
                if (serverShare.length != 32) {
                    throw new RawTlsException(Reason.of("TlsSession.x25519Length", serverShare.length));
                }
                byte[] reversed = new byte[32];
                for (int i = 0; i < 32; i++) {
                    reversed[i] = serverShare[31 - i];
                }
                reversed[0] &= 0x7f; // RFC 7748 §5: the top bit is masked
                peer = KeyFactory.getInstance("X25519").generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519,
                        new BigInteger(1, reversed)));
                agreement = KeyAgreement.getInstance("X25519");
            } else {
                if (serverShare.length != 65 || serverShare[0] != 4) {
                    throw new RawTlsException(Reason.of("TlsSession.p256Point"));
                }
                ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(serverShare, 1, 33)),
                        new BigInteger(1, Arrays.copyOfRange(serverShare, 33, 65)));
                peer = KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, curve));
                agreement = KeyAgreement.getInstance("ECDH");
            }
            agreement.init(privateKey);
            agreement.doPhase(peer, true);
            byte[] secret = agreement.generateSecret();
            if (Arrays.equals(secret, new byte[secret.length])) {
                throw new RawTlsException(Reason.of("TlsSession.allZero"));
            }
            return secret;
        } catch (GeneralSecurityException e) {
            throw new RawTlsException(Reason.of("TlsSession.invalidKey", String.valueOf(e.getMessage())));
        }
    }

    private static byte[] littleEndian(BigInteger u, int length) {
        byte[] be = bigEndian(u, length);
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = be[length - 1 - i];
        }
        return out;
    }

    private static byte[] bigEndian(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
        return out;
    }
}
