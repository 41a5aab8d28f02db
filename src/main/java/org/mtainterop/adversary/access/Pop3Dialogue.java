package org.mtainterop.adversary.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * POP3 (RFC 1939) with CAPA (RFC 2449), STLS (RFC 2595) and AUTH (RFC 5034): one message in the maildrop, any
 * credentials accepted. Before TLS, USER/PASS/AUTH are refused unless the profile offers login there (a client
 * that sends them anyway has still sent them, and that is recorded).
 */
final class Pop3Dialogue extends AccessDialogue {
    static final Set<String> VERBS = Set.of("CAPA", "STLS", "USER", "PASS", "APOP", "AUTH", "STAT", "LIST", "UIDL",
            "RETR", "TOP", "DELE", "NOOP", "RSET", "QUIT", "LAST", "UTF8", "LANG");
    private static final String NOT_LOGGED_IN = "-ERR [AUTH] Plaintext authentication disallowed on non-secure connections";

    private String previousVerb = "";
    private boolean userGiven;
    private boolean authenticated;
    private boolean deleted;

    Pop3Dialogue(AccessConnection connection, AccessSessionRecorder recorder, TlsAcceptor tls, String hostname,
                 long maxMessageBytes) {
        super(connection, recorder, tls, hostname, maxMessageBytes);
    }

    @Override
    void greet() throws IOException {
        reply("+OK mta-interop POP3 server ready");
    }

    @Override
    String lineTooLong() {
        return "-ERR line too long";
    }

    @Override
    String timedOut() {
        return "-ERR timeout, closing connection";
    }

    @Override
    protected void forgetPlaintextState() {
        userGiven = false;
        authenticated = false;
    }

    @Override
    boolean answer(byte[] line) throws IOException {
        String text = new String(line, StandardCharsets.ISO_8859_1).strip();
        transcript.client(text);
        if (text.isEmpty()) {
            reply("-ERR empty command");
            return true;
        }
        String[] words = text.split("\\s+");
        String verb = words[0].toUpperCase(Locale.ROOT);
        String argument = text.substring(words[0].length()).strip();
        String before = previousVerb;
        previousVerb = verb;
        if (outOfStepSaslResponse(text, before, VERBS)) {
            reply("-ERR unknown command");
            return true;
        }
        recorder.command(verb);
        boolean notOffered = usedWhatWasNotOffered(verb, argument);
        switch (verb) {
            case "CAPA" -> capa();
            case "STLS" -> stls();
            case "USER" -> user(words.length > 1);
            case "PASS" -> pass(words.length > 1);
            case "APOP" -> {
                recorder.credential("POP3 APOP", true);
                reply("-ERR APOP not supported");
            }
            case "AUTH" -> auth(words, notOffered);
            case "QUIT" -> {
                reply("+OK mta-interop POP3 server signing off");
                return false;
            }
            case "NOOP" -> reply("+OK");
            case "STAT", "LIST", "UIDL", "RETR", "TOP", "DELE", "RSET", "LAST" -> {
                if (!authenticated) {
                    reply("-ERR [AUTH] authenticate first");
                } else {
                    transaction(verb, words);
                }
            }
            default -> reply("-ERR unknown command");
        }
        return true;
    }

    private void capa() throws IOException {
        recorder.capabilitiesRead();
        List<String> lines = new ArrayList<>();
        lines.add("+OK Capability list follows");
        lines.addAll(capabilities.pop3(insideTls()));
        lines.add(".");
        reply(lines.toArray(String[]::new));
    }

    private void stls() throws IOException {
        recorder.starttls();
        if (insideTls()) {
            reply("-ERR TLS already active");
        } else if (behaviour.starttls() == AccessProfileBehaviour.Starttls.NOT_OFFERED) {
            reply("-ERR unknown command");
        } else if (behaviour.starttls() == AccessProfileBehaviour.Starttls.REFUSED) {
            reply("-ERR [SYS/TEMP] TLS not available due to temporary reason");
        } else if (authenticated) {
            reply("-ERR STLS only in AUTHORIZATION state");
        } else {
            startTls("+OK Begin TLS negotiation", behaviour.forgedAfterPop3Stls());
        }
    }

