package org.mtainterop.adversary.access;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One IMAP command as the server reads it (RFC 9051 §2.2.1, §4.3): tag, verb, and the arguments with every
 * literal read. Synchronising literals get their "+" continuation; literals over the cap are refused before a
 * byte is read (a synchronising one with a tagged BAD, a non-synchronising one by ending the session). Literal
 * content of LOGIN and AUTHENTICATE is never kept or transcribed; other small literals are inlined as quoted
 * strings so the argument parser sees one line.
 *
 * @param refusal why the command was refused while it was read (a literal too large), else null
 */
record ImapCommand(String tag, String verb, String arguments, String refusal) {
    private static final Pattern LITERAL_AT_END = Pattern.compile("\\{(\\d{1,12})(\\+?)\\}$");
    private static final Set<String> CREDENTIAL_VERBS = Set.of("LOGIN", "AUTHENTICATE");
    private static final int KEEP_LITERAL = 1024;

    /** How much argument text one command may gather across its literals' continuation lines. */
    private static final int MAX_COMMAND_TEXT = 64 * 1024;

    /**
     * A non-synchronising literal over the cap (its bytes are coming anyway), or a command that never ends (endless
     * literals, each followed by more text): the session ends.
     */
    static final class LiteralTooLargeException extends IOException {
        LiteralTooLargeException(String message) {
            super(message);
        }
    }

    /** Reads the rest of the command that starts with {@code firstLine}, and transcribes it redacted. */
    static ImapCommand read(byte[] firstLine, AccessConnection connection, AccessTranscript transcript, long maxLiteral)
            throws IOException {
        String line = new String(firstLine, StandardCharsets.ISO_8859_1);
        transcript.client(line);
        String[] head = line.strip().split("\\s+", 3);
        String tag = head[0];
        String verb = head.length > 1 ? head[1].toUpperCase(Locale.ROOT) : "";
        boolean credential = CREDENTIAL_VERBS.contains(verb);
        StringBuilder arguments = new StringBuilder(head.length > 2 ? head[2] : "");
        while (true) {
            Matcher literal = LITERAL_AT_END.matcher(line);
            if (!literal.find()) {
                return new ImapCommand(tag, verb, arguments.toString().strip(), null);
            }
            long size = Long.parseLong(literal.group(1));
            boolean synchronising = literal.group(2).isEmpty();
            if (size > maxLiteral) {
                if (!synchronising) {
                    throw new LiteralTooLargeException("non-synchronising literal of " + size + " bytes exceeds " + maxLiteral);
                }
                return new ImapCommand(tag, verb, "", "literal of " + size + " bytes exceeds " + maxLiteral);
            }
            if (synchronising) {
                transcript.server("+ Ready for literal data");
                connection.write("+ Ready for literal data\r\n");
            }
            byte[] kept = connection.readLiteral(size, credential ? 0 : KEEP_LITERAL);
            int marker = arguments.lastIndexOf("{");
            arguments.setLength(Math.max(0, marker));
            if (credential) {
                transcript.clientSecret();
                arguments.append("{").append(size).append("}");
            } else if (kept.length == size && printable(kept)) {
                String text = new String(kept, StandardCharsets.ISO_8859_1);
                transcript.client("(literal) " + text);
                arguments.append(ImapArguments.quote(text));
            } else {
                transcript.note("literal of " + size + " bytes (content not transcribed)");
                arguments.append("{").append(size).append("}");
            }
            byte[] next = connection.readLine();
            if (next == null) {
                throw new EOFException("connection closed inside a command with literals");
            }
            line = new String(next, StandardCharsets.ISO_8859_1);
            if (arguments.length() + line.length() > MAX_COMMAND_TEXT) {
                throw new LiteralTooLargeException("command with literals longer than " + MAX_COMMAND_TEXT + " bytes");
            }
            if (credential) {
                transcript.clientSecret(); // the rest of LOGIN's arguments: a password, perhaps
            } else {
                transcript.client(line);
            }
            arguments.append(line);
        }
    }

    private static boolean printable(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0x20 || b == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
