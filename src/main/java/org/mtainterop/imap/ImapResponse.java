package org.mtainterop.imap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mtainterop.net.Printable;

/**
 * One IMAP server response (RFC 9051 §7): tagged ({@code a1 OK ...}), untagged ({@code * CAPABILITY ...},
 * {@code * OK ...}) or a continuation request ({@code + ...}). {@code status} is OK, NO, BAD, PREAUTH or
 * BYE, or empty for untagged data (then {@code text} starts with the data's name). Literals are kept in
 * order, their place in {@code text} marked by the {@code {n}} the server wrote.
 */
public record ImapResponse(Kind kind, String tag, String status, String text, List<String> literals) {

    public enum Kind { TAGGED, UNTAGGED, CONTINUATION }

    public ImapResponse {
        literals = List.copyOf(literals);
    }

    public boolean isOk() {
        return "OK".equals(status);
    }

    public boolean isTagged(String expected) {
        return kind == Kind.TAGGED && tag.equals(expected);
    }

    /** The response code in brackets right after the status ({@code [CAPABILITY ...]}), if any. */
    public Optional<String> responseCode() {
        if (status.isEmpty() || !text.startsWith("[")) {
            return Optional.empty();
        }
        int close = text.indexOf(']');
        return close < 0 ? Optional.empty() : Optional.of(text.substring(1, close));
    }

    /**
     * The capabilities this response announces: untagged {@code CAPABILITY} data, or a
     * {@code [CAPABILITY ...]} response code (greetings and tagged OKs carry them, RFC 9051 §7.1).
     */
    public Optional<List<String>> capabilities() {
        String list = null;
        if (kind == Kind.UNTAGGED && status.isEmpty() && upper(text).startsWith("CAPABILITY")
                && (text.length() == 10 || text.charAt(10) == ' ')) {
            list = text.substring(10);
        } else if (responseCode().map(c -> upper(c).startsWith("CAPABILITY ")).orElse(false)) {
            list = responseCode().get().substring(11);
        }
        if (list == null) {
            return Optional.empty();
        }
        List<String> atoms = new ArrayList<>();
        for (String atom : list.strip().split("\\s+")) {
            if (!atom.isEmpty()) {
                atoms.add(upper(atom));
            }
        }
        return Optional.of(List.copyOf(atoms));
    }

    /** One line for reports: {@code a1 OK Begin TLS negotiation now.} */
    public String brief() {
        String head = switch (kind) {
            case TAGGED -> tag;
            case UNTAGGED -> "*";
            case CONTINUATION -> "+";
        };
        String body = (status.isEmpty() ? "" : status + (text.isEmpty() ? "" : " ")) + text;
        return Printable.excerpt(head + " " + body, 200);
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
