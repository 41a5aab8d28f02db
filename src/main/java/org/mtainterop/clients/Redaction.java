package org.mtainterop.clients;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes a job's credentials from anything a client printed or was configured with (house rule 9): any base64
 * token that decodes to bytes containing the user name or the password (AUTH PLAIN, AUTH LOGIN, AUTHENTICATE,
 * however framed), then the values themselves and their quoted-string and percent-encoded forms. The clients
 * image applies the same rules at the source (containers/clients/redact.py); this is the second line.
 */
public final class Redaction {
    public static final String USER = "[user]";
    public static final String PASSWORD = "[password]";
    public static final String BASE64 = "[redacted base64]";
    private static final Pattern BASE64_TOKEN = Pattern.compile("[A-Za-z0-9+/]{4,}={0,2}");

    private final List<byte[]> rawSecrets = new ArrayList<>();
    private final List<String[]> replacements = new ArrayList<>();

    private Redaction(String user, String password) {
        for (String[] secret : List.of(new String[] {password, PASSWORD}, new String[] {user, USER})) {
            rawSecrets.add(secret[0].getBytes(StandardCharsets.UTF_8));
            variants(secret[0]).forEach(v -> replacements.add(new String[] {v, secret[1]}));
        }
    }

    public static Redaction of(ClientJob job) {
        return new Redaction(job.user(), job.password());
    }

    public String apply(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Matcher m = BASE64_TOKEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decodesToSecret(m.group()) ? BASE64 : m.group()));
        }
        m.appendTail(out);
        String result = out.toString();
        for (String[] r : replacements) {
            result = result.replace(r[0], r[1]);
        }
        return result;
    }

    private boolean decodesToSecret(String token) {
        String padded = token + "=".repeat((4 - token.length() % 4) % 4);
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(padded);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return rawSecrets.stream().anyMatch(secret -> indexOf(decoded, secret) >= 0);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static List<String> variants(String value) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(value);
        forms.add(value.replace("\\", "\\\\").replace("\"", "\\\""));
        forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%40", "@"));
        List<String> sorted = new ArrayList<>(forms);
        sorted.removeIf(String::isEmpty);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }
}
