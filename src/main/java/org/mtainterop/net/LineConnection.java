package org.mtainterop.net;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Future;
import org.mtainterop.policy.Reason;
import org.mtainterop.smtp.Transcript;
import org.mtainterop.tls.TlsClientSettings;
import org.mtainterop.tls.TlsHandshakeFacts;
import org.mtainterop.tls.TlsUpgrade;

/**
 * A client connection to a line-oriented mail protocol (SMTP, IMAP, POP3): connect, TLS (by command or
 * implicit, right after connect), send lines, read responses through a {@link ResponseDecoder}. Every
 * blocking call is bounded by the per-read timeout and the session deadline (a watchdog closes the socket
 * when the deadline passes, whatever the thread is blocked in); every line either way goes into the
 * transcript, server lines escaped by the transcript itself.
 */
public final class LineConnection implements AutoCloseable {
    private static final int MAX_TRANSCRIPT_LINE = 1024;
    private final Endpoint endpoint;
    private final NetworkLimits limits;
    private final TargetHealth health;
    private final Deadline deadline;
    private final Transcript transcript;
    private long startedNanos;
    private long replyEndNanos;
    private int replyBytes;
    private final byte[] buffer = new byte[8192];
    private final StringBuilder serverLine = new StringBuilder();
    private int bufferPos;
    private int bufferLimit;
    private Socket socket;
    private Future<?> watchdog;
    private InputStream in;
    private OutputStream out;

    private LineConnection(Endpoint endpoint, NetworkLimits limits, Transcript transcript) {
        this.endpoint = endpoint;
        this.limits = limits;
        this.health = limits.health();
        this.deadline = health.sessionDeadline(limits.sessionDeadline());
        this.transcript = transcript;
    }

    /**
     * Opens the TCP connection (plaintext); for implicit TLS call {@link #startTls} next, before any read. The
     * target's {@link TargetHealth} admits it first: it may wait (pacing) or refuse with
     * {@link TargetGivenUpException} (the target was given up); what the connect met is reported to it.
     */
    public static LineConnection connect(Endpoint endpoint, NetworkLimits limits, Transcript transcript) throws IOException {
        return connect(endpoint, limits, transcript, Optional.empty());
    }

