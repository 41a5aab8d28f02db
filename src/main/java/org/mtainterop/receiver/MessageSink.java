package org.mtainterop.receiver;

import java.util.List;

/** Where a receiver puts each message it has accepted (after the final "." and before its 250). */
public interface MessageSink {

    /**
     * Stores one accepted message. Throwing makes the receiver answer 451 (RFC 5321 §4.2.3, local error).
     *
     * @param envelopeFrom   the MAIL FROM reverse-path without brackets; empty for the null sender {@code <>}
     * @param recipients     the accepted RCPT TO forward-paths, in order
     * @param rfc5322Message the message, dot-unstuffed, CRLF line endings, with the receiver's Received line first
     * @param overTls        whether the whole transaction ran inside TLS
     */
    void deliver(String envelopeFrom, List<String> recipients, byte[] rfc5322Message, boolean overTls);
}
