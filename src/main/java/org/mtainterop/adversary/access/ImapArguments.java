package org.mtainterop.adversary.access;

import java.util.ArrayList;
import java.util.List;

/**
 * The small part of IMAP syntax (RFC 9051 §9) the server needs to read arguments: top-level tokens (atoms,
 * quoted strings, parenthesised lists, bracketed sections kept whole), unquoting, and sequence sets.
 */
final class ImapArguments {
    private ImapArguments() {
    }

    /** Splits at spaces that are outside quotes, parentheses and brackets. */
    static List<String> split(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                current.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    current.append(text.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    current.append(c);
                }
                case '(', '[' -> {
                    depth++;
                    current.append(c);
                }
                case ')', ']' -> {
                    depth = Math.max(0, depth - 1);
                    current.append(c);
                }
                case ' ' -> {
                    if (depth == 0) {
                        if (current.length() > 0) {
                            tokens.add(current.toString());
                            current.setLength(0);
                        }
                    } else {
                        current.append(c);
                    }
                }
                default -> current.append(c);
            }
        }
        if (current.length() > 0) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    /** A quoted string's content, or the atom itself. */
    static String unquote(String token) {
        if (token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")) {
            return token.substring(1, token.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return token;
    }

    /** The items of a parenthesised list, or the token alone. */
    static List<String> listItems(String token) {
        String t = token.strip();
        return t.startsWith("(") && t.endsWith(")") ? split(t.substring(1, t.length() - 1)) : List.of(t);
    }

    /** Whether {@code value} is in the sequence set (RFC 9051 §9 sequence-set), "*" standing for {@code largest}. */
    static boolean contains(String set, long value, long largest) {
        if (largest < 1) {
            return false;
        }
        for (String part : set.split(",")) {
            String[] ends = part.split(":", 2);
            try {
                long a = bound(ends[0], largest);
                long b = ends.length > 1 ? bound(ends[1], largest) : a;
                if (value >= Math.min(a, b) && value <= Math.max(a, b)) {
                    return true;
                }
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    private static long bound(String text, long largest) {
        return text.equals("*") ? largest : Long.parseLong(text);
    }

    /** A quoted IMAP string for {@code text} (the server's own texts only). */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
