package org.mtainterop.survey;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.clients.TlsMode;
import org.mtainterop.policy.Reason;

/**
 * One column of the client survey: the adversarial server profile a mail program meets, the way the program is
 * configured for it (STARTTLS, or implicit TLS for the implicit-port cases), and the requirement the case exercises.
 * The two compliant cases are controls: a program that fails them is misconfigured or broken, and its other cells
 * cannot be called safe.
 */
public enum SurveyCase {
    COMPLIANT(AccessServerProfile.COMPLIANT, TlsMode.STARTTLS, null, "is compliant",
            "est conforme"),
    COMPLIANT_IMPLICIT(AccessServerProfile.COMPLIANT, TlsMode.IMPLICIT, null, "is compliant, on its implicit-TLS port",
            "est conforme, sur son port TLS implicite"),
    NO_STARTTLS(AccessServerProfile.NO_STARTTLS, TlsMode.STARTTLS, "CLIENT-01", "does not offer STARTTLS",
            "ne propose pas STARTTLS"),
    STARTTLS_ERROR(AccessServerProfile.STARTTLS_ERROR, TlsMode.STARTTLS, "CLIENT-01", "answers STARTTLS with an error",
            "répond à STARTTLS par une erreur"),
    HANDSHAKE_ABORT(AccessServerProfile.HANDSHAKE_ABORT, TlsMode.STARTTLS, "CLIENT-01", "aborts the TLS handshake",
            "interrompt la négociation TLS"),
    EXPIRED_CERT(AccessServerProfile.EXPIRED_CERT, TlsMode.STARTTLS, "CLIENT-02", "presents an expired certificate",
            "présente un certificat expiré"),
    WRONG_HOST(AccessServerProfile.WRONG_HOST, TlsMode.STARTTLS, "CLIENT-02", "presents a certificate for another name",
            "présente un certificat pour un autre nom"),
    SELF_SIGNED(AccessServerProfile.SELF_SIGNED, TlsMode.STARTTLS, "CLIENT-02", "presents a self-signed certificate",
            "présente un certificat auto-signé"),
    UNTRUSTED_CA(AccessServerProfile.UNTRUSTED_CA, TlsMode.STARTTLS, "CLIENT-02",
            "presents a certificate from an untrusted authority",
            "présente un certificat d'une autorité non reconnue"),
    RESPONSE_INJECTION(AccessServerProfile.RESPONSE_INJECTION, TlsMode.STARTTLS, "CLIENT-03",
            "injects responses before the TLS handshake",
            "injecte des réponses avant la négociation TLS"),
    TAMPERED_CAPABILITIES(AccessServerProfile.TAMPERED_CAPABILITIES, TlsMode.STARTTLS, "CLIENT-04",
            "announces other capabilities before TLS than inside it",
            "annonce avant TLS d'autres capacités qu'à l'intérieur"),
    IMPLICIT_PLAINTEXT(AccessServerProfile.IMPLICIT_PLAINTEXT, TlsMode.IMPLICIT, "CLIENT-05",
            "answers in plaintext on its implicit-TLS port",
            "répond en clair sur son port TLS implicite");

    private final AccessServerProfile profile;
    private final TlsMode mode;
    private final String requirement;
    private final String wording;
    private final String frenchWording;

    SurveyCase(AccessServerProfile profile, TlsMode mode, String requirement, String wording, String frenchWording) {
        this.profile = profile;
        this.mode = mode;
        this.requirement = requirement;
        this.wording = wording;
        this.frenchWording = frenchWording;
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

    /** How the features of the report's language say it, for a verdict's text. */
    public Reason worded() {
        return Reason.worded(wording, frenchWording);
    }

    /** How the French edition says it: « un serveur qui {@code frenchWording} ». */
    public String frenchWording() {
        return frenchWording;
    }

    /** As users type it and columns are headed: the server profile's label, "compliant-implicit" for the control. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static SurveyCase parse(String text) {
        for (SurveyCase c : values()) {
            if (c.label().equalsIgnoreCase(text.strip()) || c.wording.equalsIgnoreCase(text.strip())
                    || c.frenchWording.equalsIgnoreCase(text.strip())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown survey case '" + text + "' (expected one of "
                + String.join(", ", Arrays.stream(values()).map(SurveyCase::label).toList()) + ")");
    }
}
