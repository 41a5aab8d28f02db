package org.mtainterop.receiver;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Accepts connections on one bound socket and serves each on a bounded pool of daemon threads; a connection beyond
 * the pool is given the protocol's busy answer (SMTP 421, IMAP {@code * BYE}, POP3 {@code -ERR}) and closed.
 * {@link #close()} stops accepting and cuts every open connection. The SMTP receivers and the access server
 * both serve through it.
 */
public final class SessionAcceptor implements AutoCloseable {
    private final ServerSocket serverSocket;
    private final byte[] busyAnswer;
    private final Consumer<Socket> serve;
    private final ThreadPoolExecutor pool;
    private final Thread acceptor;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** Starts accepting on {@code bound} at once; {@code serve} runs each session on a pool thread. */
    public SessionAcceptor(ServerSocket bound, int maxSessions, byte[] busyAnswer, Consumer<Socket> serve, String name) {
        this.serverSocket = bound;
        this.busyAnswer = busyAnswer.clone();
        this.serve = serve;
        this.pool = new ThreadPoolExecutor(maxSessions, maxSessions, 10, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemon(name + "-session"));
        this.pool.allowCoreThreadTimeOut(true);
        this.acceptor = daemon(name + "-accept").newThread(this::acceptLoop);
        this.acceptor.start();
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    /** True until {@link #close()}, while the accept thread lives. */
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
            open.add(client);
            if (closed) {
                closeQuietly(client);
                return;
            }
            try {
                pool.execute(() -> {
                    try {
                        serve.accept(client);
                    } finally {
                        open.remove(client);
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
            client.getOutputStream().write(busyAnswer);
        } catch (IOException e) {
            // turned away either way
        } finally {
            open.remove(client);
            closeQuietly(client);
        }
    }

    /** Stops accepting, closes every open connection and returns once the accept thread and the sessions ended. */
    @Override
    public void close() {
        closed = true;
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        open.forEach(SessionAcceptor::closeQuietly);
        pool.shutdownNow();
        try {
            acceptor.join(2000);
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }

    /** Daemon threads named {@code name-1}, {@code name-2}... */
    public static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
