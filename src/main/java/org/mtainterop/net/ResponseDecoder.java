package org.mtainterop.net;

import java.util.Optional;

/**
 * An incremental decoder of one protocol's server responses (SMTP replies, IMAP responses, POP3 answers),
 * fed one byte at a time so that nothing past a response's end is consumed (at STARTTLS the next bytes
 * belong to TLS). Implementations bound line length, response size and line count.
 */
public interface ResponseDecoder<T> {

    /** Consumes one byte; returns the response this byte completes, if any. */
    Optional<T> accept(byte b) throws ProtocolViolation;

    /** True when part of a response has been read: the server stopped in the middle of one. */
    boolean inProgress();

    /** What has been read of the current line so far (for error messages). */
    String currentLine();
}
