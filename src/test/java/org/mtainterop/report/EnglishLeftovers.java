package org.mtainterop.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English words a French text must not hold once the facts it quotes are taken out (server replies, EHLO
 * keywords, certificate names, host names, what a sending MTA or the TLS library said): the words the harness's own
 * English texts are made of, less those French writes the same (session, message, client). Shared by the tests that run the French edition (golden verdicts, outbound, clients, matrices).
 */
public final class EnglishLeftovers {
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|was|were|does|did|which|with|without"
            + "|accepts|accepted|refused|offered|sender|server|could|this|that|only|every|advertised|inside|answered"
            + "|never|nothing|needs|but|not|and|of|no|is|are|to|in|closed|connection|handshake|failed|plaintext"
            + "|delivered|first|cut|off|within|line|complete|said|goodbye|sent|used|injected|bytes|ahead|reply"
            + "|credentials|user|name|verbs|passed|legend|works|leaked|safe|unsafe)\\b");

    /** A quoted fact of the TLS library or the harness's TLS client, as the French verdicts put it in parentheses. */
    private static final Pattern QUOTED_TLS = Pattern.compile("\\((Received fatal alert|Remote host|Connection reset"
            + "|Read timed out|No appropriate|Unsupported or unrecognized|PKIX|the server sent alert|Broken pipe"
            + "|The server selected|no cipher suites|Insufficient buffer remaining)[^()]*(\\([^()]*\\)[^()]*)*\\)");

    private EnglishLeftovers() {
    }

    /** {@code text} with the quoted facts taken out. */
    public static String withoutFacts(String text) {
        String facts = QUOTED_TLS.matcher(text).replaceAll(" ");
        return facts.replaceAll("\\b[2-5]\\d\\d[ -][^;]*", " ")        // a server reply, as the server wrote it
                .replaceAll("après : [^)]*", " ")                       // the sending MTA's own words on a failure
                .replaceAll("(CN|O|OU|C)=[^,;()]*", " ")                // certificate names
                .replaceAll("\\(keywords?: [^)]*\\)", " ")
                .replaceAll("[\\w-]+(\\.[\\w-]+)+", " ")                  // host and program names, addresses
                .replaceAll("\\[[a-z0-9-]+]", " ");                           // a server profile's label: [no-starttls]
    }

    /** The English words left in {@code text} once its facts are taken out, in order. */
    public static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = ENGLISH.matcher(withoutFacts(text));
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
