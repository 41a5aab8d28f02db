package org.mtainterop.tls.raw.session;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The TLS 1.3 key schedule (RFC 8446 §7.1): HKDF-Extract and HKDF-Expand (RFC 5869) over HMAC with the suite's
 * hash, HKDF-Expand-Label with the "tls13 " prefix, Derive-Secret over a transcript hash, the Finished MAC (§4.4.4)
 * and the traffic key and IV (§7.3). Pure functions of their inputs; tested against the RFC 8448 traces.
 */
public final class KeySchedule {
    private final String digest;
    private final String hmac;
    private final int hashLength;

    private KeySchedule(String digest, String hmac, int hashLength) {
        this.digest = digest;
        this.hmac = hmac;
        this.hashLength = hashLength;
    }

    public static KeySchedule sha256() {
        return new KeySchedule("SHA-256", "HmacSHA256", 32);
    }

    public static KeySchedule sha384() {
        return new KeySchedule("SHA-384", "HmacSHA384", 48);
    }

    /** TLS_AES_256_GCM_SHA384 (0x1302) hashes with SHA-384; TLS_AES_128_GCM_SHA256 and TLS_CHACHA20_POLY1305_SHA256 with SHA-256. */
    public static KeySchedule forSuite(int suite) {
        return suite == 0x1302 ? sha384() : sha256();
    }

    public int hashLength() {
        return hashLength;
    }

    public String digestName() {
        return digest;
    }

    public byte[] zeros() {
        return new byte[hashLength];
    }

    public byte[] hash(byte[] data) {
        try {
            return MessageDigest.getInstance(digest).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + digest, e);
        }
    }

    public byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(hmac);
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[hashLength] : key, hmac));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + hmac, e);
        }
    }

    /** HKDF-Extract(salt, IKM); an absent salt is a string of hashLength zeros (RFC 5869 §2.2). */
    public byte[] extract(byte[] salt, byte[] ikm) {
        return hmac(salt == null || salt.length == 0 ? zeros() : salt, ikm);
    }

    /** HKDF-Expand(PRK, info, L) (RFC 5869 §2.3). */
    public byte[] expand(byte[] prk, byte[] info, int length) {
        if (length > 255 * hashLength) {
            throw new IllegalArgumentException("HKDF-Expand of " + length + " bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] previous = new byte[0];
        for (int counter = 1; out.size() < length; counter++) {
            byte[] input = new byte[previous.length + info.length + 1];
            System.arraycopy(previous, 0, input, 0, previous.length);
            System.arraycopy(info, 0, input, previous.length, info.length);
            input[input.length - 1] = (byte) counter;
            previous = hmac(prk, input);
            out.write(previous, 0, previous.length);
        }
        byte[] all = out.toByteArray();
        byte[] result = new byte[length];
        System.arraycopy(all, 0, result, 0, length);
        return result;
    }

    /** HKDF-Expand-Label(Secret, Label, Context, Length) with the HkdfLabel structure of RFC 8446 §7.1. */
    public byte[] expandLabel(byte[] secret, String label, byte[] context, int length) {
        byte[] fullLabel = ("tls13 " + label).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream info = new ByteArrayOutputStream();
        info.write(length >>> 8);
        info.write(length);
        info.write(fullLabel.length);
        info.write(fullLabel, 0, fullLabel.length);
        info.write(context.length);
        info.write(context, 0, context.length);
        return expand(secret, info.toByteArray(), length);
    }

    /** Derive-Secret(Secret, Label, Messages), given Transcript-Hash(Messages). */
    public byte[] deriveSecret(byte[] secret, String label, byte[] transcriptHash) {
        return expandLabel(secret, label, transcriptHash, hashLength);
    }

    /** Derive-Secret(Secret, "derived", ""): the salt of the next extraction. */
    public byte[] derived(byte[] secret) {
        return deriveSecret(secret, "derived", hash(new byte[0]));
    }

    /** verify_data = HMAC(finished_key, transcript hash), finished_key = HKDF-Expand-Label(base, "finished", "", Hash.length). */
    public byte[] finishedVerifyData(byte[] baseKey, byte[] transcriptHash) {
        return hmac(expandLabel(baseKey, "finished", new byte[0], hashLength), transcriptHash);
    }

    /** The PSK a ticket stands for (§4.6.1): HKDF-Expand-Label(resumption_master_secret, "resumption", ticket_nonce, Hash.length). */
    public byte[] ticketPsk(byte[] resumptionMasterSecret, byte[] ticketNonce) {
        return expandLabel(resumptionMasterSecret, "resumption", ticketNonce, hashLength);
    }

    /** [sender]_write_key and [sender]_write_iv of one traffic secret (§7.3). */
    public TrafficKeys trafficKeys(byte[] trafficSecret, int keyLength) {
        return new TrafficKeys(expandLabel(trafficSecret, "key", new byte[0], keyLength),
                expandLabel(trafficSecret, "iv", new byte[0], 12));
    }

    /** One direction's AEAD key and IV. */
    public record TrafficKeys(byte[] key, byte[] iv) {
    }
}
