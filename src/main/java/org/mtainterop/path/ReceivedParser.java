package org.mtainterop.path;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mtainterop.operators.HostNames;
import org.mtainterop.operators.SenderPattern;
import org.mtainterop.policy.Reason;

/**
 * Reads one Received field value (unfolded) into a {@link ReceivedHop}: RFC 5321 §4.4's Stamp
 * ({@code FROM} Extended-Domain, {@code BY} Extended-Domain, optional {@code VIA}, {@code WITH}, {@code ID},
 * {@code FOR}, then {@code ;} and the date), with comments anywhere, and the TLS statements of the common servers:
 * <ul>
 *   <li>Postfix {@code (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) …)} (also Dovecot LMTP)</li>
 *   <li>Exim {@code with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384}, older {@code (TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256)}</li>
 *   <li>OpenSMTPD 7 {@code (TLSv1.3:TLS_AES_256_GCM_SHA384:256:NO)}, older {@code (version=TLSv1.2 cipher=… bits=256 verify=NO)}</li>
 * </ul>
 * Linear in the input, bounded ({@link #MAX_FIELD} characters, comments nested at most {@link #MAX_DEPTH} deep);
 * what does not fit the grammar is {@link ReceivedHop.Transport#UNPARSEABLE} with the reason (a message key, the
 * field's words quoted as facts), never guessed.
 */
public final class ReceivedParser {
    public static final int MAX_FIELD = 8192;
    static final int MAX_DEPTH = 8;
    /** RFC 3848, RFC 6531 §3.7.4 and RFC 8314 §4.3 (the IANA "Mail Transmission Types" registry): S means TLS. */
    private static final Set<String> TLS_TYPES = Set.of("ESMTPS", "ESMTPSA", "LMTPS", "LMTPSA", "UTF8SMTPS",
            "UTF8SMTPSA", "UTF8LMTPS", "UTF8LMTPSA");
    private static final Set<String> CLEAR_TYPES = Set.of("SMTP", "ESMTP", "ESMTPA", "LMTP", "LMTPA", "UTF8SMTP",
            "UTF8SMTPA", "UTF8LMTP", "UTF8LMTPA");
    /** Exim's types for mail that did not come over a network ({@code -bs}, {@code -bS}, command line). */
    private static final Set<String> LOCAL_TYPES = Set.of("LOCAL", "LOCAL-SMTP", "LOCAL-ESMTP", "LOCAL-BSMTP");
    private static final Set<String> KEYWORDS = Set.of("from", "by", "via", "with", "id", "for");
    private static final Pattern POSTFIX_TLS = Pattern.compile(
            "\\busing (TLSv1(?:\\.[0-3])?|SSLv[23]) with cipher ([A-Za-z0-9_-]+)");
    private static final Pattern OPENSMTPD_TLS = Pattern.compile("^(TLSv1(?:\\.[0-3])?):([A-Za-z0-9_-]+):\\d+");
    private static final Pattern OLD_OPENSMTPD_TLS = Pattern.compile(
            "\\bversion=(TLSv1(?:\\.[0-3])?) cipher=([A-Za-z0-9_-]+)");
    private static final Pattern EXIM_TLS = Pattern.compile("^TLS(?:v)?(1(?:\\.[0-3])?)(?::([A-Za-z0-9_-]+))?");
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("\\[(?:IPv6:)?([0-9A-Fa-f:.]+)]");

    private ReceivedParser() {
    }

    /** One item of the stamp: a word, or a comment's text (outer parentheses removed). */
    private record Item(String text, boolean comment) {
    }

    /** A clause: its keyword, the word after it, and what follows until the next keyword. */
    private static final class Clause {
        final String keyword;
        String value;
        final List<Item> rest = new ArrayList<>();

        Clause(String keyword) {
            this.keyword = keyword;
        }
    }

