package org.mtainterop.path;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * The one test message of a pair: from operator A's test mailbox to operator B's, tagged so that it is found (and
 * only it is deleted) in B's mailbox. It carries no Received field of its own: every Received field B's copy has was
 * added by the operators' servers.
 *
 * @param tag the value of {@link #TAG_HEADER}, unique per pair and run
 */
public record PathMessage(String sender, String receiver, String from, String to, String tag) {
    public static final String TAG_HEADER = "X-Mta-Interop-Path";

    public static PathMessage between(String sender, String receiver, String from, String to) {
        return new PathMessage(sender, receiver, from, to, "path-" + UUID.randomUUID());
    }

    public String messageId() {
        return "<" + tag + "@path.mta-interop.test>";
    }

    /** The message as submitted: header and a short body, CRLF lines, none starting with a dot. */
    public String text(ZonedDateTime now) {
        return "From: <" + from + ">\r\n"
                + "To: <" + to + ">\r\n"
                + "Subject: mta-interop path test " + sender + " -> " + receiver + "\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).format(now) + "\r\n"
                + "Message-ID: " + messageId() + "\r\n"
                + TAG_HEADER + ": " + tag + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=us-ascii\r\n"
                + "\r\n"
                + "A test message of mta-interop's path check (PATH-01..03): its Received fields show whether every\r\n"
                + "hop from " + sender + " to " + receiver + " used TLS and lay in the declared networks. It is deleted\r\n"
                + "from the test mailbox after reading (unless the run was told --keep).\r\n";
    }
}
