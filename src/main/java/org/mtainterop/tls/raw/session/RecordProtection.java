package org.mtainterop.tls.raw.session;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.mtainterop.policy.Reason;
import org.mtainterop.tls.raw.RawTlsException;

/**
 * One direction of AEAD record protection with its sequence number: TLS 1.3 (RFC 8446 §5.2, §5.3: inner content
 * type, per-record nonce = IV xor sequence number) or TLS 1.2 AES-GCM (RFC 5288 §3: 4-byte salt + 8-byte explicit
 * nonce, RFC 5246 §6.2.3.3 additional data). A record that does not authenticate is an error, never a guess.
 */
public final class RecordProtection {
    /** The AEADs the handshakes here negotiate. */
    public enum Aead {
        AES_128_GCM(16), AES_256_GCM(32), CHACHA20_POLY1305(32);

        private final int keyLength;

        Aead(int keyLength) {
            this.keyLength = keyLength;
        }

        public int keyLength() {
            return keyLength;
        }

        /** The AEAD of a TLS 1.3 suite (RFC 8446 §B.4). */
        public static Aead ofTls13Suite(int suite) throws RawTlsException {
            return switch (suite) {
                case 0x1301 -> AES_128_GCM;
                case 0x1302 -> AES_256_GCM;
                case 0x1303 -> CHACHA20_POLY1305;
                default -> throw new RawTlsException(Reason.of("TlsSession.tls13SuiteNotOffered", String.format("0x%04X", suite)));
            };
        }
    }

    /** A record after protection is removed: the real content type and the plaintext. */
    public record Opened(int contentType, byte[] content) {
    }

    private static final int TAG = 16;
    private final Aead aead;
    private final byte[] key;
    private final byte[] iv;
    private final boolean tls13;
    private long sequence;

    private RecordProtection(Aead aead, byte[] key, byte[] iv, boolean tls13) {
        this.aead = aead;
        this.key = key.clone();
        this.iv = iv.clone();
        this.tls13 = tls13;
    }

    public static RecordProtection tls13(Aead aead, KeySchedule.TrafficKeys keys) {
        return new RecordProtection(aead, keys.key(), keys.iv(), true);
    }

    /** TLS 1.2 AES-GCM with the write key and the 4-byte implicit salt from the key block. */
    public static RecordProtection tls12Gcm(byte[] key, byte[] salt) {
        return new RecordProtection(key.length == 16 ? Aead.AES_128_GCM : Aead.AES_256_GCM, key, salt, false);
    }

    /** The whole protected record (header included) carrying {@code content} of {@code contentType}. */
    public byte[] seal(int contentType, byte[] content) throws RawTlsException {
        long seq = sequence++;
        if (tls13) {
            byte[] inner = new byte[content.length + 1];
            System.arraycopy(content, 0, inner, 0, content.length);
            inner[content.length] = (byte) contentType;
            byte[] header = header(23, inner.length + TAG);
            byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce13(seq), header, inner);
            return ByteBuffer.allocate(5 + sealed.length).put(header).put(sealed).array();
        }
        byte[] explicit = ByteBuffer.allocate(8).putLong(seq).array();
        byte[] aad = ByteBuffer.allocate(13).putLong(seq).put((byte) contentType).putShort((short) 0x0303)
                .putShort((short) content.length).array();
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce12(explicit), aad, content);
        return ByteBuffer.allocate(5 + 8 + sealed.length).put(header(contentType, 8 + sealed.length)).put(explicit)
                .put(sealed).array();
    }

    /** Removes protection from a record's fragment of outer type {@code outerType}. */
    public Opened open(int outerType, byte[] fragment) throws RawTlsException {
        long seq = sequence++;
        if (tls13) {
            if (outerType != 23 || fragment.length < TAG + 1) {
                throw new RawTlsException(Reason.of("TlsSession.protected13", outerType, fragment.length));
            }
            byte[] inner = crypt(Cipher.DECRYPT_MODE, nonce13(seq), header(23, fragment.length), fragment);
            int end = inner.length;
            while (end > 0 && inner[end - 1] == 0) {
                end--;
            }
            if (end == 0) {
                throw new RawTlsException(Reason.of("TlsSession.allPadding"));
            }
            byte[] content = new byte[end - 1];
            System.arraycopy(inner, 0, content, 0, content.length);
            return new Opened(inner[end - 1] & 0xff, content);
        }
        if (fragment.length < 8 + TAG) {
            throw new RawTlsException(Reason.of("TlsSession.protected12", fragment.length));
        }
        byte[] explicit = new byte[8];
        System.arraycopy(fragment, 0, explicit, 0, 8);
        byte[] aad = ByteBuffer.allocate(13).putLong(seq).put((byte) outerType).putShort((short) 0x0303)
                .putShort((short) (fragment.length - 8 - TAG)).array();
        byte[] body = new byte[fragment.length - 8];
        System.arraycopy(fragment, 8, body, 0, body.length);
        return new Opened(outerType, crypt(Cipher.DECRYPT_MODE, nonce12(explicit), aad, body));
    }

    private byte[] nonce13(long seq) {
        byte[] nonce = iv.clone();
        for (int i = 0; i < 8; i++) {
            nonce[nonce.length - 1 - i] ^= (byte) (seq >>> (8 * i));
        }
        return nonce;
    }

    private byte[] nonce12(byte[] explicit) {
        return ByteBuffer.allocate(12).put(iv, 0, 4).put(explicit).array();
    }

    private static byte[] header(int type, int length) {
        return new byte[] {(byte) type, 3, 3, (byte) (length >>> 8), (byte) length};
    }

    private byte[] crypt(int mode, byte[] nonce, byte[] aad, byte[] data) throws RawTlsException {
        try {
            Cipher cipher;
            if (aead == Aead.CHACHA20_POLY1305) {
                cipher = Cipher.getInstance("ChaCha20-Poly1305");
                cipher.init(mode, new SecretKeySpec(key, "ChaCha20"), new IvParameterSpec(nonce));
            } else {
                cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG * 8, nonce));
            }
            cipher.updateAAD(aad);
            return cipher.doFinal(data);
        } catch (AEADBadTagException e) {
            throw new RawTlsException(Reason.of("TlsSession.badTag"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot run " + aead, e);
        }
    }
}
