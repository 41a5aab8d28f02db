package org.mtainterop.adversary.access;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * IMAP4rev1 (RFC 3501 / RFC 9051) with STARTTLS and LOGINDISABLED (§6.2.1-6.2.3) and AUTHENTICATE with SASL-IR:
 * any credentials accepted, an INBOX with one message, and enough of the rest (LIST, LSUB, STATUS, SELECT,
 * EXAMINE, FETCH, SEARCH, STORE, EXPUNGE, CLOSE, IDLE, ID, ENABLE, NAMESPACE, APPEND, COPY/MOVE) that real
 * clients finish normally. Unknown commands get a tagged BAD, never a disconnect.
 */
final class ImapDialogue extends AccessDialogue {
    static final Set<String> VERBS = Set.of("CAPABILITY", "NOOP", "LOGOUT", "STARTTLS", "LOGIN", "AUTHENTICATE",
            "SELECT", "EXAMINE", "LIST", "LSUB", "STATUS", "FETCH", "SEARCH", "STORE", "UID", "EXPUNGE", "CLOSE",
            "UNSELECT", "IDLE", "DONE", "ID", "ENABLE", "NAMESPACE", "APPEND", "COPY", "MOVE", "CHECK", "CREATE",
            "DELETE", "RENAME", "SUBSCRIBE", "UNSUBSCRIBE");
    private static final Set<String> NEED_LOGIN = Set.of("SELECT", "EXAMINE", "LIST", "LSUB", "STATUS", "APPEND",
            "CREATE", "DELETE", "RENAME", "SUBSCRIBE", "UNSUBSCRIBE", "NAMESPACE", "ENABLE", "IDLE");
    private static final Set<String> NEED_MAILBOX = Set.of("FETCH", "SEARCH", "STORE", "UID", "EXPUNGE", "CLOSE",
            "UNSELECT", "COPY", "MOVE", "CHECK");

    private final long maxLiteralBytes;
    private String previousVerb = "";
    private boolean authenticated;
    private final ImapMailbox inbox = new ImapMailbox();

    ImapDialogue(AccessConnection connection, AccessSessionRecorder recorder, TlsAcceptor tls, String hostname,
                 long maxMessageBytes, long maxLiteralBytes) {
        super(connection, recorder, tls, hostname, maxMessageBytes);
        this.maxLiteralBytes = maxLiteralBytes;
    }

    @Override
    void greet() throws IOException {
        reply("* OK [CAPABILITY " + capabilities.imap(insideTls()) + "] mta-interop IMAP server ready");
    }

    @Override
    String lineTooLong() {
        return "* BYE line too long";
    }

    @Override
    String tooLarge(IOException problem) {
        return problem instanceof ImapCommand.LiteralTooLargeException ? "* BYE literal too large" : lineTooLong();
    }

    @Override
    String timedOut() {
        return "* BYE autologout; idle for too long";
    }

    @Override
    protected void forgetPlaintextState() {
        authenticated = false;
        inbox.deselect();
    }

    @Override
    boolean answer(byte[] line) throws IOException {
        ImapCommand command = ImapCommand.read(line, connection, transcript, maxLiteralBytes);
        String tag = command.tag();
        String verb = command.verb();
        String before = previousVerb;
        previousVerb = verb;
        if (verb.isEmpty() && outOfStepSaslResponse(tag, before, VERBS)) {
            reply("* BAD missing tag or command");
            return true;
        }
        if (verb.isEmpty() || tag.equals("*") || tag.equals("+")) {
            reply("* BAD missing tag or command");
            return true;
        }
        recorder.command(verb);
        if (command.refusal() != null) {
            reply(tag + " BAD " + command.refusal());
            return true;
        }
        boolean notOffered = usedWhatWasNotOffered(verb, command.arguments());
        List<String> args = ImapArguments.split(command.arguments());
        if (NEED_LOGIN.contains(verb) && !authenticated || NEED_MAILBOX.contains(verb) && !inbox.selected()) {
            reply(tag + (authenticated ? " BAD no mailbox selected" : " NO not authenticated"));
            return true;
        }
        switch (verb) {
            case "CAPABILITY" -> {
                recorder.capabilitiesRead();
                reply("* CAPABILITY " + capabilities.imap(insideTls()), tag + " OK CAPABILITY completed");
            }
            case "NOOP", "CHECK" -> reply(tag + " OK " + verb + " completed");
            case "LOGOUT" -> {
                reply("* BYE mta-interop IMAP server logging out", tag + " OK LOGOUT completed");
                return false;
            }
            case "STARTTLS" -> starttls(tag);
            case "LOGIN" -> login(tag, args.size());
            case "AUTHENTICATE" -> authenticate(tag, args, notOffered);
            case "SELECT", "EXAMINE" -> reply(inbox.select(tag, verb, args));
            case "LIST", "LSUB" -> reply(ImapMailbox.list(tag, verb, args));
            case "STATUS" -> reply(inbox.status(tag, args));
            case "FETCH", "SEARCH", "STORE", "COPY", "MOVE" -> mailboxCommand(tag, verb, args, false);
            case "UID" -> {
                String real = args.isEmpty() ? "" : args.get(0).toUpperCase(Locale.ROOT);
                if (real.equals("EXPUNGE")) {
                    reply(inbox.expungeOrClose(tag, real));
                } else {
                    mailboxCommand(tag, real, args.subList(Math.min(1, args.size()), args.size()), true);
                }
            }
            case "EXPUNGE", "CLOSE" -> reply(inbox.expungeOrClose(tag, verb));
            case "UNSELECT" -> {
                inbox.deselect();
                reply(tag + " OK UNSELECT completed");
            }
            case "IDLE" -> idle(tag);
            case "ID" -> {
                recorder.identification(ImapClientId.of(command.arguments()));
                reply("* ID (\"name\" \"mta-interop\")", tag + " OK ID completed");
            }
            case "ENABLE" -> reply("* ENABLED", tag + " OK ENABLE completed");
            case "NAMESPACE" -> reply("* NAMESPACE ((\"\" \"/\")) NIL NIL", tag + " OK NAMESPACE completed");
            case "APPEND" -> {
                recorder.mail("APPEND");
                reply(tag + " OK APPEND completed");
            }
            case "CREATE", "DELETE", "RENAME", "SUBSCRIBE", "UNSUBSCRIBE" -> reply(tag + " OK " + verb + " completed");
            default -> reply(tag + " BAD unknown command");
        }
        return true;
    }

