package org.mtainterop.sender;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/** The message the harness relays through a sender: envelope, and a Message-ID the receiver can recognise. */
public record TestMessage(String envelopeFrom, String recipient, String messageId, String subject) {

    public static TestMessage create(String envelopeFrom, String recipient, String subject) {
        return new TestMessage(envelopeFrom, recipient, "<" + UUID.randomUUID() + "@mta-interop.test>", subject);
    }

    /** RFC 5322 text with CRLF line endings, 7-bit. */
    public String rfc5322() {
        return "From: <" + envelopeFrom + ">\r\n"
                + "To: <" + recipient + ">\r\n"
                + "Subject: " + subject + "\r\n"
                + "Message-ID: " + messageId + "\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).format(ZonedDateTime.now()) + "\r\n"
                + "\r\n"
                + "mta-interop outbound test message. It carries no data of value.\r\n";
    }

    public byte[] bytes() {
        return rfc5322().getBytes(StandardCharsets.US_ASCII);
    }
}
