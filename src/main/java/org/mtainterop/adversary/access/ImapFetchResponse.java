package org.mtainterop.adversary.access;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The FETCH response for the one {@link DemoMessage} (RFC 9051 §6.4.5, §7.5.2): macros, UID, FLAGS, INTERNALDATE,
 * RFC822.SIZE, ENVELOPE, BODY and BODYSTRUCTURE, RFC822[.HEADER|.TEXT], and BODY[section]&lt;partial&gt; with
 * BODY.PEEK, sections "", HEADER, TEXT, 1, MIME, HEADER.FIELDS[.NOT]. Unknown items are left out rather than
 * failing the command: clients of the survey should finish.
 */
final class ImapFetchResponse {
    private static final Pattern SECTION = Pattern.compile(
            "(?i)(BODY(?:\\.PEEK)?|BINARY(?:\\.PEEK)?)\\[([^\\]]*)\\](?:<(\\d+)(?:\\.(\\d+))?>)?");

    /** What the response is, and whether it marked the message \Seen. */
    record Rendered(String wire, String transcript, boolean seenNow) {
    }

    private ImapFetchResponse() {
    }

    static Rendered render(List<String> requested, boolean uidCommand, Set<String> flags) {
        List<String> items = expand(requested);
        StringBuilder wire = new StringBuilder("* 1 FETCH (");
        StringBuilder shown = new StringBuilder("* 1 FETCH (");
        boolean seenNow = false;
        List<String> parts = new ArrayList<>();
        List<String> transcribed = new ArrayList<>();
        if (uidCommand && items.stream().noneMatch(i -> i.equalsIgnoreCase("UID"))) {
            items.add(0, "UID");
        }
        for (String item : items) {
            String upper = item.toUpperCase(Locale.ROOT);
            Matcher section = SECTION.matcher(item);
            if (section.matches()) {
                String name = section.group(1).toUpperCase(Locale.ROOT);
                String content = section(section.group(2).toUpperCase(Locale.ROOT));
                String origin = "";
                if (section.group(3) != null) {
                    int start = Math.min(content.length(), Integer.parseInt(section.group(3)));
                    int length = section.group(4) == null ? content.length() : Integer.parseInt(section.group(4));
                    content = content.substring(start, Math.min(content.length(), start + Math.max(0, length)));
                    origin = "<" + start + ">";
                }
                String label = name.replace(".PEEK", "") + "[" + section.group(2).toUpperCase(Locale.ROOT) + "]" + origin;
                seenNow |= !name.endsWith(".PEEK");
                parts.add(label + " " + literal(content));
                transcribed.add(label + " {" + length(content) + "} (content not transcribed)");
                continue;
            }
            String part = switch (upper) {
                case "UID" -> "UID " + DemoMessage.UID;
                case "FLAGS" -> "FLAGS (" + String.join(" ", flags) + ")";
                case "INTERNALDATE" -> "INTERNALDATE \"" + DemoMessage.INTERNAL_DATE + "\"";
                case "RFC822.SIZE" -> "RFC822.SIZE " + DemoMessage.SIZE;
                case "ENVELOPE" -> "ENVELOPE " + DemoMessage.ENVELOPE;
                case "BODY" -> "BODY " + DemoMessage.BODY_STRUCTURE;
                case "BODYSTRUCTURE" -> "BODYSTRUCTURE " + DemoMessage.BODY_STRUCTURE_EXTENDED;
                case "RFC822", "RFC822.HEADER", "RFC822.TEXT" -> upper + " " + literal(upper.equals("RFC822")
                        ? DemoMessage.TEXT : upper.equals("RFC822.HEADER") ? DemoMessage.HEADER : DemoMessage.BODY);
                default -> null;
            };
            if (part != null) {
                seenNow |= upper.equals("RFC822") || upper.equals("RFC822.TEXT");
                parts.add(part);
                transcribed.add(part.contains("\r\n") ? upper + " (content not transcribed)" : part);
            }
        }
        if (seenNow && !flags.contains("\\Seen") && items.stream().noneMatch(i -> i.equalsIgnoreCase("FLAGS"))) {
            Set<String> after = new LinkedHashSet<>(flags);
            after.add("\\Seen");
            parts.add("FLAGS (" + String.join(" ", after) + ")");
            transcribed.add("FLAGS (" + String.join(" ", after) + ")");
        }
        wire.append(String.join(" ", parts)).append(")\r\n");
        shown.append(String.join(" ", transcribed)).append(")");
        return new Rendered(wire.toString(), shown.toString(), seenNow);
    }

    /** ALL, FAST and FULL (RFC 9051 §6.4.5) into their items; other items as given. */
    private static List<String> expand(List<String> requested) {
        List<String> items = new ArrayList<>();
        for (String item : requested) {
            switch (item.toUpperCase(Locale.ROOT)) {
                case "ALL" -> items.addAll(List.of("FLAGS", "INTERNALDATE", "RFC822.SIZE", "ENVELOPE"));
                case "FAST" -> items.addAll(List.of("FLAGS", "INTERNALDATE", "RFC822.SIZE"));
                case "FULL" -> items.addAll(List.of("FLAGS", "INTERNALDATE", "RFC822.SIZE", "ENVELOPE", "BODY"));
                default -> items.add(item);
            }
        }
        return items;
    }

    private static String section(String spec) {
        if (spec.isEmpty()) {
            return DemoMessage.TEXT;
        }
        String s = spec.startsWith("1.") ? spec.substring(2) : spec;
        if (spec.equals("1") || s.equals("TEXT")) {
            return DemoMessage.BODY;
        }
        if (s.equals("HEADER")) {
            return DemoMessage.HEADER;
        }
        if (s.equals("MIME")) {
            return DemoMessage.headerFields(Set.of("CONTENT-TYPE", "CONTENT-TRANSFER-ENCODING"), false);
        }
        if (s.startsWith("HEADER.FIELDS")) {
            boolean not = s.startsWith("HEADER.FIELDS.NOT");
            int open = s.indexOf('(');
            Set<String> names = new HashSet<>();
            if (open >= 0) {
                ImapArguments.listItems(s.substring(open)).forEach(n -> names.add(ImapArguments.unquote(n)));
            }
            return DemoMessage.headerFields(names, not);
        }
        return "";
    }

    private static String literal(String content) {
        return "{" + length(content) + "}\r\n" + content;
    }

    private static int length(String content) {
        return content.getBytes(StandardCharsets.ISO_8859_1).length;
    }
}
