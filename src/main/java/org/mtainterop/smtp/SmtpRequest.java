package org.mtainterop.smtp;

import java.util.Locale;

/**
 * One SMTP command (RFC 5321 §4.1): a verb and an optional argument, immutable. Built through the static
 * factories; the server side parses client lines with {@link #parse(String)}.
 */
public record SmtpRequest(String verb, String argument) {
    public SmtpRequest {
        verb = verb.toUpperCase(Locale.ROOT);
        argument = argument == null ? "" : argument;
        if (verb.isEmpty() || verb.indexOf(' ') >= 0 || argument.indexOf('\r') >= 0 || argument.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("not a single SMTP command: " + verb + " " + argument);
        }
    }

    public static SmtpRequest ehlo(String name) {
        return new SmtpRequest("EHLO", name);
    }

    public static SmtpRequest starttls() {
        return new SmtpRequest("STARTTLS", "");
    }

    /** {@code STARTTLS} with an argument, which RFC 3207 §4 does not allow (STARTTLS-02 sends it on purpose). */
    public static SmtpRequest starttlsWithArgument(String argument) {
        return new SmtpRequest("STARTTLS", argument);
    }

    public static SmtpRequest mailFrom(String reversePath) {
        return new SmtpRequest("MAIL", "FROM:<" + reversePath + ">");
    }

    public static SmtpRequest data() {
        return new SmtpRequest("DATA", "");
    }

    public static SmtpRequest noop() {
        return new SmtpRequest("NOOP", "");
    }

    public static SmtpRequest rset() {
        return new SmtpRequest("RSET", "");
    }

    public static SmtpRequest quit() {
        return new SmtpRequest("QUIT", "");
    }

    /** Parses one client line (without its CRLF); the verb is everything up to the first space. */
    public static SmtpRequest parse(String line) {
        String trimmed = line.strip();
        int space = trimmed.indexOf(' ');
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty command line");
        }
        return space < 0 ? new SmtpRequest(trimmed, "")
                : new SmtpRequest(trimmed.substring(0, space), trimmed.substring(space + 1).strip());
    }

    /** The command as it goes on the wire, CRLF-terminated. */
    public String encode() {
        return line() + "\r\n";
    }

    /** The command line without its CRLF (what a line connection sends and a transcript records). */
    public String line() {
        return argument.isEmpty() ? verb : verb + " " + argument;
    }

    public boolean is(String otherVerb) {
        return verb.equalsIgnoreCase(otherVerb);
    }
}