    private void user(boolean hasName) throws IOException {
        if (!hasName) {
            reply("-ERR syntax: USER name");
            return;
        }
        recorder.credential("POP3 USER", false);
        if (!capabilities.loginAllowed(insideTls())) {
            reply(NOT_LOGGED_IN);
        } else if (authenticated) {
            reply("-ERR already authenticated");
        } else {
            userGiven = true;
            reply("+OK");
        }
    }

    private void pass(boolean hasPassword) throws IOException {
        if (!hasPassword) {
            reply("-ERR syntax: PASS password");
            return;
        }
        recorder.credential("POP3 PASS", true);
        if (!capabilities.loginAllowed(insideTls())) {
            reply(NOT_LOGGED_IN);
        } else if (!userGiven || authenticated) {
            reply("-ERR USER first");
        } else {
            loggedIn();
            reply("+OK Logged in");
        }
    }

    private void auth(String[] words, boolean notOffered) throws IOException {
        if (words.length == 1) {
            List<String> lines = new ArrayList<>(List.of("+OK"));
            capabilities.pop3(insideTls()).stream().filter(c -> c.startsWith("SASL "))
                    .forEach(c -> lines.addAll(List.of(c.substring(5).split(" "))));
            lines.add(".");
            reply(lines.toArray(String[]::new));
            return;
        }
        String mechanism = words[1].toUpperCase(Locale.ROOT);
        String initial = words.length > 2 ? words[2] : null;
        if (!capabilities.loginAllowed(insideTls())) {
            initialResponseSent("AUTH", mechanism, initial);
            reply(NOT_LOGGED_IN);
        } else if (notOffered || !capabilities.mechanismAccepted(mechanism, insideTls())) {
            initialResponseSent("AUTH", mechanism, initial);
            reply("-ERR Unsupported authentication mechanism");
        } else if (authenticated) {
            initialResponseSent("AUTH", mechanism, initial);
            reply("-ERR already authenticated");
        } else if (sasl("AUTH", mechanism, initial, "+ ")) {
            loggedIn();
            reply("+OK Logged in");
        } else {
            reply("-ERR Authentication cancelled");
        }
    }

    private void loggedIn() {
        authenticated = true;
        recorder.loggedIn();
    }

    private void transaction(String verb, String[] words) throws IOException {
        String number = words.length > 1 ? words[1] : null;
        boolean exists = !deleted && (number == null || number.equals("1"));
        switch (verb) {
            case "STAT" -> reply(deleted ? "+OK 0 0" : "+OK 1 " + DemoMessage.SIZE);
            case "LIST" -> reply(number != null ? one(exists, "+OK 1 " + DemoMessage.SIZE)
                    : listing("+OK " + (deleted ? 0 : 1) + " messages", "1 " + DemoMessage.SIZE));
            case "UIDL" -> reply(number != null ? one(exists, "+OK 1 " + DemoMessage.UIDL)
                    : listing("+OK", "1 " + DemoMessage.UIDL));
            case "RETR", "TOP" -> retrieve(verb, number, exists, words);
            case "DELE" -> {
                if (number == null || !exists) {
                    reply("-ERR no such message");
                } else {
                    deleted = true;
                    reply("+OK message 1 deleted");
                }
            }
            case "RSET" -> {
                deleted = false;
                reply("+OK");
            }
            default -> reply("+OK 0"); // LAST (RFC 1460)
        }
    }

    private static String[] one(boolean exists, String line) {
        return new String[] {exists ? line : "-ERR no such message"};
    }

    private String[] listing(String first, String entry) {
        return deleted ? new String[] {first, "."} : new String[] {first, entry, "."};
    }

    private void retrieve(String verb, String number, boolean exists, String[] words) throws IOException {
        recorder.mail(verb);
        if (number == null || !exists) {
            reply("-ERR no such message");
            return;
        }
        int bodyLines = -1;
        if (verb.equals("TOP")) {
            try {
                bodyLines = Integer.parseInt(words.length > 2 ? words[2] : "x");
            } catch (NumberFormatException e) {
                reply("-ERR syntax: TOP msg n");
                return;
            }
        }
        transcript.server("+OK message follows (" + DemoMessage.SIZE + " octets; content not transcribed)");
        connection.write("+OK message follows\r\n" + DemoMessage.dotStuffed(bodyLines) + ".\r\n");
    }
}
