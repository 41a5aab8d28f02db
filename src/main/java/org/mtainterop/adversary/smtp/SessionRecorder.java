package org.mtainterop.adversary.smtp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
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
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.mtainterop.net.Printable;
import org.mtainterop.receiver.SessionBehaviour;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.smtp.Transcript;
import org.mtainterop.tls.raw.ClientHelloOffer;
import org.mtainterop.tls.raw.ClientHelloParser;

/**
 * The {@link SessionBehaviour} of one adversarial session: bends the step its profile names and records
 * what the client did into a {@link SessionFacts}, handed to {@code finished} when the session ends.
 */
final class SessionRecorder implements SessionBehaviour {
    /** Parameters and commands that only the pre-TLS EHLO of FAKE_EXTENSION_BEFORE_TLS advertised. */
    private static final Pattern PRE_TLS_ONLY = Pattern.compile(
            "(?i)(?:^|\\s)(SIZE=\\S*|BODY=\\S*|SMTPUTF8|RET=\\S*|ENVID=\\S*|NOTIFY=\\S*|ORCPT=\\S*)");
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(\\S+)");
    private static final byte[] INJECTED = "250-mx.injected.test forged reply\r\n250 XMTAINTEROP-INJECTED\r\n"
            .getBytes(StandardCharsets.US_ASCII);
    /** How long the inject profile waits, after the inside-TLS EHLO, for commands a desynchronised client sends. */
    private static final Duration DESYNC_WINDOW = Duration.ofMillis(400);

    private final AdversarialProfile profile;
    private final SSLContext tlsContext;
    private final AdversarialReceiver.SharedState shared;
    private final Duration pipeliningWindow;
    private final Consumer<SessionFacts> finished;
    private final Transcript transcript = new Transcript();

    private Socket socket;
    private String clientAddress = "?";
    private Instant started = Instant.now();
    private final List<String> ehloNames = new ArrayList<>();
    private boolean starttlsSent;
    private ClientHelloOffer clientHello;
    private String clientHelloProblem;
    private SessionFacts.NegotiatedTls tls;
    private String tlsFailure;
    private final List<String> plaintextTransaction = new ArrayList<>();
    private boolean ehloInsideTls;
    private final List<String> transactionInsideTls = new ArrayList<>();
    private String preTlsExtensionUsed;
    private String bytesBeforeReady;
    private int aheadOfEhloReply;
    private String tls10Response;
    private SessionFacts.DeliveredMessage delivered;
    private volatile String cutOffReason;

    SessionRecorder(AdversarialProfile profile, SSLContext tlsContext, AdversarialReceiver.SharedState shared,
                    Duration pipeliningWindow, Consumer<SessionFacts> finished) {
        this.profile = profile;
        this.tlsContext = tlsContext;
        this.shared = shared;
        this.pipeliningWindow = pipeliningWindow;
        this.finished = finished;
    }

    /** Called by the receiver's watchdog: the session ran past its deadline and is being closed. */
    void cutOff(String reason) {
        cutOffReason = reason;
        try {
            socket.close();
        } catch (IOException | RuntimeException e) {
            // closing is the point
        }
    }

