package org.mtainterop.adversary.access;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Message submission (RFC 6409) with STARTTLS (RFC 3207) and AUTH (RFC 4954): accepts any credentials and any
 * message (the content is counted, never kept). Before TLS, login is refused with 530 unless the profile offers
 * it there; inside TLS, a mechanism that only the pre-TLS or the injected EHLO announced is refused with 504.
 */
final class SubmissionDialogue extends AccessDialogue {
    static final Set<String> VERBS = Set.of("EHLO", "HELO", "STARTTLS", "AUTH", "MAIL", "RCPT", "DATA", "BDAT",
            "RSET", "NOOP", "VRFY", "EXPN", "HELP", "QUIT");

    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("<[^>]*>");

    private final long maxMessageBytes;
    private boolean authenticated;
    private String previousVerb = "";
    private boolean mailFrom;
    private int recipients;

    SubmissionDialogue(AccessConnection connection, AccessSessionRecorder recorder, TlsAcceptor tls, String hostname,
                       long maxMessageBytes) {
        super(connection, recorder, tls, hostname, maxMessageBytes);
        this.maxMessageBytes = maxMessageBytes;
    }

    @Override
    void greet() throws IOException {
        reply("220 " + hostname + " ESMTP mta-interop submission server");
    }

    @Override
    String lineTooLong() {
        return "500 5.5.2 line too long";
    }

    @Override
    String timedOut() {
        return "421 4.4.2 " + hostname + " timeout, closing connection";
    }

    @Override
    protected void forgetPlaintextState() {
        authenticated = false;
        resetTransaction();
    }

