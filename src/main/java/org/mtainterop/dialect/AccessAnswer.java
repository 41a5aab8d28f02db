package org.mtainterop.dialect;

/**
 * A server's answer to one command, protocol-neutral: accepted or not, and the answer as one line.
 *
 * @param busy the server turned the session away for now, in its greeting: SMTP {@code 421}, IMAP
 *             {@code * BYE}, POP3 {@code -ERR} (too many connections; worth a retry after a pause)
 */
public record AccessAnswer(boolean accepted, String brief, boolean busy) {
    public AccessAnswer(boolean accepted, String brief) {
        this(accepted, brief, false);
    }
}
