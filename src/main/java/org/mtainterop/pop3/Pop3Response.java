package org.mtainterop.pop3;

import java.util.List;
import org.mtainterop.net.Printable;

/**
 * One POP3 answer (RFC 1939 §3): {@code +OK} or {@code -ERR} and the rest of the status line, and for a
 * multi-line answer (CAPA, RFC 2449) its lines, dot-stuffing removed and the final "." not included.
 */
public record Pop3Response(boolean ok, String text, List<String> lines) {
    public Pop3Response {
        lines = List.copyOf(lines);
    }

    public String brief() {
        return Printable.excerpt((ok ? "+OK" : "-ERR") + (text.isEmpty() ? "" : " " + text), 200);
    }
}
