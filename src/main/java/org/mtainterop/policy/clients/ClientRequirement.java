package org.mtainterop.policy.clients;

import java.util.List;
import java.util.Set;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.policy.Severity;
import org.mtainterop.report.ReportLanguage;

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
                    + " TLS (465/993/995).",
            new French(
                    "Un client configuré pour TLS n'envoie jamais d'identifiants ni de courrier en clair quand"
                    + " STARTTLS n'est pas annoncé, est refusé par une erreur ou que la négociation échoue",
                    "Un attaquant actif retire STARTTLS ou fait échouer la négociation sans effort ; un client qui"
                    + " se connecte malgré tout livre le mot de passe (RFC 8314 §4.1, RFC 3207 §6, RFC 2595 §3.1 ;"
                    + " « NO STARTTLS », USENIX Security 2021).",
                    "Exigez TLS, pas « TLS si disponible » : Thunderbird sécurité de la connexion STARTTLS, curl"
                    + " --ssl-reqd, msmtp tls on + tls_starttls on, mbsync TLSType STARTTLS, neomutt"
                    + " ssl_starttls=yes + ssl_force_tls=yes, fetchmail sslproto/--sslcertck, Angus Mail"
                    + " mail.<protocol>.starttls.required=true. Préférez le TLS implicite (465/993/995).")),
    CLIENT_02("CLIENT-02", Severity.MUST, PolicyProfile.PILOT,
            Set.of(AccessServerProfile.EXPIRED_CERT, AccessServerProfile.WRONG_HOST, AccessServerProfile.SELF_SIGNED,
                    AccessServerProfile.UNTRUSTED_CA),
            "A client rejects an expired, wrong-name, self-signed or untrusted certificate before sending credentials",
            "Without certificate and name verification TLS stops no active attacker: any certificate will do"
                    + " (RFC 8314 §4.1, RFC 6125 §6, RFC 5280 §6).",
            "Turn verification on and keep it on: no \"accept any certificate\" exception, no ssl.trust=*, curl without"
                    + " -k, fetchmail --sslcertck, Angus Mail mail.<protocol>.ssl.checkserveridentity=true; trust the"
                    + " provider's CA through the system store, not by pinning a self-signed leaf.",
            new French(
                    "Un client refuse un certificat expiré, au mauvais nom, autosigné ou d'une autorité inconnue"
                    + " avant d'envoyer ses identifiants",
                    "Sans vérification du certificat et du nom, TLS n'arrête aucun attaquant actif : n'importe quel"
                    + " certificat fait l'affaire (RFC 8314 §4.1, RFC 6125 §6, RFC 5280 §6).",
                    "Activez la vérification et gardez-la : aucune exception « accepter tout certificat », pas de"
                    + " ssl.trust=*, curl sans -k, fetchmail --sslcertck, Angus Mail"
                    + " mail.<protocol>.ssl.checkserveridentity=true ; faites confiance à l'autorité du"
                    + " fournisseur par le magasin du système, pas en épinglant un certificat final autosigné.")),
    CLIENT_03("CLIENT-03", Severity.MUST, PolicyProfile.ANSSI, Set.of(AccessServerProfile.RESPONSE_INJECTION),
            "A client ignores responses injected before the handshake (response injection)",
            "Lines read in plaintext together with the STARTTLS answer come from whoever sits on the path; a client"
                    + " that takes them as answers inside TLS is desynchronised and can be fed forged state (RFC 3207 §4.2,"
                    + " RFC 2595 §3.1; \"NO STARTTLS\" §5.2, CVE-2021-33515 class).",
            "Update the mail program (the NO STARTTLS fixes discard the read buffer at STARTTLS); where possible use"
                    + " implicit TLS, which has no plaintext phase to inject into.",
            new French(
                    "Un client ignore les réponses injectées avant la négociation (injection de réponses)",
                    "Les lignes lues en clair avec la réponse à STARTTLS viennent de quiconque se trouve sur le"
                    + " chemin ; un client qui les prend pour des réponses sous TLS est désynchronisé et peut se"
                    + " voir imposer un état falsifié (RFC 3207 §4.2, RFC 2595 §3.1 ; « NO STARTTLS » §5.2, classe"
                    + " de CVE-2021-33515).",
                    "Mettez à jour le logiciel de messagerie (les correctifs NO STARTTLS vident le tampon de"
                    + " lecture à STARTTLS) ; si possible, utilisez le TLS implicite, qui n'a pas de phase en"
                    + " clair où injecter.")),
    CLIENT_04("CLIENT-04", Severity.SHOULD, PolicyProfile.ANSSI, Set.of(AccessServerProfile.TAMPERED_CAPABILITIES),
            "A client re-reads capabilities inside TLS and trusts nothing learned before it (state tampering)",
            "Capabilities read before TLS may be forged; RFC 3207 §4.2, RFC 2595 §3.1 and RFC 9051 §6.2.1 tell the"
                    + " client to discard them and ask again inside TLS.",
            "Update the mail program; prefer implicit TLS (465/993/995), where no capability is ever read in"
                    + " plaintext.",
            new French(
                    "Un client relit les capacités sous TLS et ne se fie à rien de ce qu'il a appris avant"
                    + " (altération de l'état)",
                    "Les capacités lues avant TLS peuvent être falsifiées ; la RFC 3207 §4.2, la RFC 2595 §3.1 et"
                    + " la RFC 9051 §6.2.1 demandent au client de les oublier et de les redemander sous TLS.",
                    "Mettez à jour le logiciel de messagerie ; préférez le TLS implicite (465/993/995), où aucune"
                    + " capacité n'est jamais lue en clair.")),
    CLIENT_05("CLIENT-05", Severity.SHOULD, PolicyProfile.MODERN, Set.of(AccessServerProfile.IMPLICIT_PLAINTEXT),
            "A client configured for implicit TLS does not fall back to STARTTLS or plaintext",
            "On 465, 993 and 995 TLS comes first (RFC 8314 §3.2-3.3); a client that reads a plaintext greeting there"
                    + " and carries on talks to whoever answered.",
            "Configure implicit TLS as such (Thunderbird SSL/TLS, curl imaps:// or smtps://, msmtp tls_starttls off,"
                    + " mbsync TLSType IMAPS, Angus Mail mail.<protocol>.ssl.enable=true) and disable any fallback"
                    + " (Angus Mail mail.<protocol>.socketFactory.fallback=false).",
            new French(
                    "Un client configuré pour le TLS implicite ne se replie ni sur STARTTLS ni sur le clair",
                    "Sur 465, 993 et 995, TLS vient en premier (RFC 8314 §3.2-3.3) ; un client qui y lit une"
                    + " bannière en clair et continue parle à quiconque a répondu.",
                    "Configurez le TLS implicite comme tel (Thunderbird SSL/TLS, curl imaps:// ou smtps://, msmtp"
                    + " tls_starttls off, mbsync TLSType IMAPS, Angus Mail mail.<protocol>.ssl.enable=true) et"
                    + " désactivez tout repli (Angus Mail mail.<protocol>.socketFactory.fallback=false)."));

    private final String id;
    private final Severity severity;
    private final PolicyProfile profile;
    private final Set<AccessServerProfile> exercisedBy;
    private final String title;
    private final String why;
    private final String fix;
    private final French french;

    /** The same three texts in French (ANSSI vocabulary; settings and commands as the programs write them). */
    private record French(String title, String why, String fix) {
    }

    ClientRequirement(String id, Severity severity, PolicyProfile profile, Set<AccessServerProfile> exercisedBy,
                      String title, String why, String fix, French french) {
        this.id = id;
        this.severity = severity;
        this.profile = profile;
        this.exercisedBy = exercisedBy;
        this.title = title;
        this.why = why;
        this.fix = fix;
        this.french = french;
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

    /** {@link #title()} in {@code language}. */
    public String title(ReportLanguage language) {
        return language == ReportLanguage.FR ? french.title() : title;
    }

    /** {@link #why()} in {@code language}. */
    public String why(ReportLanguage language) {
        return language == ReportLanguage.FR ? french.why() : why;
    }

    /** {@link #fix()} in {@code language}. */
    public String fix(ReportLanguage language) {
        return language == ReportLanguage.FR ? french.fix() : fix;
    }
}
