package org.mtainterop.adversary.access;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What of a client line may be written down (house rule 9: redacted at the source). Credential-bearing commands
 * keep their tag, verb and SASL mechanism; user names, passwords and SASL responses become {@value #REDACTED}.
 * Stateless, so the transcript applies it again to whatever the dialogues hand it, as a backstop.
 */
final class CredentialRedaction {
    static final String REDACTED = "<redacted>";

    /** Verbs whose arguments are credentials: SMTP / POP3 AUTH, IMAP AUTHENTICATE and LOGIN, POP3 USER, PASS, APOP. */
    private static final Set<String> CREDENTIAL_VERBS = Set.of("AUTH", "AUTHENTICATE", "LOGIN", "USER", "PASS", "APOP");
    /** Verbs whose first argument is a SASL mechanism name, kept. */
    private static final Set<String> SASL_VERBS = Set.of("AUTH", "AUTHENTICATE");
    private static final Pattern BASE64_TOKEN = Pattern.compile("[A-Za-z0-9+/]+={0,2}|=");

    private CredentialRedaction() {
    }

    /**
     * The line as the transcript may show it. {@code tagged}: IMAP, where the verb is the second word.
     * {@code knownVerbs}: words that are a whole command on their own (a bare SASL response is not one).
     */
    static String redact(String line, boolean tagged, Set<String> knownVerbs) {
        String text = line.strip();
        String[] words = text.split("\\s+");
        int verbAt = tagged ? 1 : 0;
        if (words.length <= verbAt) {
            return words.length == 1 && looksLikeSaslResponse(words[0], knownVerbs) ? REDACTED : text;
        }
        String verb = words[verbAt].toUpperCase(Locale.ROOT);
        if (!CREDENTIAL_VERBS.contains(verb)) {
            return !tagged && words.length == 1 && looksLikeSaslResponse(words[0], knownVerbs) ? REDACTED : text;
        }
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i <= verbAt; i++) {
            kept.append(i == 0 ? "" : " ").append(words[i]);
        }
        int argumentsAt = verbAt + 1;
        if (SASL_VERBS.contains(verb) && words.length > argumentsAt) {
            kept.append(' ').append(words[argumentsAt]); // the mechanism
            argumentsAt++;
        }
        return words.length > argumentsAt ? kept.append(' ').append(REDACTED).toString() : kept.toString();
    }

    /**
     * A lone token that is not a command of the protocol but could be base64: a SASL response (or a credential
     * sent out of step, e.g. after a refused AUTH), never written down.
     */
    static boolean looksLikeSaslResponse(String token, Set<String> knownVerbs) {
        return !knownVerbs.contains(token.toUpperCase(Locale.ROOT)) && BASE64_TOKEN.matcher(token).matches();
    }
}
