package org.mtainterop.smtp;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mtainterop.net.Printable;

/**
 * The record of one SMTP conversation, as data (house rule 9). Non-printable bytes are escaped and SMTP
 * AUTH exchanges are redacted here, at the source, so no later layer can leak a credential: the AUTH
 * command keeps only its mechanism, and every line of the exchange that follows is replaced.
 */
public final class Transcript {
    static final String REDACTED = "<redacted>";
    private static final int MAX_EVENTS = 2_000;
    private static final int MAX_TEXT = 600;

    private final Clock clock;
    private final Instant start;
    private final List<TranscriptEvent> events = new ArrayList<>();
    private boolean authExchange;
    private int dropped;

    public Transcript() {
        this(Clock.systemUTC());
    }

    public Transcript(Clock clock) {
        this.clock = clock;
        this.start = clock.instant();
    }

    public synchronized void client(String line) {
        String text = stripCrlf(line);
        String upper = text.toUpperCase(Locale.ROOT);
        if (authExchange) {
            add(TranscriptEvent.Direction.CLIENT, REDACTED);
            return;
        }
        if (upper.startsWith("AUTH") && (upper.length() == 4 || Character.isWhitespace(upper.charAt(4)))) {
            String[] words = text.strip().split("\\s+"); // "AUTH " alone, or a tab, must not break redaction
            authExchange = true;
            add(TranscriptEvent.Direction.CLIENT, words.length < 2 ? "AUTH"
                    : "AUTH " + words[1] + (words.length > 2 ? " " + REDACTED : ""));
            return;
        }
        String[] words = text.strip().split("\\s+", 4);
        int verb = words.length > 1 && !words[0].isEmpty() && !isCredentialVerb(words[0]) ? 1 : 0; // IMAP: a tag first
        if (isCredentialVerb(words[verb]) && words.length > verb + 1) {
            // IMAP LOGIN / AUTHENTICATE, POP3 PASS / APOP (the harness sends none of them): keep the verb only,
            // and AUTHENTICATE's mechanism
            boolean mechanism = words[verb].equalsIgnoreCase("AUTHENTICATE");
            add(TranscriptEvent.Direction.CLIENT, String.join(" ", Arrays.copyOfRange(words, 0, verb + 1))
                    + (mechanism ? " " + words[verb + 1] : "") + (mechanism && words.length <= verb + 2 ? "" : " " + REDACTED));
            return;
        }
        add(TranscriptEvent.Direction.CLIENT, text);
    }

    private static boolean isCredentialVerb(String word) {
        return word.equalsIgnoreCase("LOGIN") || word.equalsIgnoreCase("AUTHENTICATE")
                || word.equalsIgnoreCase("PASS") || word.equalsIgnoreCase("APOP");
    }

    public synchronized void server(SmtpReply reply) {
        if (authExchange && reply.code() == 334) {
            add(TranscriptEvent.Direction.SERVER, "334 " + REDACTED);
            return;
        }
        authExchange = false;
        for (int i = 0; i < reply.lines().size(); i++) {
            char sep = i == reply.lines().size() - 1 ? ' ' : '-';
            add(TranscriptEvent.Direction.SERVER, reply.code() + String.valueOf(sep) + reply.lines().get(i));
        }
    }

    /**
     * A client line another protocol's code has already redacted (the access server's dialogues know their SASL
     * and literal state; this class knows only SMTP's): kept as given, escaped and bounded.
     */
    public synchronized void clientRedacted(String text) {
        add(TranscriptEvent.Direction.CLIENT, text);
    }

    /** Raw server bytes that are not a well-formed reply (kept, escaped, as evidence). */
    public synchronized void serverRaw(String text) {
        add(TranscriptEvent.Direction.SERVER, text);
    }

    public synchronized void tls(String text) {
        add(TranscriptEvent.Direction.TLS, text);
    }

    public synchronized void note(String text) {
        add(TranscriptEvent.Direction.NOTE, text);
    }

    public synchronized List<TranscriptEvent> events() {
        return List.copyOf(events);
    }

    public Instant start() {
        return start;
    }

    /** Plain text, one event per line, offsets in milliseconds from the start of the conversation. */
    public synchronized String render() {
        StringBuilder out = new StringBuilder();
        for (TranscriptEvent event : events) {
            out.append(event.render(start)).append('\n');
        }
        if (dropped > 0) {
            out.append("(").append(dropped).append(" further events not kept)\n");
        }
        return out.toString();
    }

    private void add(TranscriptEvent.Direction direction, String text) {
        if (events.size() >= MAX_EVENTS) {
            dropped++;
            return;
        }
        events.add(new TranscriptEvent(clock.instant(), direction, Printable.excerpt(text, MAX_TEXT)));
    }

    private static String stripCrlf(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }
}
