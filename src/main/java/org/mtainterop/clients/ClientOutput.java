package org.mtainterop.clients;

import java.util.regex.Pattern;

/**
 * Makes a client's output fit a report: terminal escape sequences (NeoMutt draws a screen) removed, CR LF as LF,
 * other control characters escaped as {@code \xNN}, and at most {@link #MAX_CHARS} characters, the middle left
 * out (the start says what was attempted, the end how it ended).
 */
public final class ClientOutput {
    public static final int MAX_CHARS = 6000;
    private static final int TAIL_CHARS = 2000;
    private static final Pattern TERMINAL_ESCAPES = Pattern.compile(
            "\u001b\\[[0-?]*[ -/]*[@-~]|\u001b[()][0-9A-Za-z]|\u001b[=>78]");

    private ClientOutput() {
    }

    public static String bounded(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String clean = escapeControls(TERMINAL_ESCAPES.matcher(text).replaceAll("").replace("\r\n", "\n"));
        if (clean.length() <= MAX_CHARS) {
            return clean;
        }
        int head = MAX_CHARS - TAIL_CHARS;
        return clean.substring(0, head) + "\n…(" + (clean.length() - MAX_CHARS) + " characters left out)…\n"
                + clean.substring(clean.length() - TAIL_CHARS);
    }

    private static String escapeControls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t' || c >= 0x20 && c != 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\x%02x", (int) c));
            }
        }
        return out.toString();
    }
}
