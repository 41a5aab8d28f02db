package org.mtainterop.report;

/** Text made safe for HTML element content and attribute values. */
public final class HtmlText {
    private HtmlText() {
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
