package org.mtainterop.smtp;

import java.util.List;

/** One SMTP reply (RFC 5321 §4.2): a three-digit code and one or more text lines, immutable. */
public record SmtpReply(int code, List<String> lines) {
    public SmtpReply {
        if (code < 200 || code > 599) {
            throw new IllegalArgumentException("reply code out of range: " + code);
        }
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            lines = List.of("");
        }
    }

    public static SmtpReply of(int code, String... lines) {
        return new SmtpReply(code, List.of(lines));
    }

    public boolean isPositiveCompletion() {
        return code / 100 == 2;
    }

    public boolean isPermanentNegative() {
        return code / 100 == 5;
    }

    public boolean isMultiline() {
        return lines.size() > 1;
    }

    public String firstLine() {
        return lines.get(0);
    }

    /** "250 text" for one line, the first line plus a count for many: for messages, not for parsing. */
    public String brief() {
        String first = code + " " + firstLine();
        return lines.size() == 1 ? first : first + " (+" + (lines.size() - 1) + " lines)";
    }

    /** The reply as it goes on the wire, CRLF-terminated; the server side of the codec uses this. */
    public String encode() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(code).append(i == lines.size() - 1 ? ' ' : '-').append(lines.get(i)).append("\r\n");
        }
        return out.toString();
    }
}
