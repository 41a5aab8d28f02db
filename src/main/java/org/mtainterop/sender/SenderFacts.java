package org.mtainterop.sender;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.mtainterop.adversary.smtp.AdversarialProfile;

/**
 * The outbound fact store of one sender (probe once, judge many times): one {@link DeliveryAttempt} per
 * receiver profile, made lazily and at most once per run, or — for a live MTA seen by the {@code receive}
 * command — only the attempts that were observed. Scenarios read from it; they never drive the sender.
 */
public final class SenderFacts {
    private final String senderName;
    private final String mxName;
    private final Function<AdversarialProfile, DeliveryAttempt> driver;
    private final Map<AdversarialProfile, DeliveryAttempt> attempts = new EnumMap<>(AdversarialProfile.class);

    private SenderFacts(String senderName, String mxName, Function<AdversarialProfile, DeliveryAttempt> driver,
                        Map<AdversarialProfile, DeliveryAttempt> observed) {
        this.senderName = senderName;
        this.mxName = mxName;
        this.driver = driver;
        this.attempts.putAll(observed);
    }

    /** A store that drives {@code driver} the first time a profile is asked for. */
    public static SenderFacts driving(String senderName, String mxName,
                                      Function<AdversarialProfile, DeliveryAttempt> driver) {
        return new SenderFacts(senderName, mxName, driver, Map.of());
    }

    /** A store of what was observed, nothing more (live senders: the harness cannot make them send). */
    public static SenderFacts observed(String senderName, String mxName, Map<AdversarialProfile, DeliveryAttempt> seen) {
        return new SenderFacts(senderName, mxName, null, seen);
    }

    /** The attempt in this profile; empty when it was not observed and cannot be made. */
    public synchronized Optional<DeliveryAttempt> attempt(AdversarialProfile profile) {
        if (!attempts.containsKey(profile) && driver != null) {
            attempts.put(profile, driver.apply(profile));
        }
        return Optional.ofNullable(attempts.get(profile));
    }

    /**
     * What a check judges: the attempts in {@code profiles}, each made now if it can be and nobody has yet, and
     * nothing more; the snapshot never drives the sender.
     */
    public SenderFacts snapshot(Set<AdversarialProfile> profiles) {
        Map<AdversarialProfile, DeliveryAttempt> seen = new EnumMap<>(AdversarialProfile.class);
        profiles.forEach(p -> attempt(p).ifPresent(a -> seen.put(p, a)));
        return observed(senderName, mxName, seen);
    }

    /**
     * Makes every attempt now (used to run senders concurrently before judging), except the DANE and MTA-STS profiles': those
     * mean something only with their zone or policy published, which only a DANE or MTA-STS run does ({@link #prefetch}).
     */
    public void prefetchAll() {
        prefetch(java.util.Arrays.stream(AdversarialProfile.values()).filter(p -> !p.published()).toList());
    }

    /** Makes the attempts in {@code profiles} now, in that order. */
    public void prefetch(java.util.List<AdversarialProfile> profiles) {
        if (driver != null) {
            profiles.forEach(this::attempt);
        }
    }

    public String senderName() {
        return senderName;
    }

    /** The name the receiver's valid certificate carries: what a verifying sender checks, and the SNI it should send. */
    public String mxName() {
        return mxName;
    }
}
