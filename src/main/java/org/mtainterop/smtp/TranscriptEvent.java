package org.mtainterop.smtp;

import java.time.Duration;
import java.time.Instant;

/** One line of a conversation: who said it, when, and what (already escaped and redacted). */
public record TranscriptEvent(Instant at, Direction direction, String text) {

    /** C: the client (harness or peer), S: the server, TLS: handshake facts, NOTE: what the harness did. */
    public enum Direction {
        CLIENT("C"), SERVER("S"), TLS("TLS"), NOTE("*");

        private final String prefix;

        Direction(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    public String render(Instant start) {
        long ms = Duration.between(start, at).toMillis();
        return String.format("%6d ms %-3s %s", ms, direction.prefix(), text);
    }
}
