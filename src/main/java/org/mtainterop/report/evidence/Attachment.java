package org.mtainterop.report.evidence;

import java.nio.charset.StandardCharsets;

/** One piece of evidence for a report: a name, a media type and the bytes. */
public record Attachment(String name, String mediaType, byte[] content) {
    public static Attachment text(String name, String text) {
        return new Attachment(name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }
}
