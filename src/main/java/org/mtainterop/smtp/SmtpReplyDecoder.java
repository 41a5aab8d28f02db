package org.mtainterop.smtp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Incremental decoder of SMTP replies from the bytes a server sends, in whatever pieces they arrive.
 * Handles multi-line replies, replies split across reads, bare-LF endings; refuses malformed lines,
 * lines longer than {@code maxLineLength}, replies larger than {@code maxReplyBytes} or with more than
 * {@code maxReplyLines} lines (a hostile or broken server must not exhaust memory).
 */
public final class SmtpReplyDecoder {
    private final int maxLineLength;
    private final int maxReplyBytes;
    private final int maxReplyLines;
    private final byte[] line;
    private int lineLength;
    private int replyBytes;
    private int pendingCode = -1;
    private final List<String> pendingLines = new ArrayList<>();

    public SmtpReplyDecoder(int maxLineLength, int maxReplyBytes, int maxReplyLines) {
        this.maxLineLength = maxLineLength;
        this.maxReplyBytes = maxReplyBytes;
        this.maxReplyLines = maxReplyLines;
        this.line = new byte[maxLineLength + 2];
    }

    /**
     * Consumes one byte; returns a reply when this byte completes one. Byte-at-a-time keeps the decoder from
     * reading past a reply's end, which matters at STARTTLS: bytes after the 220 belong to TLS, not to us.
     */
    public Optional<SmtpReply> accept(byte b) throws SmtpProtocolException {
        replyBytes++;
        if (replyBytes > maxReplyBytes) {
            throw new SmtpProtocolException("reply larger than " + maxReplyBytes + " bytes", currentLine());
        }
        if (b == '\n') {
            int end = lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
            String text = new String(line, 0, end, StandardCharsets.ISO_8859_1);
            lineLength = 0;
            return completeLine(text);
        }
        if (lineLength >= maxLineLength + 1) {
            throw new SmtpProtocolException("reply line longer than " + maxLineLength + " bytes", currentLine());
        }
        line[lineLength++] = b;
        return Optional.empty();
    }

    /** True when part of a reply has been read: the server stopped in the middle of one. */
    public boolean inProgress() {
        return lineLength > 0 || pendingCode >= 0;
    }

    /** What has been read of the current line so far (for error messages). */
    public String currentLine() {
        return new String(line, 0, Math.min(lineLength, 200), StandardCharsets.ISO_8859_1);
    }

    private Optional<SmtpReply> completeLine(String text) throws SmtpProtocolException {
        if (text.length() < 3 || !isDigits(text)) {
            throw new SmtpProtocolException("malformed reply line", text);
        }
        int code = Integer.parseInt(text.substring(0, 3));
        if (code < 200 || code > 599) {
            throw new SmtpProtocolException("reply code out of range", text);
        }
        char separator = text.length() == 3 ? ' ' : text.charAt(3);
        if (separator != ' ' && separator != '-') {
            throw new SmtpProtocolException("malformed reply line", text);
        }
        if (pendingCode >= 0 && pendingCode != code) {
            throw new SmtpProtocolException("multi-line reply changed its code from " + pendingCode, text);
        }
        pendingCode = code;
        pendingLines.add(text.length() > 4 ? text.substring(4) : "");
        if (pendingLines.size() > maxReplyLines) {
            throw new SmtpProtocolException("reply has more than " + maxReplyLines + " lines", text);
        }
        if (separator == '-') {
            return Optional.empty();
        }
        SmtpReply reply = new SmtpReply(code, pendingLines);
        pendingLines.clear();
        pendingCode = -1;
        replyBytes = 0;
        return Optional.of(reply);
    }

    private static boolean isDigits(String text) {
        return Character.isDigit(text.charAt(0)) && Character.isDigit(text.charAt(1))
                && Character.isDigit(text.charAt(2));
    }
}
