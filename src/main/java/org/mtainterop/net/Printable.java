package org.mtainterop.net;

import java.nio.charset.StandardCharsets;

/** Renders bytes from the wire for humans: printable ASCII as is, everything else escaped. */
public final class Printable {
    private Printable() {
    }

    public static String escape(byte[] bytes, int offset, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = offset; i < offset + length; i++) {
            int b = bytes[i] & 0xff;
            switch (b) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (b >= 0x20 && b < 0x7f) {
                        out.append((char) b);
                    } else {
                        out.append(String.format("\\x%02x", b));
                    }
                }
            }
        }
        return out.toString();
    }

    public static String escape(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return escape(bytes, 0, bytes.length);
    }

    /** Escaped and cut to {@code max} characters, with a marker saying how much was cut. */
    public static String excerpt(String text, int max) {
        String escaped = escape(text);
        if (escaped.length() <= max) {
            return escaped;
        }
        return escaped.substring(0, max) + "…(" + (escaped.length() - max) + " more)";
    }
}
