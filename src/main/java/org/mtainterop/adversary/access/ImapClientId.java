package org.mtainterop.adversary.access;

import java.util.List;
import java.util.Locale;

/** The client's name and version from its IMAP ID command (RFC 2971 §3.1), for naming it in reports. */
final class ImapClientId {
    private ImapClientId() {
    }

    /** "name version" from {@code ("name" "x" "version" "y" ...)}; null when NIL or absent. */
    static String of(String arguments) {
        List<String> items = ImapArguments.listItems(arguments.strip());
        String name = null;
        String version = null;
        for (int i = 0; i + 1 < items.size(); i += 2) {
            String key = ImapArguments.unquote(items.get(i)).toLowerCase(Locale.ROOT);
            String value = ImapArguments.unquote(items.get(i + 1));
            if (value.equalsIgnoreCase("NIL")) {
                continue;
            }
            if (key.equals("name")) {
                name = value;
            } else if (key.equals("version")) {
                version = value;
            }
        }
        if (name == null) {
            return null;
        }
        String id = version == null ? name : name + " " + version;
        return id.length() > 80 ? id.substring(0, 80) : id;
    }
}