    /**
     * As {@link #connect(Endpoint, NetworkLimits, Transcript)}, from the local address {@code source} when one is
     * given (a {@link java.net.BindException} when it is not an address of this host).
     */
    public static LineConnection connect(Endpoint endpoint, NetworkLimits limits, Transcript transcript,
                                         Optional<InetAddress> source) throws IOException {
        try {
            limits.health().admit();
        } catch (TargetGivenUpException e) {
            transcript.note(e.getMessage());
            throw e;
        }
        LineConnection c = new LineConnection(endpoint, limits, transcript);
        transcript.note("connecting to " + endpoint + source.map(a -> " from " + a.getHostAddress()).orElse(""));
        Socket s = new Socket();
        long start = System.nanoTime();
        try {
            if (source.isPresent()) {
                s.bind(new InetSocketAddress(source.get(), 0));
            }
            int timeout = (int) Math.min(limits.connectTimeout().toMillis(), c.deadline.remainingMillis());
            s.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), Math.max(1, timeout));
        } catch (IOException e) {
            s.close();
            if (e instanceof SocketTimeoutException) {
                c.health.broken(Reason.of("Broken.noAnswerToConnection", limits.connectTimeout().toSeconds()));
            } else if (e instanceof ConnectException) {
                c.health.refusedOrReset(start);
            }
            throw e;
        }
        c.startedNanos = start;
        c.health.connected(start, Duration.ofNanos(System.nanoTime() - start));
        c.attach(s);
        c.watchdog = DeadlineWatchdog.closeAt(c.deadline, s,
                () -> c.health.broken(Reason.of("Broken.ranInto", c.deadline.said())));
        transcript.note("connected to " + s.getInetAddress().getHostAddress() + ":" + endpoint.port());
        return c;
    }

    private void attach(Socket newSocket) throws IOException {
        this.socket = newSocket;
        this.in = newSocket.getInputStream();
        this.out = newSocket.getOutputStream();
    }

    /** The peer's address as connected (a literal), empty before the connection. */
    public Optional<String> remoteAddress() {
        return socket == null || socket.getInetAddress() == null ? Optional.empty()
                : Optional.of(socket.getInetAddress().getHostAddress());
    }

    public Transcript transcript() {
        return transcript;
    }

    public NetworkLimits limits() {
        return limits;
    }

    /**
     * The server turned this session away in its greeting, for now (SMTP 421, IMAP {@code * BYE}, POP3
     * {@code -ERR}): told to the target's {@link TargetHealth}, which backs off.
     */
    public void serverBusy() {
        health.busy(startedNanos);
    }

    /** False once the socket is closed: by {@link #close}, a failed handshake or the session deadline. */
    public boolean isOpen() {
        return socket != null && !socket.isClosed();
    }

    /**
     * Reads one complete response, or throws: timeout, deadline, closed connection, protocol violation. The whole
     * response must come within the read timeout: a server that drips it slower is broken, not slow.
     */
    public <T> T read(ResponseDecoder<T> decoder) throws IOException, ProtocolViolation {
        if (!decoder.inProgress()) {
            replyEndNanos = System.nanoTime() + limits.readTimeout().toNanos();
            replyBytes = 0;
        }
        while (true) {
            if (bufferPos == bufferLimit) {
                fill(decoder);
            }
            while (bufferPos < bufferLimit) {
                byte b = buffer[bufferPos++];
                replyBytes++;
                record(b);
                Optional<T> response;
                try {
                    response = decoder.accept(b);
                } catch (ProtocolViolation e) {
                    flushServerLine();
                    transcript.note("protocol violation: " + e.getMessage());
                    throw e;
                }
                if (response.isPresent()) {
                    flushServerLine();
                    return response.get();
                }
            }
        }
    }

    /** Waits at most {@code waitMillis} for a further response; empty when none starts in that time. */
    public <T> Optional<T> readWithin(ResponseDecoder<T> decoder, int waitMillis) throws IOException, ProtocolViolation {
        if (bufferPos < bufferLimit || decoder.inProgress()) {
            return Optional.of(read(decoder));
        }
        int saved = socket.getSoTimeout();
        try {
            socket.setSoTimeout(Math.max(1, Math.min(waitMillis, (int) deadline.remainingMillis())));
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                return Optional.empty();
            }
            bufferPos = 0;
            bufferLimit = n;
        } catch (SocketTimeoutException quiet) {
            return Optional.empty();
        } finally {
            if (!socket.isClosed()) {
                socket.setSoTimeout(saved);
            }
        }
        return Optional.of(read(decoder));
    }

    /** Writes the lines (each without its CRLF) in one write call: one TCP segment on loopback (pipelining). */
    public void send(String... lines) throws IOException {
        StringBuilder all = new StringBuilder();
        for (String line : lines) {
            transcript.client(line);
            all.append(line).append("\r\n");
        }
        try {
            out.write(all.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException e) {
            if (deadline.expired()) {
                throw new DeadlineExceededException(Reason.of("Read.deadlinePassedSending", deadline.said()));
            }
            throw e;
        }
    }

    /**
     * Runs the TLS client handshake: after the server accepted STARTTLS / STLS, or right after connect for
     * implicit TLS. Bytes the server sent before the handshake are recorded and discarded (RFC 3207 §4.2,
     * RFC 2595 §3.1: nothing from before TLS may be trusted).
     */
    public TlsHandshakeFacts startTls(TlsClientSettings settings) throws IOException {
        if (bufferPos < bufferLimit) {
            transcript.note("server sent " + (bufferLimit - bufferPos) + " bytes before the handshake: discarded");
            bufferPos = bufferLimit;
        }
        TlsUpgrade upgrade = TlsUpgrade.handshake(socket, endpoint.host(), endpoint.port(), settings,
                deadline.nextTimeoutMillis(limits.readTimeout()));
        TlsHandshakeFacts facts = upgrade.facts();
        if (!facts.completed() && deadline.expired()) {
            facts = TlsHandshakeFacts.failed(settings, facts.peerChain(), deadline.describe()
                    + " passed during the handshake", facts.took());
            health.broken(Reason.of("Broken.ranIntoHandshake", deadline.said()));
        }
        if (facts.completed()) {
            transcript.tls("handshake complete: " + facts.protocol() + " " + facts.cipherSuite()
                    + ", SNI " + facts.sniSent().orElse("(none)") + ", " + facts.peerChain().size() + " certificate(s)");
            attach(upgrade.socket());
        } else {
            transcript.tls("handshake failed: " + facts.failure());
        }
        return facts;
    }

    /**
     * The socket itself, for a raw ClientHello right after the server agreed to STARTTLS / STLS (or right
     * after connect, for implicit TLS). Bytes the server sent before it are recorded and discarded, as in
     * {@link #startTls}; reads on it keep the per-read timeout, and the session deadline still closes it.
     */
    public Socket socketForRawTls() throws IOException {
        if (bufferPos < bufferLimit) {
            transcript.note("server sent " + (bufferLimit - bufferPos) + " bytes before the raw hello: discarded");
            bufferPos = bufferLimit;
        }
        socket.setSoTimeout(deadline.nextTimeoutMillis(limits.readTimeout()));
        return socket;
    }

    private void fill(ResponseDecoder<?> decoder) throws IOException {
        if (deadline.expired()) {
            throw deadlinePassed(decoder);
        }
        long replyLeft = Math.max(1, (replyEndNanos - System.nanoTime() + 999_999) / 1_000_000);
        socket.setSoTimeout((int) Math.min(replyLeft, deadline.nextTimeoutMillis(limits.readTimeout())));
        int n;
        try {
            n = in.read(buffer, 0, buffer.length);
        } catch (IOException e) {
            if (deadline.expired()) {
                throw deadlinePassed(decoder);
            }
            if (!(e instanceof SocketTimeoutException)) {
                if (isReset(e)) {
                    health.refusedOrReset(startedNanos);
                }
                throw e;
            }
            Reason why = replyBytes == 0 ? Reason.of("Read.noResponse", limits.readTimeout().toSeconds())
                    : Reason.of("Read.dripFed", limits.readTimeout().toSeconds(), replyBytes);
            health.broken(why);
            throw new ReadTimedOutException(withPartial(why, decoder));
        }
        if (n < 0) {
            flushServerLine();
            throw new EOFException("connection closed by the server" + partial(decoder));
        }
        bufferPos = 0;
        bufferLimit = n;
    }

    private DeadlineExceededException deadlinePassed(ResponseDecoder<?> decoder) {
        health.broken(Reason.of("Broken.ranInto", deadline.said()));
        return new DeadlineExceededException(withPartial(Reason.of("Read.deadlinePassedWaiting", deadline.said()), decoder));
    }

    private static boolean isReset(IOException e) {
        return e instanceof SocketException && e.getMessage() != null
                && e.getMessage().toLowerCase(Locale.ROOT).contains("reset");
    }

    private void record(byte b) {
        if (b == '\n') {
            flushServerLine();
        } else if (b != '\r' && serverLine.length() < MAX_TRANSCRIPT_LINE) {
            serverLine.append((char) (b & 0xff));
        }
    }

    private void flushServerLine() {
        if (!serverLine.isEmpty()) {
            transcript.serverRaw(serverLine.toString());
            serverLine.setLength(0);
        }
    }

    /** {@code why}, and the line the server had begun when it stopped, if any. */
    private static Reason withPartial(Reason why, ResponseDecoder<?> decoder) {
        return decoder.inProgress() ? Reason.of("Read.withPartialLine", why, Printable.excerpt(decoder.currentLine(), 80)) : why;
    }

    private static String partial(ResponseDecoder<?> decoder) {
        return decoder.inProgress() ? " (partial line: '" + Printable.excerpt(decoder.currentLine(), 80) + "')" : "";
    }

    @Override
    public void close() {
        if (watchdog != null) {
            watchdog.cancel(false);
        }
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // closing a dead socket tells nothing new
        }
    }
}
