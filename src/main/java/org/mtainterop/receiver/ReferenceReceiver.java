package org.mtainterop.receiver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mtainterop.net.Endpoint;
import org.mtainterop.smtp.SmtpReply;

/**
 * An SMTP receiver that does STARTTLS right, listening on 127.0.0.1 on a port the system picks: the
 * reference the harness's probes are tested against, and the base of the embedded targets. One daemon
 * thread accepts; at most {@link ReceiverSettings#maxConcurrentSessions()} sessions run at once, further
 * connections are told 421 and closed. {@link #close()} stops accepting and cuts every open session.
 */
public final class ReferenceReceiver implements AutoCloseable {
    private static final SmtpReply TOO_BUSY = SmtpReply.of(421, "4.3.2 too many sessions, try again later");
    private static final AtomicInteger RECEIVER_NUMBERS = new AtomicInteger();

    private final ReceiverSettings settings;
    private final MessageSink sink;
    private final Function<Socket, SessionBehaviour> behaviours;
    private final ServerSocket serverSocket;
    private final SessionAcceptor acceptor;

    private ReferenceReceiver(ReceiverSettings settings, MessageSink sink, ServerSocket serverSocket,
                              Function<Socket, SessionBehaviour> behaviours) {
        this.settings = settings;
        this.sink = sink;
        this.behaviours = behaviours;
        this.serverSocket = serverSocket;
        this.acceptor = new SessionAcceptor(serverSocket, settings.maxConcurrentSessions(),
                TOO_BUSY.encode().getBytes(StandardCharsets.US_ASCII),
                client -> new SmtpServerSession(client, settings, sink, behaviours.apply(client)).run(),
                "reference-receiver-" + RECEIVER_NUMBERS.incrementAndGet() + "-" + serverSocket.getLocalPort());
    }

    /** Binds 127.0.0.1 on an ephemeral port and starts accepting at once. */
    public static ReferenceReceiver start(ReceiverSettings settings, MessageSink sink) {
        return start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), settings, sink,
                () -> SessionBehaviour.STANDARD);
    }

    /**
     * Binds {@code address} (port 0: one the system picks) and starts accepting at once; each session consults
     * a fresh behaviour from {@code behaviours} (the adversarial receiver's profiles and recorders).
     */
    public static ReferenceReceiver start(InetSocketAddress address, ReceiverSettings settings, MessageSink sink,
                                          Supplier<SessionBehaviour> behaviours) {
        Objects.requireNonNull(behaviours, "behaviours");
        return startPerClient(address, settings, sink, client -> behaviours.get());
    }

    /**
     * As {@link #start(InetSocketAddress, ReceiverSettings, MessageSink, Supplier)}, each session's behaviour chosen
     * knowing its client's socket (the adversarial receiver walks each client through its profiles).
     */
    public static ReferenceReceiver startPerClient(InetSocketAddress address, ReceiverSettings settings,
                                                   MessageSink sink, Function<Socket, SessionBehaviour> behaviours) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(behaviours, "behaviours");
        ServerSocket serverSocket = null;
        try {
            serverSocket = new ServerSocket();
            serverSocket.bind(address, 64);
            return new ReferenceReceiver(settings, sink, serverSocket, behaviours);
        } catch (IOException e) {
            closeQuietly(serverSocket);
            throw new UncheckedIOException("cannot bind a receiver on " + address, e);
        }
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    /** Where to reach this receiver; {@code referenceName} is the MX name its certificate is meant for. */
    public Endpoint endpoint(String referenceName) {
        return new Endpoint(serverSocket.getInetAddress().getHostAddress(), port(), referenceName);
    }

    public ReceiverSettings settings() {
        return settings;
    }

    public boolean isRunning() {
        return acceptor.isRunning();
    }

    /** Stops accepting, closes every open connection and returns once the accept thread has ended. */
    @Override
    public void close() {
        acceptor.close();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // closing on the way out; nothing to recover
        }
    }

    @Override
    public String toString() {
        return "ReferenceReceiver[" + settings.hostname() + " on " + endpoint(settings.hostname())
                + (settings.offersStarttls() ? ", STARTTLS" : ", plaintext") + "]";
    }
}
