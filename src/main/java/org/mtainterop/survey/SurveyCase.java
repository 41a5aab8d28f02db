package org.mtainterop.survey;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.clients.TlsMode;

/**
 * One column of the client survey: the adversarial server profile a mail program meets, the way the program is
 * configured for it (STARTTLS, or implicit TLS for the implicit-port cases), and the requirement the case exercises.
 * The two compliant cases are controls: a program that fails them is misconfigured or broken, and its other cells
 * cannot be called safe.
 */
public enum SurveyCase {
    COMPLIANT(AccessServerProfile.COMPLIANT, TlsMode.STARTTLS, null, "is compliant"),
    COMPLIANT_IMPLICIT(AccessServerProfile.COMPLIANT, TlsMode.IMPLICIT, null, "is compliant, on its implicit-TLS port"),
    NO_STARTTLS(AccessServerProfile.NO_STARTTLS, TlsMode.STARTTLS, "CLIENT-01", "does not offer STARTTLS"),
    STARTTLS_ERROR(AccessServerProfile.STARTTLS_ERROR, TlsMode.STARTTLS, "CLIENT-01", "answers STARTTLS with an error"),
    HANDSHAKE_ABORT(AccessServerProfile.HANDSHAKE_ABORT, TlsMode.STARTTLS, "CLIENT-01", "aborts the TLS handshake"),
    EXPIRED_CERT(AccessServerProfile.EXPIRED_CERT, TlsMode.STARTTLS, "CLIENT-02", "presents an expired certificate"),
    WRONG_HOST(AccessServerProfile.WRONG_HOST, TlsMode.STARTTLS, "CLIENT-02", "presents a certificate for another name"),
    SELF_SIGNED(AccessServerProfile.SELF_SIGNED, TlsMode.STARTTLS, "CLIENT-02", "presents a self-signed certificate"),
    UNTRUSTED_CA(AccessServerProfile.UNTRUSTED_CA, TlsMode.STARTTLS, "CLIENT-02",
            "presents a certificate from an untrusted authority"),
    RESPONSE_INJECTION(AccessServerProfile.RESPONSE_INJECTION, TlsMode.STARTTLS, "CLIENT-03",
            "injects responses before the TLS handshake"),
    TAMPERED_CAPABILITIES(AccessServerProfile.TAMPERED_CAPABILITIES, TlsMode.STARTTLS, "CLIENT-04",
            "announces other capabilities before TLS than inside it"),
    IMPLICIT_PLAINTEXT(AccessServerProfile.IMPLICIT_PLAINTEXT, TlsMode.IMPLICIT, "CLIENT-05",
            "answers in plaintext on its implicit-TLS port");

    private final AccessServerProfile profile;
    private final TlsMode mode;
    private final String requirement;
    private final String wording;

    SurveyCase(AccessServerProfile profile, TlsMode mode, String requirement, String wording) {
        this.profile = profile;
        this.mode = mode;
        this.requirement = requirement;
        this.wording = wording;
    }

    public AccessServerProfile profile() {
        return profile;
    }

    public TlsMode mode() {
        return mode;
    }

    /** The requirement this case exercises; empty for the compliant controls. */
    public Optional<String> requirement() {
        return Optional.ofNullable(requirement);
    }

    public boolean control() {
        return requirement == null;
    }

    /** The control a program must pass before this case's cell means anything. */
    public SurveyCase controlCase() {
        return mode == TlsMode.IMPLICIT ? COMPLIANT_IMPLICIT : COMPLIANT;
    }

    /** How the features say it: "a server that {@code wording}". */
    public String wording() {
        return wording;
    }

    /** As users type it and columns are headed: the server profile's label, "compliant-implicit" for the control. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static SurveyCase parse(String text) {
        for (SurveyCase c : values()) {
            if (c.label().equalsIgnoreCase(text.strip()) || c.wording.equalsIgnoreCase(text.strip())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown survey case '" + text + "' (expected one of "
                + String.join(", ", Arrays.stream(values()).map(SurveyCase::label).toList()) + ")");
    }
}
