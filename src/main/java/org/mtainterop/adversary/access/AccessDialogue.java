package org.mtainterop.adversary.access;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * The protocol half of an access session (submission, IMAP or POP3): greets, answers one command at a time,
 * and bends STARTTLS / STLS and the capabilities as the profile's {@link AccessProfileBehaviour} says. The session loop around it owns the socket,
 * limits and endings; the dialogue owns what the protocol means, including which lines carry credentials, so it
 * records them as sent (never their value) and hands only redacted text to the transcript.
 */
abstract class AccessDialogue {
    protected final AccessConnection connection;
    protected final AccessSessionRecorder recorder;
    protected final AccessTranscript transcript;
    protected final AccessProfileBehaviour behaviour;
    protected final AdvertisedCapabilities capabilities;
    protected final String hostname;
    private final TlsAcceptor tls;

    AccessDialogue(AccessConnection connection, AccessSessionRecorder recorder, TlsAcceptor tls, String hostname,
                   long maxMessageBytes) {
        this.connection = connection;
        this.recorder = recorder;
        this.transcript = recorder.transcript();
        this.behaviour = recorder.behaviour();
        this.capabilities = behaviour.capabilities(maxMessageBytes);
        this.hostname = hostname;
        this.tls = tls;
    }

    /** The greeting: on connect, or first thing inside implicit TLS. */
    abstract void greet() throws IOException;

    /** Answers one client line; false when the client said goodbye (QUIT, LOGOUT). */
    abstract boolean answer(byte[] line) throws IOException;

    /** The last words before a line that is too long cuts the session. */
    abstract String lineTooLong();

    /** The last words before an oversized input (a line, an IMAP literal) cuts the session. */
    String tooLarge(IOException problem) {
        return lineTooLong();
    }

    /** The last words before a silent client is cut off. */
    abstract String timedOut();

    /** After the handshake that followed STARTTLS/STLS: forget everything learnt in plaintext. */
    protected abstract void forgetPlaintextState();

    protected boolean insideTls() {
        return connection.insideTls();
    }

    /** Writes the lines in one write (CRLF after each) and records them. */
    protected void reply(String... lines) throws IOException {
        StringBuilder wire = new StringBuilder();
        for (String line : lines) {
            transcript.server(line);
            wire.append(line).append("\r\n");
        }
        connection.write(wire.toString());
    }

    /** The positive STARTTLS answer, the profile's injected bytes in the same write, then the handshake. */
    protected void startTls(String positiveAnswer, String injected) throws IOException {
        transcript.server(positiveAnswer);
        if (!injected.isEmpty()) {
            for (String line : injected.split("\r\n")) {
                transcript.server(line + "   (injected in the same segment)");
            }
        }
        connection.write(positiveAnswer + "\r\n" + injected);
        connection.startTls(tls);
        forgetPlaintextState();
    }

    /**
     * Runs a SASL exchange (RFC 4422) for {@code mechanism}, already accepted: challenges with {@code prefix}
     * ("334 " or "+ "), client responses recorded as sent and never kept. False when the client cancelled or left.
     */
    protected boolean sasl(String label, String mechanism, String initialResponse, String prefix) throws IOException {
        String m = mechanism.toUpperCase(Locale.ROOT);
        boolean hasInitial = initialResponse != null && !initialResponse.isEmpty() && !initialResponse.equals("=");
        switch (m) {
            case "LOGIN" -> {
                if (!hasInitial && !respond(prefix + b64("Username:"))) {
                    return false;
                }
                recorder.credential(label + " LOGIN", false);
                if (!respond(prefix + b64("Password:"))) {
                    return false;
                }
                recorder.credential(label + " LOGIN", true);
            }
            case "CRAM-MD5" -> {
                if (!respond(prefix + b64("<" + System.nanoTime() + ".mta-interop@" + hostname + ">"))) {
                    return false;
                }
                recorder.credential(label + " CRAM-MD5", true);
            }
            default -> { // PLAIN, XOAUTH2, OAUTHBEARER: one response carrying the secret
                if (!hasInitial && !respond(prefix)) {
                    return false;
                }
                recorder.credential(label + " " + m, true);
            }
        }
        return true;
    }

    /** Sends a continuation and reads the client's response; false if it cancelled ("*") or left. */
    private boolean respond(String challenge) throws IOException {
        transcript.server(challenge);
        connection.write(challenge + "\r\n");
        byte[] response = connection.readLine();
        if (response == null) {
            throw new EOFException("client closed the connection inside a SASL exchange");
        }
        String text = new String(response, StandardCharsets.ISO_8859_1).strip();
        if (text.equals("*")) {
            transcript.client("*");
            return false;
        }
        transcript.clientSecret();
        return true;
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A lone base64-looking line right after an authentication command that was refused or already done: a client
     * sending its SASL response out of step. It was sent, so it is recorded (as a secret: it cannot be told apart).
     */
    protected boolean outOfStepSaslResponse(String line, String previousVerb, Set<String> knownVerbs) {
        String token = line.strip();
        boolean afterAuth = "AUTH".equals(previousVerb) || "AUTHENTICATE".equals(previousVerb) || "LOGIN".equals(previousVerb);
        if (afterAuth && !token.contains(" ") && CredentialRedaction.looksLikeSaslResponse(token, knownVerbs)) {
            recorder.credential("SASL response out of step", true);
            return true;
        }
        return false;
    }

    /** A refused authentication command that carried an initial response still sent a credential. */
    protected void initialResponseSent(String label, String mechanism, String initial) {
        if (initial != null && !initial.isEmpty() && !initial.equals("=")) {
            recorder.credential(label + " " + mechanism, !mechanism.equals("LOGIN"));
        }
    }

    /** Records a verb inside TLS that only the pre-TLS or the injected capabilities offered; true if it did. */
    protected boolean usedWhatWasNotOffered(String verb, String argument) {
        var preTls = capabilities.preTlsOnlyUse(verb, argument, insideTls());
        preTls.ifPresent(recorder::preTlsOnlyCapabilityUsed);
        var injected = capabilities.injectedOnlyUse(verb, argument, insideTls());
        injected.ifPresent(recorder::injectedCapabilityUsed);
        return preTls.isPresent() || injected.isPresent();
    }
}