    private void starttls(String tag) throws IOException {
        recorder.starttls();
        if (insideTls()) {
            reply(tag + " BAD TLS already active");
        } else if (behaviour.starttls() == AccessProfileBehaviour.Starttls.NOT_OFFERED) {
            reply(tag + " BAD unknown command");
        } else if (behaviour.starttls() == AccessProfileBehaviour.Starttls.REFUSED) {
            reply(tag + " NO [UNAVAILABLE] TLS not available due to temporary reason");
        } else if (authenticated) {
            reply(tag + " BAD STARTTLS only before login");
        } else {
            startTls(tag + " OK Begin TLS negotiation now", behaviour.forgedAfterImapStarttls(tag));
        }
    }

    private void login(String tag, int arguments) throws IOException {
        if (arguments == 0) {
            reply(tag + " BAD syntax: LOGIN user password");
            return;
        }
        recorder.credential("IMAP LOGIN", arguments > 1);
        if (arguments < 2) {
            reply(tag + " BAD syntax: LOGIN user password");
        } else if (!capabilities.loginAllowed(insideTls())) {
            reply(tag + " NO [PRIVACYREQUIRED] LOGIN is disabled before STARTTLS");
        } else if (authenticated) {
            reply(tag + " BAD already authenticated");
        } else {
            loggedIn(tag, "LOGIN");
        }
    }

    private void authenticate(String tag, List<String> args, boolean notOffered) throws IOException {
        if (args.isEmpty()) {
            reply(tag + " BAD syntax: AUTHENTICATE mechanism");
            return;
        }
        String mechanism = args.get(0).toUpperCase(Locale.ROOT);
        String initial = args.size() > 1 ? args.get(1) : null;
        if (!capabilities.loginAllowed(insideTls())) {
            initialResponseSent("AUTHENTICATE", mechanism, initial);
            reply(tag + " NO [PRIVACYREQUIRED] authentication is disabled before STARTTLS");
        } else if (notOffered || !capabilities.mechanismAccepted(mechanism, insideTls())) {
            initialResponseSent("AUTHENTICATE", mechanism, initial);
            reply(tag + " NO [CANNOT] unsupported authentication mechanism");
        } else if (authenticated) {
            initialResponseSent("AUTHENTICATE", mechanism, initial);
            reply(tag + " BAD already authenticated");
        } else if (sasl("AUTHENTICATE", mechanism, initial, "+ ")) {
            loggedIn(tag, "AUTHENTICATE");
        } else {
            reply(tag + " BAD AUTHENTICATE cancelled");
        }
    }

    private void loggedIn(String tag, String verb) throws IOException {
        authenticated = true;
        recorder.loggedIn();
        reply(tag + " OK [CAPABILITY " + capabilities.imap(insideTls()) + "] " + verb + " completed");
    }

    private void mailboxCommand(String tag, String verb, List<String> args, boolean uid) throws IOException {
        String label = (uid ? "UID " : "") + verb;
        switch (verb) {
            case "FETCH" -> {
                var fetched = inbox.fetch(args, uid);
                if (fetched.isPresent()) {
                    recorder.mail("FETCH");
                    transcript.server(fetched.get().transcript());
                    connection.write(fetched.get().wire());
                }
                reply(tag + " OK " + label + " completed");
            }
            case "SEARCH" -> reply(inbox.search(tag, label, args));
            case "STORE" -> reply(inbox.store(tag, label, args, uid));
            case "COPY", "MOVE" -> reply(tag + " OK " + label + " completed");
            default -> reply(tag + " BAD unknown command");
        }
    }

    private void idle(String tag) throws IOException {
        reply("+ idling");
        byte[] done = connection.readLine();
        if (done == null) {
            throw new EOFException("client closed the connection while idling");
        }
        String text = new String(done, StandardCharsets.ISO_8859_1).strip();
        transcript.client(text);
        reply(text.equalsIgnoreCase("DONE") ? tag + " OK IDLE terminated" : tag + " BAD expected DONE");
    }
}
