package org.mtainterop.adversary.access;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.smtp.SmtpRequest;

/**
 * Message submission (RFC 6409) with STARTTLS (RFC 3207) and AUTH (RFC 4954), on the project's SMTP codec: commands
 * read with {@link SmtpRequest#parse(String)}, replies written with {@link SmtpReply#encode()}. Accepts any
 * credentials and any message (the content is counted, never kept). Before TLS, login is refused with 530 unless the
 * profile offers it there; inside TLS, a mechanism that only the pre-TLS or the injected EHLO announced is refused
 * with 504.
 */
final class SubmissionDialogue extends AccessDialogue {
    static final Set<String> VERBS = Set.of("EHLO", "HELO", "STARTTLS", "AUTH", "MAIL", "RCPT", "DATA", "BDAT",
            "RSET", "NOOP", "VRFY", "EXPN", "HELP", "QUIT");

    private static final Pattern ADDRESS = Pattern.compile("<[^>]*>");
    private static final SmtpReply OK = SmtpReply.of(250, "2.0.0 OK");
    private static final SmtpReply UNRECOGNIZED = SmtpReply.of(500, "5.5.2 syntax error, command unrecognized");
    private static final SmtpReply NOT_IMPLEMENTED = SmtpReply.of(502, "5.5.1 command not implemented");
    private static final SmtpReply STARTTLS_FIRST = SmtpReply.of(530, "5.7.0 Must issue a STARTTLS command first");
    private static final SmtpReply READY = SmtpReply.of(220, "2.0.0 Ready to start TLS");

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
        send(SmtpReply.of(220, hostname + " ESMTP mta-interop submission server"));
    }

    @Override
    String lineTooLong() {
        return line(SmtpReply.of(500, "5.5.2 line too long"));
    }

    @Override
    String timedOut() {
        return line(SmtpReply.of(421, "4.4.2 " + hostname + " timeout, closing connection"));
    }

    @Override
    protected void forgetPlaintextState() {
        authenticated = false;
        resetTransaction();
    }

    @Override
    boolean answer(byte[] line) throws IOException {
        String text = new String(line, StandardCharsets.ISO_8859_1).strip();
        transcript.client(withoutAddresses(text));
        if (text.isEmpty()) {
            send(UNRECOGNIZED);
            return true;
        }
        SmtpRequest request;
        try {
            request = SmtpRequest.parse(text);
        } catch (IllegalArgumentException e) { // a bare CR inside the line: not one command, as the reference receiver says
            send(UNRECOGNIZED);
            return true;
        }
        String verb = request.verb();
        String argument = request.argument();
        String before = previousVerb;
        previousVerb = verb;
        if (outOfStepSaslResponse(text, before, VERBS)) {
            send(UNRECOGNIZED);
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
                send(OK);
            }
            case "NOOP" -> send(OK);
            case "VRFY" -> send(SmtpReply.of(252, "2.1.5 cannot VRFY user, but will accept message and attempt delivery"));
            case "HELP" -> send(SmtpReply.of(214, "2.0.0 commands: EHLO HELO STARTTLS AUTH MAIL RCPT DATA RSET NOOP VRFY HELP QUIT"));
            case "QUIT" -> {
                send(SmtpReply.of(221, "2.0.0 " + hostname + " closing connection"));
                return false;
            }
            default -> send(notOffered ? NOT_IMPLEMENTED : UNRECOGNIZED);
        }
        return true;
    }

    /**
     * The users' own addresses are personal data and often their login name too: MAIL, RCPT, VRFY and EXPN are
     * transcribed without them (parameters such as SIZE= are kept, they are evidence for CLIENT-04).
     */
    private static String withoutAddresses(String text) {
        int space = text.indexOf(' ');
        String verb = (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
        return switch (verb) {
            case "MAIL", "RCPT" -> ADDRESS.matcher(text).replaceAll(Matcher.quoteReplacement(CredentialRedaction.REDACTED));
            case "VRFY", "EXPN" -> space < 0 ? text : verb + " " + CredentialRedaction.REDACTED;
            default -> text;
        };
    }

    private void hello(String verb, String argument) throws IOException {
        if (argument.isEmpty()) {
            send(SmtpReply.of(501, "5.5.4 syntax: " + verb + " hostname"));
            return;
        }
        recorder.identification(argument);
        resetTransaction();
        String greeting = hostname + " Hello " + argument;
        if (verb.equals("HELO")) {
            send(SmtpReply.of(250, greeting));
            return;
        }
        recorder.capabilitiesRead();
        List<String> lines = new ArrayList<>();
        lines.add(greeting);
        lines.addAll(capabilities.smtpEhlo(insideTls()));
        send(new SmtpReply(250, lines));
    }

    private void starttls() throws IOException {
        recorder.starttls();
        if (insideTls()) {
            send(SmtpReply.of(503, "5.5.1 TLS already active"));
            return;
        }
        switch (behaviour.starttls()) {
            case NOT_OFFERED -> send(NOT_IMPLEMENTED);
            case REFUSED -> send(SmtpReply.of(454, "4.7.0 TLS not available due to temporary reason"));
            case OFFERED -> startTls(line(READY), behaviour.forgedAfterSubmissionReady());
        }
    }

    private void auth(String argument, boolean notOffered) throws IOException {
        String[] words = argument.isEmpty() ? new String[0] : argument.split("\\s+");
        if (words.length == 0) {
            send(SmtpReply.of(501, "5.5.4 syntax: AUTH mechanism [initial-response]"));
            return;
        }
        String mechanism = words[0].toUpperCase(Locale.ROOT);
        String initial = words.length > 1 ? words[1] : null;
        if (!capabilities.loginAllowed(insideTls())) {
            initialResponseSent("AUTH", mechanism, initial);
            send(STARTTLS_FIRST);
        } else if (notOffered || !capabilities.mechanismAccepted(mechanism, insideTls())) {
            initialResponseSent("AUTH", mechanism, initial);
            send(SmtpReply.of(504, "5.5.4 Unrecognized authentication type"));
        } else if (authenticated) {
            initialResponseSent("AUTH", mechanism, initial);
            send(SmtpReply.of(503, "5.5.1 already authenticated"));
        } else if (sasl("AUTH", mechanism, initial, "334 ")) {
            authenticated = true;
            recorder.loggedIn();
            send(SmtpReply.of(235, "2.7.0 Authentication successful"));
        } else {
            send(SmtpReply.of(501, "5.7.0 Authentication cancelled"));
        }
    }

    private void mail() throws IOException {
        recorder.mail("MAIL");
        if (!capabilities.loginAllowed(insideTls())) {
            send(STARTTLS_FIRST);
        } else if (mailFrom) {
            send(SmtpReply.of(503, "5.5.1 nested MAIL command"));
        } else {
            mailFrom = true;
            send(SmtpReply.of(250, "2.1.0 OK"));
        }
    }

    private void rcpt() throws IOException {
        recorder.mail("RCPT");
        if (!mailFrom) {
            send(SmtpReply.of(503, "5.5.1 MAIL first"));
        } else {
            recipients++;
            send(SmtpReply.of(250, "2.1.5 OK"));
        }
    }

    private void data() throws IOException {
        recorder.mail("DATA");
        if (recipients == 0) {
            send(SmtpReply.of(503, mailFrom ? "5.5.1 RCPT first" : "5.5.1 MAIL first"));
            return;
        }
        send(SmtpReply.of(354, "end data with <CR><LF>.<CR><LF>"));
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
        send(bytes > maxMessageBytes ? SmtpReply.of(552, "5.3.4 message size exceeds fixed maximum message size")
                : SmtpReply.of(250, "2.0.0 OK message accepted"));
        resetTransaction();
    }

    private void resetTransaction() {
        mailFrom = false;
        recipients = 0;
    }

    /** Writes {@code reply} as it goes on the wire, in one write, and records it. */
    private void send(SmtpReply reply) throws IOException {
        transcript.server(reply);
        connection.write(reply.encode());
    }

    /** A one-line reply as the session's last words or a STARTTLS answer take it: without its CRLF. */
    private static String line(SmtpReply reply) {
        return reply.encode().stripTrailing();
    }
}
