package org.mtainterop.adversary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.mtainterop.pki.CertificateProfile;

/**
 * What the two profile enums ({@code AdversarialProfile}, {@code AccessServerProfile}) share as stable identifiers:
 * the label users type and the certificate shown when TLS is negotiated. What a profile does lives in its
 * behaviour strategy, not here.
 */
public interface AdversaryProfile {
    /** The enum constant's name (implemented by every enum). */
    String name();

    /** The certificate presented whenever TLS is negotiated. */
    CertificateProfile certificate();

    /** Whether the certificate is bad on purpose: a client that verifies must not go on after seeing it. */
    default boolean badCertificate() {
        return certificate() != CertificateProfile.VALID;
    }

    /** As users write it: {@code compliant}, {@code starttls-454}, {@code implicit-plaintext}, ... */
    default String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The profile whose label is {@code text}, ignoring case and surrounding blanks. */
    static <P extends AdversaryProfile> Optional<P> byLabel(P[] profiles, String text) {
        return Arrays.stream(profiles).filter(p -> p.label().equalsIgnoreCase(text.strip())).findFirst();
    }

    /** Every label, comma-separated, for error messages. */
    static String labels(AdversaryProfile[] profiles) {
        return String.join(", ", Arrays.stream(profiles).map(AdversaryProfile::label).toList());
    }
}
