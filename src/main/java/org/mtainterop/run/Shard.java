package org.mtainterop.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part of a run split over several processes ({@code run --shard I/N}): targets and mail domains are assigned
 * by a hash of a stable key (the name their results are reported under: {@code operator/mx}, {@code dns:domain},
 * the {@code --target} as given), never by their position, so the same target lands in the same shard whatever
 * the order of the operators file and whatever else is added to or removed from it. Every key is in exactly one
 * of the {@code N} shards.
 *
 * @param index from 1 to {@code count}
 * @param count how many shards the whole run is split into; {@code 1/1} is the whole run
 */
public record Shard(int index, int count) {
    /** The whole run, not split. */
    public static final Shard WHOLE = new Shard(1, 1);
    /** More shards than this is surely a typo (a pilot has hundreds of MX hosts, not a million). */
    public static final int MAX_COUNT = 10_000;

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

    public Shard {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("--shard " + index + "/" + count + ": the shard count must be between 1 and "
                    + MAX_COUNT);
        }
        if (index < 1 || index > count) {
            throw new IllegalArgumentException("--shard " + index + "/" + count + ": the shard index must be between 1 and "
                    + count + " (shards are numbered from 1)");
        }
    }

    /** {@code I/N}, e.g. {@code 2/5}. */
    public static Shard parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("--shard '" + text + "': expected I/N, e.g. 2/5 (shard 2 of 5, numbered from 1)");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Whether this is the whole run. */
    public boolean whole() {
        return count == 1;
    }

    /** The shard (1 to {@code count}) a key belongs to: SHA-256 of its UTF-8 bytes, the first 8 as an unsigned number, mod count. */
    public static int of(String key, int count) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
        long head = 0;
        for (int i = 0; i < 8; i++) {
            head = (head << 8) | (digest[i] & 0xff);
        }
        return (int) Long.remainderUnsigned(head, count) + 1;
    }

    /** Whether the target or domain reported as {@code key} is judged in this shard. */
    public boolean holds(String key) {
        return whole() || of(key, count) == index;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
