package org.mtainterop.adversary.smtp;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.mtainterop.adversary.ServerHandshake;
import org.mtainterop.adversary.SessionRecord;
import org.mtainterop.net.Printable;
import org.mtainterop.net.Said;
import org.mtainterop.receiver.SessionBehaviour;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.smtp.Transcript;
import org.mtainterop.tls.raw.ClientHelloParser;

/**
 * The {@link SessionBehaviour} of one adversarial session: asks its profile's {@link SmtpProfileBehaviour} at each
 * step the profile may bend, and records what the client did, beside the shared {@link SessionRecord}, into a
 * {@link SessionFacts} handed to {@code finished} when the session ends.
 */
final class SmtpSessionRecorder implements SessionBehaviour {
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(\\S+)");

    private final AdversarialProfile profile;
    private final SmtpProfileBehaviour behaviour;
    private final SSLContext tlsContext;
    private final Duration pipeliningWindow;
    private final SessionRecord record;
    private final Transcript transcript;
    private final Consumer<SessionFacts> finished;

    private final List<String> ehloNames = new ArrayList<>();
    private boolean starttlsSent;
    private final List<String> plaintextTransaction = new ArrayList<>();
    private boolean ehloInsideTls;
    private final List<String> transactionInsideTls = new ArrayList<>();
    private String preTlsExtensionUsed;
    private String bytesBeforeReady;
    private int aheadOfEhloReply;
    private String tls10Response;
    private SessionFacts.DeliveredMessage delivered;

    SmtpSessionRecorder(AdversarialProfile profile, SmtpProfileBehaviour behaviour, SSLContext tlsContext,
                        Duration pipeliningWindow, SessionRecord record, Consumer<SessionFacts> finished) {
        this.profile = profile;
        this.behaviour = behaviour;
        this.tlsContext = tlsContext;
        this.pipeliningWindow = pipeliningWindow;
        this.record = record;
        this.transcript = record.transcript();
        this.finished = finished;
    }

    SessionRecord record() {
        return record;
    }

    /** TLS10_ONLY: how the client answered a TLS 1.0 ServerHello. */
    void tls10Response(String response) {
        tls10Response = response;
        transcript.tls("sent a TLS 1.0 ServerHello; client: " + response);
    }

    @Override
    public void sessionStarted(Socket client) {
        record.started(client, "; receiver profile " + profile.label());
    }

    @Override
    public void clientLine(byte[] line, boolean insideTls, IntSupplier pendingBytes) {
        String text = new String(line, StandardCharsets.ISO_8859_1);
        transcript.client(text);
        String[] words = text.strip().split("\\s+", 2);
        String verb = words[0].toUpperCase(Locale.ROOT);
        String argument = words.length > 1 ? words[1] : "";
        switch (verb) {
            case "EHLO", "HELO" -> {
                ehloNames.add(argument);
                if (insideTls) {
                    ehloInsideTls = true;
                    aheadOfEhloReply = behaviour.bytesAheadOfInsideTlsEhloReply(pendingBytes);
                    if (aheadOfEhloReply > 0) {
                        transcript.note(aheadOfEhloReply + " bytes arrived behind the inside-TLS EHLO before its reply was sent");
                    }
                }
            }
            case "STARTTLS" -> starttlsSent = true;
            case "MAIL", "RCPT", "DATA" -> (insideTls ? transactionInsideTls : plaintextTransaction).add(verb);
            default -> { }
        }
        if (insideTls && preTlsExtensionUsed == null) {
            preTlsExtensionUsed = behaviour.preTlsOnlyUse(verb, argument).orElse(null);
        }
    }

    @Override
    public void serverReply(SmtpReply reply) {
        transcript.server(reply);
    }

    @Override
    public boolean advertiseStarttls() {
        return behaviour.advertisesStarttls();
    }

    @Override
    public List<String> ehloLines(List<String> standard, boolean insideTls) {
        return behaviour.ehloLines(standard, insideTls);
    }

    @Override
    public Optional<SmtpReply> refuseStarttls() {
        return behaviour.refuseStarttls();
    }

    @Override
    public void beforeStarttlsReady(byte[] readAhead, Socket plain) {
        byte[] early = readAhead;
        try {
            // a client that waits sends nothing now; one that does not has its bytes here within the window
            Thread.sleep(pipeliningWindow.toMillis());
            InputStream in = plain.getInputStream();
            int available = in.available();
            if (available > 0) {
                byte[] more = in.readNBytes(Math.min(available, 64 * 1024));
                early = concat(readAhead, more);
            }
        } catch (IOException e) {
            // nothing more to read
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (early.length > 0) {
            bytesBeforeReady = early.length + " bytes: \"" + Printable.excerpt(new String(early, StandardCharsets.ISO_8859_1), 200) + "\"";
            transcript.note("client sent " + bytesBeforeReady + " after STARTTLS, before the 220 (discarded)");
        }
    }

    @Override
    public byte[] injectAfterStarttlsReady() {
        byte[] injected = behaviour.injectedAfterReady();
        if (injected.length > 0) {
            transcript.serverRaw(new String(injected, StandardCharsets.US_ASCII) + " (injected in the 220's segment)");
        }
        return injected;
    }

    @Override
    public SSLSocket acceptTls(Socket plain, SSLContext ignored, List<String> protocols) throws IOException {
        ClientHelloParser.Captured captured;
        try {
            captured = ClientHelloParser.read(plain.getInputStream());
        } catch (IOException e) {
            record.clientHelloProblem(Said.of(e));
            throw e;
        }
        record.clientHello(captured.hello());
        behaviour.answerClientHello(plain, captured.hello(), this);
        return ServerHandshake.complete(plain, captured, tlsContext, protocols);
    }

    @Override
    public void tlsEstablished(SSLSession session) {
        record.tlsEstablished(session, profile.certificate());
    }

    @Override
    public void tlsFailed(IOException problem) {
        record.tlsFailed(problem.getMessage());
    }

    /** Told by the receiver's sink, on this session's thread, when the message was stored. */
    void delivered(String from, List<String> recipients, byte[] message, boolean overTls) {
        String head = new String(message, 0, Math.min(message.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher id = MESSAGE_ID.matcher(head);
        delivered = new SessionFacts.DeliveredMessage(from, recipients, message.length, overTls,
                id.find() ? Optional.of(id.group(1)) : Optional.empty());
        transcript.note("message of " + message.length + " bytes stored for " + recipients
                + (overTls ? " (inside TLS)" : " (PLAINTEXT)"));
    }

    @Override
    public void sessionEnded(String how) {
        String ending = record.ended(how);
        finished.accept(new SessionFacts(profile, record.clientAddress(), record.started(), Instant.now(),
                ehloNames, starttlsSent, record.clientHelloOffer(), record.clientHelloFailure(), record.tls(),
                record.tlsFailure(), plaintextTransaction, ehloInsideTls, transactionInsideTls,
                Optional.ofNullable(preTlsExtensionUsed), Optional.ofNullable(bytesBeforeReady), aheadOfEhloReply,
                Optional.ofNullable(tls10Response), Optional.ofNullable(delivered), ending, record.events(),
                record.renderedTranscript()));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
