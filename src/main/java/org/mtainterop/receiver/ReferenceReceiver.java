package org.mtainterop.receiver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
    private final java.util.function.Supplier<SessionBehaviour> behaviours;
    private final ServerSocket serverSocket;
    private final ThreadPoolExecutor sessions;
    private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean closed;

    private ReferenceReceiver(ReceiverSettings settings, MessageSink sink, ServerSocket serverSocket,
                              java.util.function.Supplier<SessionBehaviour> behaviours) {
        this.settings = settings;
        this.sink = sink;
        this.behaviours = behaviours;
        this.serverSocket = serverSocket;
        String name = "reference-receiver-" + RECEIVER_NUMBERS.incrementAndGet() + "-" + serverSocket.getLocalPort();
        this.sessions = new ThreadPoolExecutor(settings.maxConcurrentSessions(), settings.maxConcurrentSessions(),
                10, TimeUnit.SECONDS, new SynchronousQueue<>(), daemonThreads(name + "-session-"));
        this.sessions.allowCoreThreadTimeOut(true);
        this.acceptor = daemonThreads(name + "-accept").newThread(this::acceptLoop);
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
                                          java.util.function.Supplier<SessionBehaviour> behaviours) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(behaviours, "behaviours");
        ServerSocket serverSocket = null;
        try {
            serverSocket = new ServerSocket();
            serverSocket.bind(address, 64);
            ReferenceReceiver receiver = new ReferenceReceiver(settings, sink, serverSocket, behaviours);
            receiver.acceptor.start();
            return receiver;
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
        return !closed && acceptor.isAlive();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = serverSocket.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue; // e.g. a connection reset before accept completed
            }
            openSockets.add(client);
            if (closed) { // close() may have run between accept and add
                closeQuietly(client);
                return;
            }
            try {
                sessions.execute(() -> {
                    try {
                        new SmtpServerSession(client, settings, sink, behaviours.get()).run();
                    } finally {
                        openSockets.remove(client);
                        closeQuietly(client);
                    }
                });
            } catch (RejectedExecutionException e) {
                refuse(client);
            }
        }
    }

    private void refuse(Socket client) {
        try {
            client.setSoTimeout(1000);
            client.getOutputStream().write(TOO_BUSY.encode().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // the client is being turned away either way
        } finally {
            openSockets.remove(client);
            closeQuietly(client);
        }
    }

    /** Stops accepting, closes every open connection and returns once the accept thread has ended. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(serverSocket);
        openSockets.forEach(ReferenceReceiver::closeQuietly);
        sessions.shutdownNow();
        try {
            acceptor.join(2000);
            sessions.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger numbers = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix.endsWith("-") ? prefix + numbers.incrementAndGet() : prefix);
            thread.setDaemon(true);
            return thread;
        };
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
