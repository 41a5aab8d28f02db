package org.mtainterop.adversary.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the server announces and accepts, per profile and per phase (before / inside TLS), for the three access
 * protocols: the one place where a profile's capability semantics live. The compliant shape follows RFC 8314
 * §3 and RFC 9051 §6.2.3: no login before TLS (LOGINDISABLED, no AUTH, no USER), login inside TLS.
 * TAMPERED_CAPABILITIES announces a LOGIN mechanism and {@value AccessServerProfile#FAKE_CAPABILITY} before TLS
 * only; RESPONSE_INJECTION's forged lines announce CRAM-MD5 and {@value AccessServerProfile#INJECTED_CAPABILITY}.
 */
final class AdvertisedCapabilities {
    /** SASL mechanisms the server knows how to run (any credentials are accepted). */
    static final Set<String> KNOWN_MECHANISMS = Set.of("PLAIN", "LOGIN", "CRAM-MD5", "XOAUTH2", "OAUTHBEARER");
    private static final String INJECTED_MECHANISM = "CRAM-MD5";
    private static final Pattern SMTP_PRE_TLS_PARAMETER = Pattern.compile("(?i)(?:^|\\s)(SIZE=\\S*|BODY=\\S*|SMTPUTF8)");

    private final AccessServerProfile profile;
    private final long maxMessageBytes;

    AdvertisedCapabilities(AccessServerProfile profile, long maxMessageBytes) {
        this.profile = profile;
        this.maxMessageBytes = maxMessageBytes;
    }

    private boolean tampered() {
        return profile == AccessServerProfile.TAMPERED_CAPABILITIES;
    }

    /** Whether login (any mechanism, LOGIN, USER/PASS) is offered and accepted in this phase. */
    boolean loginAllowed(boolean insideTls) {
        return insideTls || profile.offersLoginBeforeTls();
    }

    /** Whether {@code mechanism} is run in this phase; the caller has checked {@link #loginAllowed} first. */
    boolean mechanismAccepted(String mechanism, boolean insideTls) {
        String m = mechanism.toUpperCase(Locale.ROOT);
        if (!KNOWN_MECHANISMS.contains(m) || !loginAllowed(insideTls)) {
            return false;
        }
        if (tampered() && insideTls) {
            return m.equals("PLAIN"); // RFC 3207 §4.2: what the pre-TLS EHLO said counts for nothing now
        }
        return profile != AccessServerProfile.RESPONSE_INJECTION || !m.equals(INJECTED_MECHANISM);
    }

    /** The EHLO keywords after the greeting line. */
    List<String> smtpEhlo(boolean insideTls) {
        List<String> lines = new ArrayList<>(List.of("PIPELINING", "ENHANCEDSTATUSCODES"));
        if (tampered()) {
            lines.addAll(insideTls ? List.of("AUTH PLAIN")
                    : List.of("SIZE " + maxMessageBytes, "8BITMIME", "SMTPUTF8", AccessServerProfile.FAKE_CAPABILITY,
                            "AUTH LOGIN", "STARTTLS"));
            return lines;
        }
        lines.addAll(List.of("SIZE " + maxMessageBytes, "8BITMIME"));
        if (loginAllowed(insideTls)) {
            lines.add("AUTH PLAIN LOGIN");
        }
        if (!insideTls && profile.advertisesStarttls()) {
            lines.add("STARTTLS");
        }
        return lines;
    }

    /** The IMAP capability list (no "CAPABILITY" word). */
    String imap(boolean insideTls) {
        StringBuilder caps = new StringBuilder("IMAP4rev1 LITERAL+ SASL-IR ID ENABLE IDLE NAMESPACE UNSELECT");
        if (!insideTls && profile.advertisesStarttls()) {
            caps.append(" STARTTLS");
        }
        if (tampered() && !insideTls) {
            return caps.append(" AUTH=LOGIN ").append(AccessServerProfile.FAKE_CAPABILITY).append(" LOGINDISABLED").toString();
        }
        return caps.append(loginAllowed(insideTls) ? " AUTH=PLAIN" : " LOGINDISABLED").toString();
    }

    /** The POP3 CAPA lines (RFC 2449), without the +OK line and the final dot. */
    List<String> pop3(boolean insideTls) {
        List<String> lines = new ArrayList<>(List.of("TOP", "UIDL", "RESP-CODES", "AUTH-RESP-CODE",
                "IMPLEMENTATION mta-interop"));
        if (!insideTls && profile.advertisesStarttls()) {
            lines.add("STLS");
        }
        if (tampered()) {
            lines.addAll(insideTls ? List.of("USER", "SASL PLAIN") : List.of("SASL LOGIN", AccessServerProfile.FAKE_CAPABILITY));
        } else if (loginAllowed(insideTls)) {
            lines.addAll(List.of("USER", "SASL PLAIN LOGIN"));
        }
        return lines;
    }

    /**
     * TAMPERED_CAPABILITIES, inside TLS: what of a command only the pre-TLS capabilities offered (the LOGIN
     * mechanism, the fake command, SMTP's SIZE/BODY/SMTPUTF8 parameters).
     */
    Optional<String> preTlsOnlyUse(String verb, String argument, boolean insideTls) {
        if (!tampered() || !insideTls) {
            return Optional.empty();
        }
        String v = verb.toUpperCase(Locale.ROOT);
        if (v.equals(AccessServerProfile.FAKE_CAPABILITY)) {
            return Optional.of(v);
        }
        if ((v.equals("AUTH") || v.equals("AUTHENTICATE")) && firstWord(argument).equals("LOGIN")) {
            return Optional.of(v + " LOGIN");
        }
        Matcher parameter = SMTP_PRE_TLS_PARAMETER.matcher(argument);
        if ((v.equals("MAIL") || v.equals("RCPT")) && parameter.find()) {
            return Optional.of(v + " " + parameter.group(1).toUpperCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    /** RESPONSE_INJECTION, inside TLS: what of a command only the injected lines announced. */
    Optional<String> injectedOnlyUse(String verb, String argument, boolean insideTls) {
        if (profile != AccessServerProfile.RESPONSE_INJECTION || !insideTls) {
            return Optional.empty();
        }
        String v = verb.toUpperCase(Locale.ROOT);
        if (v.equals(AccessServerProfile.INJECTED_CAPABILITY)) {
            return Optional.of(v);
        }
        if ((v.equals("AUTH") || v.equals("AUTHENTICATE")) && firstWord(argument).equals(INJECTED_MECHANISM)) {
            return Optional.of(v + " " + INJECTED_MECHANISM);
        }
        return Optional.empty();
    }

    /** The forged submission lines sent in the 220's segment: an EHLO reply announcing CRAM-MD5. */
    static String smtpInjection() {
        return "250-mx.injected.test forged reply\r\n250-AUTH " + INJECTED_MECHANISM + "\r\n250 "
                + AccessServerProfile.INJECTED_CAPABILITY + "\r\n";
    }

    /** The forged IMAP lines: a CAPABILITY response and the tagged OK for the client's next command tag. */
    static String imapInjection(String starttlsTag) {
        return "* CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=" + INJECTED_MECHANISM + " "
                + AccessServerProfile.INJECTED_CAPABILITY + "\r\n" + nextTag(starttlsTag) + " OK CAPABILITY completed\r\n";
    }

    /** The forged POP3 lines: an answer to the next command, and a complete forged CAPA answer. */
    static String pop3Injection() {
        return "+OK forged\r\nSASL " + INJECTED_MECHANISM + "\r\n" + AccessServerProfile.INJECTED_CAPABILITY + "\r\n.\r\n";
    }

    /** A client's next tag guessed from this one: the trailing number plus one, width kept (a9 -> a10, A001 -> A002). */
    static String nextTag(String tag) {
        Matcher m = Pattern.compile("^(.*?)(\\d+)$").matcher(tag);
        if (!m.matches()) {
            return tag + "1";
        }
        String digits = m.group(2);
        String next = new java.math.BigInteger(digits).add(java.math.BigInteger.ONE).toString();
        return m.group(1) + "0".repeat(Math.max(0, digits.length() - next.length())) + next;
    }

    private static String firstWord(String argument) {
        String a = argument.strip();
        int space = a.indexOf(' ');
        return (space < 0 ? a : a.substring(0, space)).toUpperCase(Locale.ROOT);
    }
}
