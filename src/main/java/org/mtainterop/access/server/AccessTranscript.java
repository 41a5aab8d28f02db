package org.mtainterop.access.server;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mtainterop.net.Printable;
import org.mtainterop.smtp.TranscriptEvent;

/**
 * The record of one access session as data (house rule 9): the same {@link TranscriptEvent}s as the SMTP
 * transcript, non-printables escaped, bounded in events and length. Client text arrives already redacted by the
 * dialogue that knows the protocol's state (SASL continuations, literals); {@link CredentialRedaction} runs
 * again here so a credential verb's arguments never land even if a dialogue forgot.
 */
final class AccessTranscript {
    private static final int MAX_EVENTS = 2_000;
    private static final int MAX_TEXT = 600;

    private final Clock clock = Clock.systemUTC();
    private final Instant start = clock.instant();
    private final boolean tagged;
    private final Set<String> knownVerbs;
    private final List<TranscriptEvent> events = new ArrayList<>();
    private int dropped;

    AccessTranscript(boolean tagged, Set<String> knownVerbs) {
        this.tagged = tagged;
        this.knownVerbs = knownVerbs;
    }

    synchronized void client(String redactedLine) {
        add(TranscriptEvent.Direction.CLIENT, CredentialRedaction.redact(redactedLine, tagged, knownVerbs));
    }

    /** A line that carried only a credential (a SASL response, a literal of LOGIN). */
    synchronized void clientSecret() {
        add(TranscriptEvent.Direction.CLIENT, CredentialRedaction.REDACTED);
    }

    synchronized void server(String line) {
        add(TranscriptEvent.Direction.SERVER, line);
    }

    synchronized void tls(String text) {
        add(TranscriptEvent.Direction.TLS, text);
    }

    synchronized void note(String text) {
        add(TranscriptEvent.Direction.NOTE, text);
    }

    synchronized List<TranscriptEvent> events() {
        return List.copyOf(events);
    }

    synchronized String render() {
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
}
