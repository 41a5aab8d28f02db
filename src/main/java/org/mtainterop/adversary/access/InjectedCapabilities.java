package org.mtainterop.adversary.access;

import java.util.Locale;
import java.util.Optional;

/**
 * RESPONSE_INJECTION: the compliant capabilities, except that the mechanism only the forged lines announce
 * ({@value #INJECTED_MECHANISM}) is never run, and using it, or {@value AccessServerProfile#INJECTED_CAPABILITY},
 * inside TLS is recorded.
 */
final class InjectedCapabilities extends AdvertisedCapabilities {
    static final String INJECTED_MECHANISM = "CRAM-MD5";

    InjectedCapabilities(long maxMessageBytes) {
        super(true, false, maxMessageBytes);
    }

    @Override
    boolean mechanismAccepted(String mechanism, boolean insideTls) {
        return super.mechanismAccepted(mechanism, insideTls) && !mechanism.toUpperCase(Locale.ROOT).equals(INJECTED_MECHANISM);
    }

    @Override
    Optional<String> injectedOnlyUse(String verb, String argument, boolean insideTls) {
        return insideTls ? onlyAnnouncedUse(verb, argument, AccessServerProfile.INJECTED_CAPABILITY, INJECTED_MECHANISM)
                : Optional.empty();
    }
}
