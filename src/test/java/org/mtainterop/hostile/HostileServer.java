package org.mtainterop.hostile;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * A loopback SMTP "server" that misbehaves in one chosen way per instance ({@link HostileBehaviour}), for
 * proving that the harness stays bounded, honest and alive whatever a target does. Every connection gets
 * the same behaviour; {@link #close()} ends them all. It binds only to a loopback address.
 */
public final class HostileServer implements AutoCloseable {
    static final String BANNER = "220 hostile.test ESMTP\r\n";

    private final HostileBehaviour behaviour;
    private final ServerSocket listener;
    private final ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
        Thread t = new Thread(runnable, "hostile-server");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final SSLContext longChainContext;
    private volatile boolean closed;

    private HostileServer(HostileBehaviour behaviour, ServerSocket listener, SSLContext longChainContext) {
        this.behaviour = behaviour;
        this.listener = listener;
        this.longChainContext = longChainContext;
    }

    /** Starts on 127.0.0.1 on a free port. */
    public static HostileServer start(HostileBehaviour behaviour) throws IOException {
        return start(behaviour, InetAddress.getByName("127.0.0.1"));
    }

    /** Starts on the given loopback address (127.0.0.1 or ::1) on a free port. */
    public static HostileServer start(HostileBehaviour behaviour, InetAddress loopback) throws IOException {
        if (!loopback.isLoopbackAddress()) {
            throw new IllegalArgumentException("a hostile server binds to loopback only, not " + loopback);
        }
        ServerSocket listener = new ServerSocket();
        listener.bind(new InetSocketAddress(loopback, 0), 200);
        SSLContext chain = behaviour == HostileBehaviour.FIFTY_CERTIFICATE_CHAIN ? LongChain.serverContext(50) : null;
        HostileServer server = new HostileServer(behaviour, listener, chain);
        Thread acceptor = new Thread(server::acceptLoop, "hostile-acceptor-" + behaviour);
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }

    public int port() {
        return listener.getLocalPort();
    }

    public HostileBehaviour behaviour() {
        return behaviour;
    }

    /** The --target argument for this server: {@code 127.0.0.1:port} or {@code [::1]:port}. */
    public String target() {
        String host = listener.getInetAddress().getHostAddress();
        return (host.indexOf(':') >= 0 ? "[" + (host.startsWith("0:0:0:0:0:0:0:1") ? "::1" : host) + "]" : host)
                + ":" + port();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                open.add(client);
                connections.execute(() -> {
                    try {
                        serve(client);
                    } catch (IOException | RuntimeException ignored) {
                        // the harness hung up or was cut off: that is the point of most behaviours
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        open.remove(client);
                        closeQuietly(client);
                    }
                });
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void serve(Socket client) throws IOException, InterruptedException {
        client.setSoTimeout(30_000);
        Conversation c = new Conversation(client);
        behaviour.script().play(c, this);
    }

    SSLContext longChainContext() {
        return longChainContext;
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        open.forEach(HostileServer::closeQuietly);
        connections.shutdownNow();
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    /** The server's end of one connection, with the few moves every script needs. */
    static final class Conversation {
        final Socket socket;
        final InputStream in;
        final OutputStream out;

        Conversation(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        void send(String text) throws IOException {
            send(text.getBytes(StandardCharsets.ISO_8859_1));
        }

        void send(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        /** Reads one client line (bounded at 4 KiB); null when the client hung up. */
        String readLine() throws IOException {
            StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    return line.toString().strip();
                }
                if (line.length() < 4096) {
                    line.append((char) b);
                }
            }
            return null;
        }

        /** Answers commands until STARTTLS (which gets 220); false when the client left first. */
        boolean untilStarttls(String ehloReply) throws IOException {
            String line;
            while ((line = readLine()) != null) {
                String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> send(ehloReply);
                    case "STARTTLS" -> {
                        send("220 2.0.0 go ahead\r\n");
                        return true;
                    }
                    case "QUIT" -> {
                        send("221 bye\r\n");
                        return false;
                    }
                    default -> send("250 ok\r\n");
                }
            }
            return false;
        }

        /** Reads whatever the client sent within a moment (its ClientHello), bounded; returns the count. */
        int swallowClientHello() throws IOException {
            byte[] hello = new byte[16 * 1024];
            int n = in.read(hello);
            return Math.max(0, n);
        }

        /** Reads and discards until the client hangs up or the server is closed. */
        void drainUntilClosed() throws IOException {
            byte[] sink = new byte[4096];
            try {
                while (in.read(sink) >= 0) {
                    // discard
                }
            } catch (SocketTimeoutException | SocketException ignored) {
                // the harness gave up, or the server is closing
            }
        }

        void dripSlowly(byte[] bytes, long millisPerByte) throws IOException, InterruptedException {
            for (byte b : bytes) {
                out.write(b);
                out.flush();
                Thread.sleep(millisPerByte);
            }
        }

        /** An abortive close: RST instead of FIN. */
        void reset() throws IOException {
            socket.setSoLinger(true, 0);
            socket.close();
        }
    }

    /** What a behaviour does with one connection. */
    @FunctionalInterface
    interface Script {
        void play(Conversation c, HostileServer server) throws IOException, InterruptedException;
    }
}
