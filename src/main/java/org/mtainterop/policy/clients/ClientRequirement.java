package org.mtainterop.policy.clients;

import java.util.List;
import java.util.Set;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.policy.Severity;

/**
 * The client requirements of the catalog (requirements.md, direction "client"): ID, severity, the lowest policy
 * profile that includes it, the server profiles that exercise it, and the texts a verdict explains itself with
 * (house rule 10): why it matters, with its sources, and how to fix it in a mail program's settings.
 */
public enum ClientRequirement {
    CLIENT_01("CLIENT-01", Severity.MUST, PolicyProfile.PILOT,
            Set.of(AccessServerProfile.NO_STARTTLS, AccessServerProfile.STARTTLS_ERROR, AccessServerProfile.HANDSHAKE_ABORT),
            "A client configured for TLS never sends credentials or mail in plaintext when STARTTLS is not advertised,"
                    + " answered with an error, or the handshake fails",
            "An active attacker strips STARTTLS or breaks the handshake for free; a client that then logs in anyway"
                    + " hands over the password (RFC 8314 §4.1, RFC 3207 §6, RFC 2595 §3.1; \"NO STARTTLS\", USENIX"
                    + " Security 2021).",
            "Require TLS, not \"TLS if available\": Thunderbird connection security STARTTLS, curl --ssl-reqd, msmtp"
                    + " tls on + tls_starttls on, mbsync TLSType STARTTLS, neomutt ssl_starttls=yes + ssl_force_tls=yes,"
                    + " fetchmail sslproto/--sslcertck, Angus Mail mail.<protocol>.starttls.required=true. Prefer implicit"
                    + " TLS (465/993/995)."),
    CLIENT_02("CLIENT-02", Severity.MUST, PolicyProfile.PILOT,
            Set.of(AccessServerProfile.EXPIRED_CERT, AccessServerProfile.WRONG_HOST, AccessServerProfile.SELF_SIGNED,
                    AccessServerProfile.UNTRUSTED_CA),
            "A client rejects an expired, wrong-name, self-signed or untrusted certificate before sending credentials",
            "Without certificate and name verification TLS stops no active attacker: any certificate will do"
                    + " (RFC 8314 §4.1, RFC 6125 §6, RFC 5280 §6).",
            "Turn verification on and keep it on: no \"accept any certificate\" exception, no ssl.trust=*, curl without"
                    + " -k, fetchmail --sslcertck, Angus Mail mail.<protocol>.ssl.checkserveridentity=true; trust the"
                    + " provider's CA through the system store, not by pinning a self-signed leaf."),
    CLIENT_03("CLIENT-03", Severity.MUST, PolicyProfile.ANSSI, Set.of(AccessServerProfile.RESPONSE_INJECTION),
            "A client ignores responses injected before the handshake (response injection)",
            "Lines read in plaintext together with the STARTTLS answer come from whoever sits on the path; a client"
                    + " that takes them as answers inside TLS is desynchronised and can be fed forged state (RFC 3207 §4.2,"
                    + " RFC 2595 §3.1; \"NO STARTTLS\" §5.2, CVE-2021-33515 class).",
            "Update the mail program (the NO STARTTLS fixes discard the read buffer at STARTTLS); where possible use"
                    + " implicit TLS, which has no plaintext phase to inject into."),
    CLIENT_04("CLIENT-04", Severity.SHOULD, PolicyProfile.ANSSI, Set.of(AccessServerProfile.TAMPERED_CAPABILITIES),
            "A client re-reads capabilities inside TLS and trusts nothing learned before it (state tampering)",
            "Capabilities read before TLS may be forged; RFC 3207 §4.2, RFC 2595 §3.1 and RFC 9051 §6.2.1 tell the"
                    + " client to discard them and ask again inside TLS.",
            "Update the mail program; prefer implicit TLS (465/993/995), where no capability is ever read in"
                    + " plaintext."),
    CLIENT_05("CLIENT-05", Severity.SHOULD, PolicyProfile.MODERN, Set.of(AccessServerProfile.IMPLICIT_PLAINTEXT),
            "A client configured for implicit TLS does not fall back to STARTTLS or plaintext",
            "On 465, 993 and 995 TLS comes first (RFC 8314 §3.2-3.3); a client that reads a plaintext greeting there"
                    + " and carries on talks to whoever answered.",
            "Configure implicit TLS as such (Thunderbird SSL/TLS, curl imaps:// or smtps://, msmtp tls_starttls off,"
                    + " mbsync TLSType IMAPS, Angus Mail mail.<protocol>.ssl.enable=true) and disable any fallback"
                    + " (Angus Mail mail.<protocol>.socketFactory.fallback=false).");

    private final String id;
    private final Severity severity;
    private final PolicyProfile profile;
    private final Set<AccessServerProfile> exercisedBy;
    private final String title;
    private final String why;
    private final String fix;

    ClientRequirement(String id, Severity severity, PolicyProfile profile, Set<AccessServerProfile> exercisedBy,
                      String title, String why, String fix) {
        this.id = id;
        this.severity = severity;
        this.profile = profile;
        this.exercisedBy = exercisedBy;
        this.title = title;
        this.why = why;
        this.fix = fix;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** The lowest policy profile that includes this requirement (profiles are cumulative). */
    public PolicyProfile profile() {
        return profile;
    }

    /** Whether judging with {@code judgedWith} includes this requirement. */
    public boolean includedIn(PolicyProfile judgedWith) {
        return profile.ordinal() <= judgedWith.ordinal();
    }

    /** The server profiles that exercise this requirement. */
    public Set<AccessServerProfile> exercisingProfiles() {
        return exercisedBy;
    }

    /** Whether a session under {@code serverProfile} can show this requirement met or not. */
    public boolean exercisedBy(AccessServerProfile serverProfile) {
        return exercisedBy.contains(serverProfile);
    }

    /** The server profiles that exercise it, as users type them. */
    public List<String> exercisingLabels() {
        return exercisedBy.stream().sorted().map(AccessServerProfile::label).toList();
    }

    public String title() {
        return title;
    }

    public String why() {
        return why;
    }

    public String fix() {
        return fix;
    }
}
