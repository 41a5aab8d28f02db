package org.mtainterop.tls.raw.session;

import java.nio.charset.StandardCharsets;

/**
 * The TLS 1.2 PRF (RFC 5246 §5: P_hash over HMAC with the suite's PRF hash), the master secret (§8.1) or the
 * extended master secret over the session hash (RFC 7627 §4), and the Finished verify_data (§7.4.9).
 */
public final class Tls12Prf {
    private final KeySchedule hmac;

    public Tls12Prf(KeySchedule hmac) {
        this.hmac = hmac;
    }

    /** The PRF of a suite: SHA-384 for the *_SHA384 GCM suites (0xC02C, 0xC030), else SHA-256. */
    public static Tls12Prf forSuite(int suite) {
        return new Tls12Prf(suite == 0xC02C || suite == 0xC030 ? KeySchedule.sha384() : KeySchedule.sha256());
    }

    public KeySchedule hash() {
        return hmac;
    }

    public byte[] prf(byte[] secret, String label, byte[] seed, int length) {
        byte[] labelBytes = label.getBytes(StandardCharsets.US_ASCII);
        byte[] fullSeed = new byte[labelBytes.length + seed.length];
        System.arraycopy(labelBytes, 0, fullSeed, 0, labelBytes.length);
        System.arraycopy(seed, 0, fullSeed, labelBytes.length, seed.length);
        byte[] out = new byte[length];
        byte[] a = fullSeed;
        for (int done = 0; done < length; ) {
            a = hmac.hmac(secret, a);
            byte[] input = new byte[a.length + fullSeed.length];
            System.arraycopy(a, 0, input, 0, a.length);
            System.arraycopy(fullSeed, 0, input, a.length, fullSeed.length);
            byte[] block = hmac.hmac(secret, input);
            int n = Math.min(block.length, length - done);
            System.arraycopy(block, 0, out, done, n);
            done += n;
        }
        return out;
    }

    /** RFC 7627 §4 when {@code extended}: PRF(pms, "extended master secret", session_hash); else RFC 5246 §8.1. */
    public byte[] masterSecret(byte[] preMaster, boolean extended, byte[] sessionHash, byte[] clientRandom,
                               byte[] serverRandom) {
        if (extended) {
            return prf(preMaster, "extended master secret", sessionHash, 48);
        }
        return prf(preMaster, "master secret", concat(clientRandom, serverRandom), 48);
    }

    public byte[] verifyData(byte[] master, String label, byte[] handshakeHash) {
        return prf(master, label, handshakeHash, 12);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