    @Override
    public void sessionStarted(Socket client) {
        socket = client;
        started = Instant.now();
        if (client.getRemoteSocketAddress() instanceof InetSocketAddress remote) {
            clientAddress = remote.getAddress().getHostAddress();
        }
        transcript.note("client " + clientAddress + " connected; receiver profile " + profile.label());
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
                    if (profile == AdversarialProfile.INJECT_AFTER_220) {
                        aheadOfEhloReply = waitForDesync(pendingBytes);
                    }
                }
            }
            case "STARTTLS" -> starttlsSent = true;
            case "MAIL", "RCPT", "DATA" -> (insideTls ? transactionInsideTls : plaintextTransaction).add(verb);
            default -> { }
        }
        if (insideTls && profile == AdversarialProfile.FAKE_EXTENSION_BEFORE_TLS && preTlsExtensionUsed == null) {
            Matcher used = PRE_TLS_ONLY.matcher(argument);
            if (verb.startsWith(AdversarialProfile.FAKE_EXTENSION)) {
                preTlsExtensionUsed = verb;
            } else if ((verb.equals("MAIL") || verb.equals("RCPT")) && used.find()) {
                preTlsExtensionUsed = used.group(1);
            }
        }
    }

    private int waitForDesync(IntSupplier pendingBytes) {
        try {
            Thread.sleep(DESYNC_WINDOW.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int pending = pendingBytes.getAsInt();
        if (pending > 0) {
            transcript.note(pending + " bytes arrived behind the inside-TLS EHLO before its reply was sent");
        }
        return pending;
    }

    @Override
    public void serverReply(SmtpReply reply) {
        transcript.server(reply);
    }

    @Override
    public boolean advertiseStarttls() {
        return profile.advertisesStarttls();
    }

    @Override
    public List<String> ehloLines(List<String> standard, boolean insideTls) {
        if (profile != AdversarialProfile.FAKE_EXTENSION_BEFORE_TLS) {
            return standard;
        }
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
    public Optional<SmtpReply> refuseStarttls() {
        return profile == AdversarialProfile.STARTTLS_454
                ? Optional.of(SmtpReply.of(454, "4.7.0 TLS not available due to temporary reason"))
                : Optional.empty();
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
            bytesBeforeStarttlsReady(early);
        }
    }

    private void bytesBeforeStarttlsReady(byte[] early) {
        bytesBeforeReady = early.length + " bytes: \"" + Printable.excerpt(new String(early, StandardCharsets.ISO_8859_1), 200) + "\"";
        transcript.note("client sent " + bytesBeforeReady + " after STARTTLS, before the 220 (discarded)");
    }

    @Override
    public byte[] injectAfterStarttlsReady() {
        if (profile != AdversarialProfile.INJECT_AFTER_220) {
            return new byte[0];
        }
        transcript.serverRaw(new String(INJECTED, StandardCharsets.US_ASCII) + " (injected in the 220's segment)");
        return INJECTED.clone();
    }

    @Override
    public SSLSocket acceptTls(Socket plain, SSLContext ignored, List<String> protocols) throws IOException {
        ClientHelloParser.Captured captured;
        try {
            captured = ClientHelloParser.read(plain.getInputStream());
        } catch (IOException e) {
            clientHelloProblem = e.getMessage();
            transcript.tls("no ClientHello: " + e.getMessage());
            throw e;
        }
        clientHello = captured.hello();
        transcript.tls("ClientHello: offers " + String.join(", ", clientHello.offeredVersions().stream()
                .map(ClientHelloOffer::versionName).toList()) + "; SNI " + clientHello.serverName().orElse("(none)")
                + "; " + clientHello.cipherSuites().size() + " suites");
        switch (profile) {
            case HANDSHAKE_ABORT -> abort(plain, "the profile aborts every handshake");
            case FAIL_FIRST_HANDSHAKE -> {
                if (shared.firstHandshake()) {
                    abort(plain, "the profile aborts the first handshake");
                }
            }
            case TLS10_ONLY -> {
                tls10Response = Tls10ServerHello.offer(plain, clientHello);
                transcript.tls("sent a TLS 1.0 ServerHello; client: " + tls10Response);
                throw new SSLHandshakeException("TLS 1.0 only: " + tls10Response);
            }
            default -> { }
        }
        SSLSocket secure = (SSLSocket) tlsContext.getSocketFactory()
                .createSocket(plain, new ByteArrayInputStream(captured.consumed()), true);
        secure.setUseClientMode(false);
        SessionBehaviour.enableProtocols(secure, protocols);
        secure.setSoTimeout(plain.getSoTimeout());
        secure.startHandshake();
        return secure;
    }

    private void abort(Socket plain, String why) throws IOException {
        transcript.tls("fatal alert handshake_failure: " + why);
        plain.getOutputStream().write(new byte[] {21, 3, 3, 0, 2, 2, 40});
        plain.getOutputStream().flush();
        throw new SSLHandshakeException(why);
    }

    @Override
    public void tlsEstablished(SSLSession session) {
        tls = new SessionFacts.NegotiatedTls(session.getProtocol(), session.getCipherSuite());
        transcript.tls("handshake complete: " + tls.protocol() + " " + tls.cipherSuite()
                + " (certificate profile " + profile.certificate().name().toLowerCase(Locale.ROOT) + ")");
    }

    @Override
    public void tlsFailed(IOException problem) {
        tlsFailure = problem.getMessage();
        transcript.tls("handshake failed: " + problem.getMessage());
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
        String ending = cutOffReason != null ? "cut off: " + cutOffReason : how;
        transcript.note("session ended: " + ending);
        finished.accept(new SessionFacts(profile, clientAddress, started, Instant.now(), ehloNames, starttlsSent,
                Optional.ofNullable(clientHello), Optional.ofNullable(clientHelloProblem), Optional.ofNullable(tls),
                Optional.ofNullable(tlsFailure), plaintextTransaction, ehloInsideTls, transactionInsideTls,
                Optional.ofNullable(preTlsExtensionUsed), Optional.ofNullable(bytesBeforeReady), aheadOfEhloReply,
                Optional.ofNullable(tls10Response), Optional.ofNullable(delivered), ending, transcript.events(),
                transcript.render()));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
