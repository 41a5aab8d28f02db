package org.mtainterop.adversary.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the server announces and accepts, per phase (before / inside TLS), for the three access protocols, in the
 * compliant shape of RFC 8314 §3 and RFC 9051 §6.2.3: no login before TLS (LOGINDISABLED, no AUTH, no USER) unless
 * the profile offers it there, login inside TLS. The profiles that announce something else override the parts they
 * change ({@link TamperedCapabilities}, {@link InjectedCapabilities}).
 */
class AdvertisedCapabilities {
    /** SASL mechanisms the server knows how to run (any credentials are accepted). */
    static final Set<String> KNOWN_MECHANISMS = Set.of("PLAIN", "LOGIN", "CRAM-MD5", "XOAUTH2", "OAUTHBEARER");

    private final boolean starttlsAnnounced;
    private final boolean loginBeforeTls;
    protected final long maxMessageBytes;

    AdvertisedCapabilities(boolean starttlsAnnounced, boolean loginBeforeTls, long maxMessageBytes) {
        this.starttlsAnnounced = starttlsAnnounced;
        this.loginBeforeTls = loginBeforeTls;
        this.maxMessageBytes = maxMessageBytes;
    }

    /** Whether login (any mechanism, LOGIN, USER/PASS) is offered and accepted in this phase. */
    final boolean loginAllowed(boolean insideTls) {
        return insideTls || loginBeforeTls;
    }

    /** Whether {@code mechanism} is run in this phase; the caller has checked {@link #loginAllowed} first. */
    boolean mechanismAccepted(String mechanism, boolean insideTls) {
        return KNOWN_MECHANISMS.contains(mechanism.toUpperCase(Locale.ROOT)) && loginAllowed(insideTls);
    }

    /** The EHLO keywords after the greeting line. */
    final List<String> smtpEhlo(boolean insideTls) {
        List<String> lines = new ArrayList<>(List.of("PIPELINING", "ENHANCEDSTATUSCODES"));
        lines.addAll(smtpExtensions(insideTls));
        return lines;
    }

    /** The EHLO keywords after PIPELINING and ENHANCEDSTATUSCODES. */
    protected List<String> smtpExtensions(boolean insideTls) {
        List<String> lines = new ArrayList<>(List.of("SIZE " + maxMessageBytes, "8BITMIME"));
        if (loginAllowed(insideTls)) {
            lines.add("AUTH PLAIN LOGIN");
        }
        if (!insideTls && starttlsAnnounced) {
            lines.add("STARTTLS");
        }
        return lines;
    }

    /** The IMAP capability list (no "CAPABILITY" word). */
    final String imap(boolean insideTls) {
        StringBuilder caps = new StringBuilder("IMAP4rev1 LITERAL+ SASL-IR ID ENABLE IDLE NAMESPACE UNSELECT");
        if (!insideTls && starttlsAnnounced) {
            caps.append(" STARTTLS");
        }
        return caps.append(imapLogin(insideTls)).toString();
    }

    /** The end of the IMAP capability list: how login is offered, or that it is disabled. */
    protected String imapLogin(boolean insideTls) {
        return loginAllowed(insideTls) ? " AUTH=PLAIN" : " LOGINDISABLED";
    }

    /** The POP3 CAPA lines (RFC 2449), without the +OK line and the final dot. */
    final List<String> pop3(boolean insideTls) {
        List<String> lines = new ArrayList<>(List.of("TOP", "UIDL", "RESP-CODES", "AUTH-RESP-CODE",
                "IMPLEMENTATION mta-interop"));
        if (!insideTls && starttlsAnnounced) {
            lines.add("STLS");
        }
        lines.addAll(pop3Login(insideTls));
        return lines;
    }

    /** The POP3 CAPA lines that offer login. */
    protected List<String> pop3Login(boolean insideTls) {
        return loginAllowed(insideTls) ? List.of("USER", "SASL PLAIN LOGIN") : List.of();
    }

    /** Inside TLS: what of a command only the pre-TLS capabilities offered; nothing, unless they differed. */
    Optional<String> preTlsOnlyUse(String verb, String argument, boolean insideTls) {
        return Optional.empty();
    }

    /** Inside TLS: what of a command only forged lines announced; nothing, unless lines were forged. */
    Optional<String> injectedOnlyUse(String verb, String argument, boolean insideTls) {
        return Optional.empty();
    }

    /**
     * What of a command uses {@code command} or the SASL {@code mechanism} (AUTH, AUTHENTICATE), when only one
     * announcement carried them: the command's verb, or the verb and the mechanism.
     */
    static Optional<String> onlyAnnouncedUse(String verb, String argument, String command, String mechanism) {
        String v = verb.toUpperCase(Locale.ROOT);
        if (v.equals(command)) {
            return Optional.of(v);
        }
        if ((v.equals("AUTH") || v.equals("AUTHENTICATE")) && firstWord(argument).equals(mechanism)) {
            return Optional.of(v + " " + mechanism);
        }
        return Optional.empty();
    }

    private static String firstWord(String argument) {
        String a = argument.strip();
        int space = a.indexOf(' ');
        return (space < 0 ? a : a.substring(0, space)).toUpperCase(Locale.ROOT);
    }
}
