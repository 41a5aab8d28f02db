package org.mtainterop.adversary.access;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The one small message every mailbox of the access server holds, so that clients that list, fetch or retrieve
 * finish normally: RFC 5322, CRLF line endings, ASCII, one text part. Its IMAP ENVELOPE and BODYSTRUCTURE are
 * written out by hand (RFC 9051 §7.5.2).
 */
final class DemoMessage {
    static final String HEADER = "Return-Path: <sender@mta-interop.test>\r\n"
            + "From: mta-interop <sender@mta-interop.test>\r\n"
            + "To: user@mta-interop.test\r\n"
            + "Subject: mta-interop test message\r\n"
            + "Date: Mon, 01 Jan 2024 00:00:00 +0000\r\n"
            + "Message-ID: <1@mta-interop.test>\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=us-ascii\r\n"
            + "Content-Transfer-Encoding: 7bit\r\n"
            + "\r\n";
    static final String BODY = "This message is served by the mta-interop adversarial access server.\r\n"
            + "It is the only message in this mailbox.\r\n";
    static final String TEXT = HEADER + BODY;
    static final int SIZE = TEXT.getBytes(StandardCharsets.US_ASCII).length;
    static final int BODY_LINES = 2;
    static final long UID = 1;
    static final long UID_VALIDITY = 1;
    static final String INTERNAL_DATE = "01-Jan-2024 00:00:00 +0000";
    static final String UIDL = "mtainterop-1";

    static final String ENVELOPE = "(\"Mon, 01 Jan 2024 00:00:00 +0000\" \"mta-interop test message\" "
            + "((\"mta-interop\" NIL \"sender\" \"mta-interop.test\")) ((\"mta-interop\" NIL \"sender\" \"mta-interop.test\")) "
            + "((\"mta-interop\" NIL \"sender\" \"mta-interop.test\")) ((NIL NIL \"user\" \"mta-interop.test\")) "
            + "NIL NIL NIL \"<1@mta-interop.test>\")";
    static final String BODY_STRUCTURE = "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" "
            + BODY.length() + " " + BODY_LINES + ")";
    static final String BODY_STRUCTURE_EXTENDED = "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" "
            + BODY.length() + " " + BODY_LINES + " NIL NIL NIL NIL)";

    private DemoMessage() {
    }

    /** The header lines whose names are in {@code names} (upper case), or not in them, and the blank line. */
    static String headerFields(Set<String> names, boolean not) {
        StringBuilder out = new StringBuilder();
        for (String line : HEADER.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && names.contains(line.substring(0, colon).toUpperCase(Locale.ROOT)) != not) {
                out.append(line).append("\r\n");
            }
        }
        return out.append("\r\n").toString();
    }

    /** The message dot-stuffed for POP3 (RFC 1939 §3), the header and {@code bodyLines} body lines (all if negative). */
    static String dotStuffed(int bodyLines) {
        StringBuilder out = new StringBuilder(HEADER.length() + BODY.length() + 16);
        for (String line : HEADER.split("\r\n")) {
            out.append(line.startsWith(".") ? "." : "").append(line).append("\r\n");
        }
        out.append("\r\n");
        String[] body = BODY.split("\r\n");
        for (int i = 0; i < body.length && (bodyLines < 0 || i < bodyLines); i++) {
            out.append(body[i].startsWith(".") ? "." : "").append(body[i]).append("\r\n");
        }
        return out.toString();
    }
}
