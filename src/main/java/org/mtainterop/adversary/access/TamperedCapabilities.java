package org.mtainterop.adversary.access;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TAMPERED_CAPABILITIES: before TLS a LOGIN mechanism, {@value AccessServerProfile#FAKE_CAPABILITY} and (submission)
 * SIZE, 8BITMIME and SMTPUTF8; inside TLS only PLAIN. A client that uses inside TLS what only the pre-TLS list
 * offered kept state it should have forgotten (RFC 3207 §4.2, RFC 9051 §6.2.1).
 */
final class TamperedCapabilities extends AdvertisedCapabilities {
    private static final Pattern SMTP_PRE_TLS_PARAMETER = Pattern.compile("(?i)(?:^|\\s)(SIZE=\\S*|BODY=\\S*|SMTPUTF8)");

    TamperedCapabilities(long maxMessageBytes) {
        super(true, false, maxMessageBytes);
    }

    @Override
    boolean mechanismAccepted(String mechanism, boolean insideTls) {
        if (!super.mechanismAccepted(mechanism, insideTls)) {
            return false;
        }
        // RFC 3207 §4.2: what the pre-TLS EHLO said counts for nothing now
        return !insideTls || mechanism.toUpperCase(Locale.ROOT).equals("PLAIN");
    }

    @Override
    protected List<String> smtpExtensions(boolean insideTls) {
        return insideTls ? List.of("AUTH PLAIN")
                : List.of("SIZE " + maxMessageBytes, "8BITMIME", "SMTPUTF8", AccessServerProfile.FAKE_CAPABILITY,
                        "AUTH LOGIN", "STARTTLS");
    }

    @Override
    protected String imapLogin(boolean insideTls) {
        return insideTls ? " AUTH=PLAIN" : " AUTH=LOGIN " + AccessServerProfile.FAKE_CAPABILITY + " LOGINDISABLED";
    }

    @Override
    protected List<String> pop3Login(boolean insideTls) {
        return insideTls ? List.of("USER", "SASL PLAIN") : List.of("SASL LOGIN", AccessServerProfile.FAKE_CAPABILITY);
    }

    /** Inside TLS: the LOGIN mechanism, the fake command, SMTP's SIZE/BODY/SMTPUTF8 parameters. */
    @Override
    Optional<String> preTlsOnlyUse(String verb, String argument, boolean insideTls) {
        if (!insideTls) {
            return Optional.empty();
        }
        Optional<String> announced = onlyAnnouncedUse(verb, argument, AccessServerProfile.FAKE_CAPABILITY, "LOGIN");
        String v = verb.toUpperCase(Locale.ROOT);
        Matcher parameter = SMTP_PRE_TLS_PARAMETER.matcher(argument);
        if (announced.isEmpty() && (v.equals("MAIL") || v.equals("RCPT")) && parameter.find()) {
            return Optional.of(v + " " + parameter.group(1).toUpperCase(Locale.ROOT));
        }
        return announced;
    }
}