    public static ReceivedHop parse(int index, String value) {
        if (value.length() > MAX_FIELD) {
            return ReceivedHop.unparseable(index, value, Reason.of("ReceivedParser.tooLong", MAX_FIELD));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f || c == '\uFFFD') {
                return ReceivedHop.unparseable(index, value, c == '\uFFFD' ? Reason.of("ReceivedParser.brokenEncoding")
                        : Reason.of("ReceivedParser.controlCharacter", String.format(Locale.ROOT, "%04X", (int) c), i));
            }
        }
        int semicolon = lastTopLevelSemicolon(value);
        if (semicolon == -2) {
            return ReceivedHop.unparseable(index, value, Reason.of("ReceivedParser.unbalanced", MAX_DEPTH));
        }
        if (semicolon < 0) {
            return ReceivedHop.unparseable(index, value, Reason.of("ReceivedParser.noSemicolon"));
        }
        List<Item> items = items(value.substring(0, semicolon));
        Map<String, Clause> clauses = new LinkedHashMap<>();
        Clause current = null;
        for (Item item : items) {
            String lower = item.text().toLowerCase(Locale.ROOT);
            if (!item.comment() && KEYWORDS.contains(lower) && (current == null || current.value != null)) {
                current = new Clause(lower);
                if (clauses.put(lower, current) != null) {
                    return ReceivedHop.unparseable(index, value, Reason.of("ReceivedParser.twoClauses",
                            lower.toUpperCase(Locale.ROOT)));
                }
            } else if (current == null) {
                if (item.comment()) {
                    continue;
                }
                return ReceivedHop.unparseable(index, value, Reason.of("ReceivedParser.startsWith", clip(item.text())));
            } else if (current.value == null && !item.comment()) {
                current.value = item.text();
            } else {
                current.rest.add(item);
            }
        }
        for (Clause c : clauses.values()) {
            if (c.value == null) {
                return ReceivedHop.unparseable(index, value, Reason.of("ReceivedParser.noValue",
                        c.keyword.toUpperCase(Locale.ROOT)));
            }
        }
        Clause by = clauses.get("by");
        if (by == null) {
            return ReceivedHop.unparseable(index, value, Reason.of("ReceivedParser.noBy"));
        }
        if (!isDomainOrLiteral(by.value)) {
            return ReceivedHop.unparseable(index, value, Reason.of("ReceivedParser.notDomain", "BY", clip(by.value)));
        }
        Clause from = clauses.get("from");
        Optional<String> fromName = Optional.empty();
        Optional<String> fromAddress = Optional.empty();
        if (from != null) {
            if (!isDomainOrLiteral(from.value)) {
                return ReceivedHop.unparseable(index, value, Reason.of("ReceivedParser.notDomain", "FROM", clip(from.value)));
            }
            fromName = Optional.of(from.value);
            Set<String> addresses = new LinkedHashSet<>();
            for (Item i : from.rest) {
                if (i.comment()) {
                    Matcher m = ADDRESS_LITERAL.matcher(i.text());
                    while (m.find()) {
                        addresses.add(m.group(1));
                    }
                }
            }
            if (addresses.isEmpty() && from.value.startsWith("[")) {
                Matcher m = ADDRESS_LITERAL.matcher(from.value);
                if (m.matches()) {
                    addresses.add(m.group(1));
                }
            }
            for (String a : addresses) {
                if (SenderPattern.addressLiteral(a).isEmpty()) {
                    return ReceivedHop.unparseable(index, value, Reason.of("ReceivedParser.notAddress", clip(a)));
                }
            }
            if (addresses.size() > 1) {
                return ReceivedHop.unparseable(index, value, Reason.of("ReceivedParser.severalAddresses",
                        addresses.size(), addresses.toString()));
            }
            fromAddress = addresses.stream().findFirst();
        }
        Optional<String> protocol = Optional.ofNullable(clauses.get("with")).map(c -> c.value);
        String[] tls = tlsStated(clauses.values());
        Optional<OffsetDateTime> date = date(value.substring(semicolon + 1));
        ReceivedHop.Transport transport;
        String type = protocol.map(p -> p.toUpperCase(Locale.ROOT)).orElse("");
        if (protocol.isEmpty()) {
            if (from != null) {
                return ReceivedHop.unparseable(index, value, Reason.of("ReceivedParser.noWith"));
            }
            transport = ReceivedHop.Transport.LOCAL; // "by host (Postfix, from userid 0)": pickup on the host itself
        } else if (TLS_TYPES.contains(type)) {
            transport = ReceivedHop.Transport.TLS;
        } else if (CLEAR_TYPES.contains(type)) {
            if (tls[0] != null) {
                return ReceivedHop.unparseable(index, value, Reason.of("ReceivedParser.inconsistent", protocol.get(),
                        tls[0]));
            }
            transport = ReceivedHop.Transport.CLEARTEXT;
        } else if (LOCAL_TYPES.contains(type) && from == null) {
            transport = ReceivedHop.Transport.LOCAL;
        } else {
            return ReceivedHop.unparseable(index, value, Reason.of("ReceivedParser.unknownType", clip(protocol.get())));
        }
        return new ReceivedHop(index, org.mtainterop.net.Printable.excerpt(value, 600), transport, fromName,
                fromAddress, Optional.of(by.value), protocol, Optional.ofNullable(tls[0]), Optional.ofNullable(tls[1]),
                date, Reason.NONE);
    }

    /** The TLS version and cipher stated in comments or in Exim's {@code tls CIPHER} words; nulls when none. */
    private static String[] tlsStated(Iterable<Clause> clauses) {
        String version = null;
        String cipher = null;
        for (Clause c : clauses) {
            for (int i = 0; i < c.rest.size(); i++) {
                Item item = c.rest.get(i);
                Matcher m;
                if (item.comment()) {
                    if ((m = POSTFIX_TLS.matcher(item.text())).find() || (m = OPENSMTPD_TLS.matcher(item.text())).find()
                            || (m = OLD_OPENSMTPD_TLS.matcher(item.text())).find()) {
                        version = normalised(m.group(1));
                        cipher = m.group(2);
                    } else if ((m = EXIM_TLS.matcher(item.text())).find()) {
                        version = "TLSv" + (m.group(1).contains(".") ? m.group(1) : m.group(1) + ".0");
                        cipher = m.group(2) != null ? m.group(2) : cipher;
                    }
                } else if (item.text().equalsIgnoreCase("tls") && i + 1 < c.rest.size() && !c.rest.get(i + 1).comment()) {
                    cipher = c.rest.get(i + 1).text();
                }
            }
        }
        return new String[] {version, cipher};
    }

    private static String normalised(String version) {
        return version.equals("TLSv1") ? "TLSv1.0" : version;
    }

    /** RFC 5322 date-time, comments and folding whitespace tolerated; empty when it is not one. */
    private static Optional<OffsetDateTime> date(String text) {
        String t = text.replaceAll("\\([^()]*\\)", " ").replaceAll("\\s+", " ").strip();
        try {
            return Optional.of(OffsetDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Index of the last ';' outside comments; -1 when none; -2 when parentheses do not balance. */
    private static int lastTopLevelSemicolon(String value) {
        int depth = 0;
        int last = -1;
        boolean escaped = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (escaped) {
                escaped = false;
            } else if (c == '\\' && depth > 0) {
                escaped = true;
            } else if (c == '(') {
                if (++depth > MAX_DEPTH) {
                    return -2;
                }
            } else if (c == ')') {
                if (--depth < 0) {
                    return -2;
                }
            } else if (c == ';' && depth == 0) {
                last = i;
            }
        }
        return depth == 0 ? last : -2;
    }

    /** Words and comments, in order (parentheses balance: checked before). */
    private static List<Item> items(String stamp) {
        List<Item> items = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        StringBuilder comment = new StringBuilder();
        int depth = 0;
        boolean escaped = false;
        for (int i = 0; i < stamp.length(); i++) {
            char c = stamp.charAt(i);
            if (depth > 0) {
                if (escaped) {
                    escaped = false;
                    comment.append(c);
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '(') {
                    depth++;
                    comment.append(c);
                } else if (c == ')' && --depth == 0) {
                    items.add(new Item(comment.toString().replaceAll("\\s+", " ").strip(), true));
                    comment.setLength(0);
                } else {
                    comment.append(c);
                }
            } else if (c == '(') {
                flush(word, items);
                depth = 1;
            } else if (Character.isWhitespace(c)) {
                flush(word, items);
            } else {
                word.append(c);
            }
        }
        flush(word, items);
        return items;
    }

    private static void flush(StringBuilder word, List<Item> items) {
        if (!word.isEmpty()) {
            items.add(new Item(word.toString(), false));
            word.setLength(0);
        }
    }

    private static boolean isDomainOrLiteral(String text) {
        if (text.startsWith("[") && text.endsWith("]")) {
            Matcher m = ADDRESS_LITERAL.matcher(text);
            return m.matches() && SenderPattern.addressLiteral(m.group(1)).isPresent();
        }
        String t = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return HostNames.isHostName(t) || t.matches("[A-Za-z0-9_-]+"); // a bare host name ("localhost", "mx")
    }

    private static String clip(String text) {
        return org.mtainterop.net.Printable.excerpt(text, 60);
    }
}
