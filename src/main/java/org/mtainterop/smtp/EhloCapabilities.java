package org.mtainterop.smtp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The service extensions a server announced in its EHLO reply (RFC 5321 §4.1.1.1): the first line is the
 * greeting, every further line one keyword with optional parameters. Keywords are case-insensitive.
 */
public final class EhloCapabilities {
    private final String greeting;
    private final Map<String, List<String>> extensions;

    private EhloCapabilities(String greeting, Map<String, List<String>> extensions) {
        this.greeting = greeting;
        this.extensions = Collections.unmodifiableMap(extensions);
    }

    public static EhloCapabilities none() {
        return new EhloCapabilities("", new LinkedHashMap<>());
    }

    /** What an EHLO reply announced: nothing when there was no reply, or a refusal. */
    public static EhloCapabilities announcedIn(Optional<SmtpReply> ehloReply) {
        return ehloReply.filter(SmtpReply::isPositiveCompletion).map(EhloCapabilities::parse)
                .orElseGet(EhloCapabilities::none);
    }

    public static EhloCapabilities parse(SmtpReply ehloReply) {
        Map<String, List<String>> extensions = new LinkedHashMap<>();
        List<String> lines = ehloReply.lines();
        for (int i = 1; i < lines.size(); i++) {
            String[] words = lines.get(i).strip().split("[ =]+");
            if (words.length == 0 || words[0].isEmpty()) {
                continue;
            }
            String keyword = words[0].toUpperCase(Locale.ROOT);
            extensions.putIfAbsent(keyword, List.of(words).subList(1, words.length));
        }
        return new EhloCapabilities(lines.get(0), extensions);
    }

    public String greeting() {
        return greeting;
    }

    public boolean has(String keyword) {
        return extensions.containsKey(keyword.toUpperCase(Locale.ROOT));
    }

    public List<String> parameters(String keyword) {
        return extensions.getOrDefault(keyword.toUpperCase(Locale.ROOT), List.of());
    }

    public boolean offersStarttls() {
        return has("STARTTLS");
    }

    public Set<String> keywords() {
        return extensions.keySet();
    }

    @Override
    public String toString() {
        return String.join(" ", extensions.keySet());
    }
}
