package org.mtainterop.imap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.net.ProtocolViolation;
import org.mtainterop.net.ResponseDecoder;

/**
 * Incremental decoder of IMAP responses (RFC 9051 §2.2.2, §7), fed the bytes a server sends in whatever
 * pieces they arrive. Understands tagged, untagged and continuation responses and literals {@code {n}}
 * (a response continues after the literal's bytes on the next line). Refuses lines longer than
 * {@code maxLineLength}, literals larger than {@code maxLiteral}, responses larger than
 * {@code maxResponseBytes} or with more than {@code maxLiterals} literals, and malformed lines.
 */
public final class ImapResponseDecoder implements ResponseDecoder<ImapResponse> {
    private static final Pattern LITERAL = Pattern.compile("\\{(\\d{1,10})\\+?}$");
    private static final Pattern TAG = Pattern.compile("[\\x21-\\x7e&&[^(){ %*\"\\\\+\\]]]+");
    private static final Set<String> STATUS = Set.of("OK", "NO", "BAD", "PREAUTH", "BYE");
    private final int maxLineLength;
    private final int maxResponseBytes;
    private final int maxLiteral;
    private final int maxLiterals;
    private final byte[] line;
    private int lineLength;
    private int responseBytes;
    private long literalRemaining;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder literal = new StringBuilder();
    private final List<String> literals = new ArrayList<>();

    public ImapResponseDecoder(int maxLineLength, int maxResponseBytes, int maxLiteral, int maxLiterals) {
        this.maxLineLength = maxLineLength;
        this.maxResponseBytes = maxResponseBytes;
        this.maxLiteral = maxLiteral;
        this.maxLiterals = maxLiterals;
        this.line = new byte[maxLineLength + 2];
    }

    /** The limits of {@link org.mtainterop.net.NetworkLimits}: a literal may take at most the whole response budget. */
    public static ImapResponseDecoder within(NetworkLimits limits) {
        return new ImapResponseDecoder(limits.maxLineLength(), limits.maxReplyBytes(), limits.maxReplyBytes(),
                limits.maxReplyLines());
    }

    @Override
    public Optional<ImapResponse> accept(byte b) throws ProtocolViolation {
        if (++responseBytes > maxResponseBytes) {
            throw new ProtocolViolation("response larger than " + maxResponseBytes + " bytes", currentLine());
        }
        if (literalRemaining > 0) {
            literal.append((char) (b & 0xff));
            if (--literalRemaining == 0) {
                literals.add(literal.toString());
                literal.setLength(0);
            }
            return Optional.empty();
        }
        if (b == '\n') {
            int end = lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
            String complete = new String(line, 0, end, StandardCharsets.ISO_8859_1);
            lineLength = 0;
            return completeLine(complete);
        }
        if (lineLength >= maxLineLength + 1) {
            throw new ProtocolViolation("response line longer than " + maxLineLength + " bytes", currentLine());
        }
        line[lineLength++] = b;
        return Optional.empty();
    }

    @Override
    public boolean inProgress() {
        return lineLength > 0 || !text.isEmpty() || literalRemaining > 0;
    }

    @Override
    public String currentLine() {
        return new String(line, 0, Math.min(lineLength, 200), StandardCharsets.ISO_8859_1);
    }

    private Optional<ImapResponse> completeLine(String complete) throws ProtocolViolation {
        text.append(complete);
        Matcher m = LITERAL.matcher(complete);
        if (m.find()) {
            long size = Long.parseLong(m.group(1));
            if (size > maxLiteral) {
                throw new ProtocolViolation("literal of " + size + " bytes, more than " + maxLiteral, complete);
            }
            if (literals.size() >= maxLiterals) {
                throw new ProtocolViolation("response has more than " + maxLiterals + " literals", complete);
            }
            if (size == 0) {
                literals.add("");
            }
            literalRemaining = size;
            return Optional.empty();
        }
        ImapResponse response = parse(text.toString());
        text.setLength(0);
        List<String> kept = List.copyOf(literals);
        literals.clear();
        responseBytes = 0;
        return Optional.of(new ImapResponse(response.kind(), response.tag(), response.status(), response.text(), kept));
    }

    private static ImapResponse parse(String all) throws ProtocolViolation {
        if (all.startsWith("+")) {
            return new ImapResponse(ImapResponse.Kind.CONTINUATION, "+", "", all.length() > 1 ? all.substring(1).strip() : "",
                    List.of());
        }
        int space = all.indexOf(' ');
        if (space <= 0) {
            throw new ProtocolViolation("malformed response line", all);
        }
        String tag = all.substring(0, space);
        String rest = all.substring(space + 1);
        int next = rest.indexOf(' ');
        String word = (next < 0 ? rest : rest.substring(0, next)).toUpperCase(Locale.ROOT);
        String after = next < 0 ? "" : rest.substring(next + 1);
        if (tag.equals("*")) {
            if (rest.isEmpty()) {
                throw new ProtocolViolation("untagged response without content", all);
            }
            return STATUS.contains(word)
                    ? new ImapResponse(ImapResponse.Kind.UNTAGGED, "*", word, after, List.of())
                    : new ImapResponse(ImapResponse.Kind.UNTAGGED, "*", "", rest, List.of());
        }
        if (!TAG.matcher(tag).matches()) {
            throw new ProtocolViolation("malformed tag", all);
        }
        if (!word.equals("OK") && !word.equals("NO") && !word.equals("BAD")) {
            throw new ProtocolViolation("tagged response without OK, NO or BAD", all);
        }
        return new ImapResponse(ImapResponse.Kind.TAGGED, tag, word, after, List.of());
    }
}
