package org.mtainterop.pop3;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.net.ProtocolViolation;
import org.mtainterop.net.ResponseDecoder;

/**
 * Incremental decoder of POP3 answers. POP3 does not say in an answer whether more lines follow: the
 * command does (RFC 1939 §3), so the caller says which shape it expects with {@link #expectMultiLine}
 * before reading. A multi-line answer follows only a {@code +OK}, ends with a line holding a single
 * "." and has dot-stuffed lines un-stuffed. Refuses lines longer than {@code maxLineLength}, answers
 * larger than {@code maxResponseBytes} or longer than {@code maxLines} lines, and status lines that are
 * neither {@code +OK} nor {@code -ERR}.
 */
public final class Pop3ResponseDecoder implements ResponseDecoder<Pop3Response> {
    private final int maxLineLength;
    private final int maxResponseBytes;
    private final int maxLines;
    private final byte[] line;
    private int lineLength;
    private int responseBytes;
    private boolean multiLine;
    private Boolean statusOk;
    private String statusText;
    private final List<String> lines = new ArrayList<>();

    public Pop3ResponseDecoder(int maxLineLength, int maxResponseBytes, int maxLines) {
        this.maxLineLength = maxLineLength;
        this.maxResponseBytes = maxResponseBytes;
        this.maxLines = maxLines;
        this.line = new byte[maxLineLength + 2];
    }

    public static Pop3ResponseDecoder within(NetworkLimits limits) {
        return new Pop3ResponseDecoder(limits.maxLineLength(), limits.maxReplyBytes(), limits.maxReplyLines());
    }

    /** Whether the next answer, if positive, has a multi-line body (CAPA: yes; STLS, USER, QUIT: no). */
    public Pop3ResponseDecoder expectMultiLine(boolean expected) {
        if (inProgress()) {
            throw new IllegalStateException("an answer is being read");
        }
        this.multiLine = expected;
        return this;
    }

    @Override
    public Optional<Pop3Response> accept(byte b) throws ProtocolViolation {
        if (++responseBytes > maxResponseBytes) {
            throw new ProtocolViolation("answer larger than " + maxResponseBytes + " bytes", currentLine());
        }
        if (b == '\n') {
            int end = lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
            String text = new String(line, 0, end, StandardCharsets.ISO_8859_1);
            lineLength = 0;
            return completeLine(text);
        }
        if (lineLength >= maxLineLength + 1) {
            throw new ProtocolViolation("answer line longer than " + maxLineLength + " bytes", currentLine());
        }
        line[lineLength++] = b;
        return Optional.empty();
    }

    @Override
    public boolean inProgress() {
        return lineLength > 0 || statusOk != null;
    }

    @Override
    public String currentLine() {
        return new String(line, 0, Math.min(lineLength, 200), StandardCharsets.ISO_8859_1);
    }

    private Optional<Pop3Response> completeLine(String text) throws ProtocolViolation {
        if (statusOk == null) {
            if (text.equals("+OK") || text.startsWith("+OK ")) {
                statusOk = true;
                statusText = text.length() > 4 ? text.substring(4) : "";
            } else if (text.equals("-ERR") || text.startsWith("-ERR ")) {
                statusOk = false;
                statusText = text.length() > 5 ? text.substring(5) : "";
            } else {
                throw new ProtocolViolation("malformed status line (neither +OK nor -ERR)", text);
            }
            return statusOk && multiLine ? Optional.empty() : Optional.of(finish());
        }
        if (text.equals(".")) {
            return Optional.of(finish());
        }
        lines.add(text.startsWith(".") ? text.substring(1) : text);
        if (lines.size() > maxLines) {
            throw new ProtocolViolation("multi-line answer longer than " + maxLines + " lines", text);
        }
        return Optional.empty();
    }

    private Pop3Response finish() {
        Pop3Response response = new Pop3Response(statusOk, statusText, lines);
        statusOk = null;
        statusText = null;
        lines.clear();
        responseBytes = 0;
        multiLine = false;
        return response;
    }
}
