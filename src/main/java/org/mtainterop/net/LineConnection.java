package org.mtainterop.net;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Future;
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
    private final Deadline deadline;
    private final Transcript transcript;
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
        this.deadline = Deadline.in(limits.sessionDeadline());
        this.transcript = transcript;
    }

    /** Opens the TCP connection (plaintext); for implicit TLS call {@link #startTls} next, before any read. */
    public static LineConnection connect(Endpoint endpoint, NetworkLimits limits, Transcript transcript) throws IOException {
        return connect(endpoint, limits, transcript, Optional.empty());
    }

    /**
     * As {@link #connect(Endpoint, NetworkLimits, Transcript)}, from the local address {@code source} when one is
     * given (a {@link java.net.BindException} when it is not an address of this host).
     */
    public static LineConnection connect(Endpoint endpoint, NetworkLimits limits, Transcript transcript,
                                         Optional<InetAddress> source) throws IOException {
        LineConnection c = new LineConnection(endpoint, limits, transcript);
        transcript.note("connecting to " + endpoint + source.map(a -> " from " + a.getHostAddress()).orElse(""));
        Socket s = new Socket();
        try {
            if (source.isPresent()) {
                s.bind(new InetSocketAddress(source.get(), 0));
            }
            int timeout = (int) Math.min(limits.connectTimeout().toMillis(), c.deadline.remainingMillis());
            s.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), Math.max(1, timeout));
        } catch (IOException e) {
            s.close();
            throw e;
        }
        c.attach(s);
        c.watchdog = DeadlineWatchdog.closeAt(c.deadline, s);
        transcript.note("connected to " + s.getInetAddress().getHostAddress() + ":" + endpoint.port());
        return c;
    }

    private void attach(Socket newSocket) throws IOException {
        this.socket = newSocket;
        this.in = newSocket.getInputStream();
        this.out = newSocket.getOutputStream();
    }

    public Transcript transcript() {
        return transcript;
    }

    public NetworkLimits limits() {
        return limits;
    }

    /** False once the socket is closed: by {@link #close}, a failed handshake or the session deadline. */
    public boolean isOpen() {
        return socket != null && !socket.isClosed();
    }

    /** Reads one complete response, or throws: timeout, deadline, closed connection, protocol violation. */
    public <T> T read(ResponseDecoder<T> decoder) throws IOException, ProtocolViolation {
        while (true) {
            if (bufferPos == bufferLimit) {
                fill(decoder);
            }
            while (bufferPos < bufferLimit) {
                byte b = buffer[bufferPos++];
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
                throw new DeadlineExceededException("session deadline of " + deadline.total().toSeconds()
                        + " s passed while sending");
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
            facts = TlsHandshakeFacts.failed(settings, facts.peerChain(), "session deadline of "
                    + deadline.total().toSeconds() + " s passed during the handshake", facts.took());
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
            throw new DeadlineExceededException("session deadline of " + deadline.total().toSeconds()
                    + " s passed while waiting for a response" + partial(decoder));
        }
        socket.setSoTimeout(deadline.nextTimeoutMillis(limits.readTimeout()));
        int n;
        try {
            n = in.read(buffer, 0, buffer.length);
        } catch (IOException e) {
            if (deadline.expired()) {
                throw new DeadlineExceededException("session deadline of " + deadline.total().toSeconds()
                        + " s passed while waiting for a response" + partial(decoder));
            }
            if (!(e instanceof SocketTimeoutException)) {
                throw e;
            }
            throw new SocketTimeoutException("no response within " + limits.readTimeout().toSeconds() + " s" + partial(decoder));
        }
        if (n < 0) {
            flushServerLine();
            throw new EOFException("connection closed by the server" + partial(decoder));
        }
        bufferPos = 0;
        bufferLimit = n;
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
