package org.mtainterop.smtp;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Future;
import org.mtainterop.net.Deadline;
import org.mtainterop.net.DeadlineExceededException;
import org.mtainterop.net.DeadlineWatchdog;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.tls.TlsClientSettings;
import org.mtainterop.tls.TlsHandshakeFacts;
import org.mtainterop.tls.TlsUpgrade;

/**
 * A client-side SMTP conversation with one server: connect, read replies, send commands, upgrade with
 * STARTTLS. Every blocking call is bounded by the per-read timeout and the session deadline; every byte
 * in either direction goes into the transcript.
 */
public final class SmtpClientSession implements AutoCloseable {
    private final Endpoint endpoint;
    private final NetworkLimits limits;
    private final Deadline deadline;
    private final Transcript transcript;
    private final SmtpReplyDecoder decoder;
    private final byte[] buffer = new byte[8192];
    private int bufferPos;
    private int bufferLimit;
    private Socket socket;
    private Future<?> watchdog;
    private InputStream in;
    private OutputStream out;
    private boolean tls;

    private SmtpClientSession(Endpoint endpoint, NetworkLimits limits, Transcript transcript) {
        this.endpoint = endpoint;
        this.limits = limits;
        this.deadline = Deadline.in(limits.sessionDeadline());
        this.transcript = transcript;
        this.decoder = new SmtpReplyDecoder(limits.maxLineLength(), limits.maxReplyBytes(), limits.maxReplyLines());
    }

    /** Opens the TCP connection; the caller then reads the greeting with {@link #readReply()}. */
    public static SmtpClientSession connect(Endpoint endpoint, NetworkLimits limits, Transcript transcript)
            throws IOException {
        SmtpClientSession session = new SmtpClientSession(endpoint, limits, transcript);
        transcript.note("connecting to " + endpoint);
        Socket socket = new Socket();
        try {
            int timeout = (int) Math.min(limits.connectTimeout().toMillis(), session.deadline.remainingMillis());
            socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), Math.max(1, timeout));
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        session.attach(socket);
        session.watchdog = DeadlineWatchdog.closeAt(session.deadline, socket);
        transcript.note("connected to " + socket.getInetAddress().getHostAddress() + ":" + endpoint.port());
        return session;
    }

    private void attach(Socket newSocket) throws IOException {
        this.socket = newSocket;
        this.in = newSocket.getInputStream();
        this.out = newSocket.getOutputStream();
    }

    public Transcript transcript() {
        return transcript;
    }

    public Deadline deadline() {
        return deadline;
    }

    public boolean isTls() {
        return tls;
    }

    /** Reads one complete reply, or throws: timeout, deadline, closed connection, protocol violation. */
    public SmtpReply readReply() throws IOException, SmtpProtocolException {
        while (true) {
            if (bufferPos == bufferLimit) {
                fill();
            }
            while (bufferPos < bufferLimit) {
                Optional<SmtpReply> reply;
                try {
                    reply = decoder.accept(buffer[bufferPos++]);
                } catch (SmtpProtocolException e) {
                    transcript.serverRaw(e.offendingLine());
                    transcript.note("protocol violation: " + e.getMessage());
                    throw e;
                }
                if (reply.isPresent()) {
                    transcript.server(reply.get());
                    return reply.get();
                }
            }
        }
    }

    /**
     * Waits at most {@code waitMillis} for a further reply; empty when none comes in that time. Used where
     * silence is the compliant answer (e.g. after a pipelined command that must have been discarded).
     */
    public Optional<SmtpReply> readReplyWithin(int waitMillis) throws IOException, SmtpProtocolException {
        if (bufferPos < bufferLimit || decoder.inProgress()) {
            return Optional.of(readReply());
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
            return Optional.of(readReply());
        } catch (SocketTimeoutException quiet) {
            return Optional.empty();
        } finally {
            if (!socket.isClosed()) {
                socket.setSoTimeout(saved);
            }
        }
    }

    public SmtpReply command(SmtpRequest request) throws IOException, SmtpProtocolException {
        send(request);
        return readReply();
    }

    public void send(SmtpRequest request) throws IOException {
        writeRaw(request.encode());
    }

    /** Writes several commands in one write call (one TCP segment on loopback): pipelining probes. */
    public void sendPipelined(SmtpRequest... requests) throws IOException {
        StringBuilder all = new StringBuilder();
        for (SmtpRequest r : requests) {
            all.append(r.encode());
        }
        writeRaw(all.toString());
    }

    private void writeRaw(String text) throws IOException {
        for (String line : text.split("(?<=\n)")) {
            transcript.client(line);
        }
        try {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException e) {
            if (deadline.expired()) { // the watchdog closed a socket the server had stopped reading from
                throw new DeadlineExceededException("session deadline of " + deadline.total().toSeconds()
                        + " s passed while sending");
            }
            throw e;
        }
    }

    /**
     * Runs the TLS handshake after a 220 to STARTTLS. Bytes the server sent after its 220 and before the
     * handshake are recorded and discarded (RFC 3207 §4.2: nothing from before TLS may be trusted).
     */
    public TlsHandshakeFacts startTls(TlsClientSettings settings) throws IOException {
        if (bufferPos < bufferLimit) {
            transcript.note("server sent " + (bufferLimit - bufferPos) + " bytes after its 220 before TLS: discarded");
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
            tls = true;
        } else {
            transcript.tls("handshake failed: " + facts.failure());
        }
        return facts;
    }

    /**
     * After a 220 to STARTTLS, for probes that speak TLS themselves (raw hellos, org.mtainterop.tls.raw): the
     * plain socket, its read timeout set for the next read. Bytes the server sent after its 220 are discarded
     * as in {@link #startTls}. The session is unusable for SMTP afterwards; the caller only closes it.
     */
    public Socket socketForRawTls() throws IOException {
        if (bufferPos < bufferLimit) {
            transcript.note("server sent " + (bufferLimit - bufferPos) + " bytes after its 220 before TLS: discarded");
            bufferPos = bufferLimit;
        }
        socket.setSoTimeout(deadline.nextTimeoutMillis(limits.readTimeout()));
        return socket;
    }

    /** Best-effort QUIT: a server that does not answer it costs nothing more than one short read. */
    public void quitQuietly() {
        try {
            if (socket != null && !socket.isClosed()) {
                send(SmtpRequest.quit());
                readReplyWithin(1000);
            }
        } catch (IOException | SmtpProtocolException ignored) {
            // the conversation is over either way
        }
    }

    private void fill() throws IOException {
        if (deadline.expired()) {
            throw new DeadlineExceededException("session deadline of " + deadline.total().toSeconds()
                    + " s passed while waiting for a reply" + partial());
        }
        socket.setSoTimeout(deadline.nextTimeoutMillis(limits.readTimeout()));
        int n;
        try {
            n = in.read(buffer, 0, buffer.length);
        } catch (IOException e) {
            if (deadline.expired()) { // a timeout, or the watchdog closed the socket under a dripped TLS record
                throw new DeadlineExceededException("session deadline of " + deadline.total().toSeconds()
                        + " s passed while waiting for a reply" + partial());
            }
            if (!(e instanceof SocketTimeoutException)) {
                throw e;
            }
            throw new SocketTimeoutException("no reply within " + limits.readTimeout().toSeconds() + " s" + partial());
        }
        if (n < 0) {
            throw new EOFException("connection closed by the server" + partial());
        }
        bufferPos = 0;
        bufferLimit = n;
    }

    private String partial() {
        return decoder.inProgress() ? " (partial line: '" + org.mtainterop.net.Printable.excerpt(decoder.currentLine(), 80) + "')" : "";
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
