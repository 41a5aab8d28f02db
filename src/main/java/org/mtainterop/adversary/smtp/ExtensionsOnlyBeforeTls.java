package org.mtainterop.adversary.smtp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FAKE_EXTENSION_BEFORE_TLS: the pre-TLS EHLO adds {@value AdversarialProfile#FAKE_EXTENSION}, DSN and SMTPUTF8;
 * the inside-TLS one offers only PIPELINING and ENHANCEDSTATUSCODES. A client that uses inside TLS what only the
 * pre-TLS EHLO offered kept state RFC 3207 §4.2 says to forget.
 */
final class ExtensionsOnlyBeforeTls implements SmtpProfileBehaviour {
    /** Parameters and commands that only the pre-TLS EHLO advertised. */
    private static final Pattern PRE_TLS_ONLY = Pattern.compile(
            "(?i)(?:^|\\s)(SIZE=\\S*|BODY=\\S*|SMTPUTF8|RET=\\S*|ENVID=\\S*|NOTIFY=\\S*|ORCPT=\\S*)");

    @Override
    public List<String> ehloLines(List<String> standard, boolean insideTls) {
        List<String> lines = new ArrayList<>();
        lines.add(standard.get(0));
        if (insideTls) {
            lines.addAll(List.of("PIPELINING", "ENHANCEDSTATUSCODES"));
        } else {
            lines.addAll(standard.subList(1, standard.size()));
            lines.addAll(lines.size() - (lines.contains("STARTTLS") ? 1 : 0),
                    List.of(AdversarialProfile.FAKE_EXTENSION, "DSN", "SMTPUTF8"));
        }
        return lines;
    }

    @Override
    public Optional<String> preTlsOnlyUse(String verb, String argument) {
        Matcher used = PRE_TLS_ONLY.matcher(argument);
        if (verb.startsWith(AdversarialProfile.FAKE_EXTENSION)) {
            return Optional.of(verb);
        }
        if ((verb.equals("MAIL") || verb.equals("RCPT")) && used.find()) {
            return Optional.of(used.group(1));
        }
        return Optional.empty();
    }
}