    @Override
    boolean answer(byte[] line) throws IOException {
        String text = new String(line, StandardCharsets.ISO_8859_1).strip();
        int space = text.indexOf(' ');
        String verb = (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
        String argument = space < 0 ? "" : text.substring(space + 1).strip();
        transcript.client(withoutAddresses(verb, text));
        if (text.isEmpty()) {
            reply("500 5.5.2 syntax error, command unrecognized");
            return true;
        }
        String before = previousVerb;
        previousVerb = verb;
        if (outOfStepSaslResponse(text, before, VERBS)) {
            reply("500 5.5.2 syntax error, command unrecognized");
            return true;
        }
        recorder.command(verb);
        boolean notOffered = usedWhatWasNotOffered(verb, argument);
        switch (verb) {
            case "EHLO", "HELO" -> hello(verb, argument);
            case "STARTTLS" -> starttls();
            case "AUTH" -> auth(argument, notOffered);
            case "MAIL" -> mail();
            case "RCPT" -> rcpt();
            case "DATA" -> data();
            case "RSET" -> {
                resetTransaction();
                reply("250 2.0.0 OK");
            }
            case "NOOP" -> reply("250 2.0.0 OK");
            case "VRFY" -> reply("252 2.1.5 cannot VRFY user, but will accept message and attempt delivery");
            case "HELP" -> reply("214 2.0.0 commands: EHLO HELO STARTTLS AUTH MAIL RCPT DATA RSET NOOP VRFY HELP QUIT");
            case "QUIT" -> {
                reply("221 2.0.0 " + hostname + " closing connection");
                return false;
            }
            default -> reply(notOffered ? "502 5.5.1 command not implemented" : "500 5.5.2 syntax error, command unrecognized");
        }
        return true;
    }

    /**
     * The users' own addresses are personal data and often their login name too: MAIL, RCPT, VRFY and EXPN are
     * transcribed without them (parameters such as SIZE= are kept, they are evidence for CLIENT-04).
     */
    private static String withoutAddresses(String verb, String text) {
        return switch (verb) {
            case "MAIL", "RCPT" -> ADDRESS.matcher(text).replaceAll(java.util.regex.Matcher.quoteReplacement(CredentialRedaction.REDACTED));
            case "VRFY", "EXPN" -> text.indexOf(' ') < 0 ? text : verb + " " + CredentialRedaction.REDACTED;
            default -> text;
        };
    }

    private void hello(String verb, String argument) throws IOException {
        if (argument.isEmpty()) {
            reply("501 5.5.4 syntax: " + verb + " hostname");
            return;
        }
        recorder.identification(argument);
        resetTransaction();
        String greeting = hostname + " Hello " + argument;
        if (verb.equals("HELO")) {
            reply("250 " + greeting);
            return;
        }
        recorder.capabilitiesRead();
        List<String> lines = new ArrayList<>();
        lines.add(greeting);
        lines.addAll(capabilities.smtpEhlo(insideTls()));
        String[] wire = new String[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            wire[i] = "250" + (i == lines.size() - 1 ? " " : "-") + lines.get(i);
        }
        reply(wire);
    }

    private void starttls() throws IOException {
        recorder.starttls();
        if (insideTls()) {
            reply("503 5.5.1 TLS already active");
        } else if (!profile.advertisesStarttls()) {
            reply("502 5.5.1 command not implemented");
        } else if (profile == AccessServerProfile.STARTTLS_ERROR) {
            reply("454 4.7.0 TLS not available due to temporary reason");
        } else {
            startTls("220 2.0.0 Ready to start TLS", profile == AccessServerProfile.RESPONSE_INJECTION
                    ? AdvertisedCapabilities.smtpInjection() : "");
        }
    }

    private void auth(String argument, boolean notOffered) throws IOException {
        String[] words = argument.isEmpty() ? new String[0] : argument.split("\\s+");
        if (words.length == 0) {
            reply("501 5.5.4 syntax: AUTH mechanism [initial-response]");
            return;
        }
        String mechanism = words[0].toUpperCase(Locale.ROOT);
        String initial = words.length > 1 ? words[1] : null;
        if (!capabilities.loginAllowed(insideTls())) {
            initialResponseSent("AUTH", mechanism, initial);
            reply("530 5.7.0 Must issue a STARTTLS command first");
        } else if (notOffered || !capabilities.mechanismAccepted(mechanism, insideTls())) {
            initialResponseSent("AUTH", mechanism, initial);
            reply("504 5.5.4 Unrecognized authentication type");
        } else if (authenticated) {
            initialResponseSent("AUTH", mechanism, initial);
            reply("503 5.5.1 already authenticated");
        } else if (sasl("AUTH", mechanism, initial, "334 ")) {
            authenticated = true;
            recorder.loggedIn();
            reply("235 2.7.0 Authentication successful");
        } else {
            reply("501 5.7.0 Authentication cancelled");
        }
    }

    private void mail() throws IOException {
        recorder.mail("MAIL");
        if (!capabilities.loginAllowed(insideTls())) {
            reply("530 5.7.0 Must issue a STARTTLS command first");
        } else if (mailFrom) {
            reply("503 5.5.1 nested MAIL command");
        } else {
            mailFrom = true;
            reply("250 2.1.0 OK");
        }
    }

    private void rcpt() throws IOException {
        recorder.mail("RCPT");
        if (!mailFrom) {
            reply("503 5.5.1 MAIL first");
        } else {
            recipients++;
            reply("250 2.1.5 OK");
        }
    }

    private void data() throws IOException {
        recorder.mail("DATA");
        if (recipients == 0) {
            reply(mailFrom ? "503 5.5.1 RCPT first" : "503 5.5.1 MAIL first");
            return;
        }
        reply("354 end data with <CR><LF>.<CR><LF>");
        long bytes = 0;
        while (true) {
            byte[] line = connection.readLine();
            if (line == null) {
                throw new EOFException("connection closed inside DATA");
            }
            if (line.length == 1 && line[0] == '.') {
                break;
            }
            bytes += line.length + 2;
        }
        transcript.note("message of " + bytes + " bytes received " + (insideTls() ? "inside TLS" : "IN PLAINTEXT")
                + " (content not kept)");
        reply(bytes > maxMessageBytes ? "552 5.3.4 message size exceeds fixed maximum message size"
                : "250 2.0.0 OK message accepted");
        resetTransaction();
    }

    private void resetTransaction() {
        mailFrom = false;
        recipients = 0;
    }
}
