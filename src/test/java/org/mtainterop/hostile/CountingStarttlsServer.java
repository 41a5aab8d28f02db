package org.mtainterop.hostile;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A well-behaved STARTTLS server on loopback that writes down every command verb it receives (before and
 * inside TLS) and when each connection arrived: proof of what the harness sends to a live MX, and how fast.
 */
final class CountingStarttlsServer implements AutoCloseable {
    private final ServerSocket listener;
    private final SSLContext tls;
    private final List<String> verbs = new CopyOnWriteArrayList<>();
    private final List<Long> acceptNanos = new CopyOnWriteArrayList<>();
    private final ExecutorService sessions = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "counting-server");
        t.setDaemon(true);
        return t;
    });

    CountingStarttlsServer(SSLContext tls) throws IOException {
        this.tls = tls;
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
        Thread acceptor = new Thread(this::acceptLoop, "counting-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String target() {
        return "127.0.0.1:" + listener.getLocalPort();
    }

    List<String> verbs() {
        return List.copyOf(verbs);
    }

    List<Long> acceptNanos() {
        return List.copyOf(acceptNanos);
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                acceptNanos.add(System.nanoTime());
                sessions.execute(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(10_000);
            HostileServer.Conversation c = new HostileServer.Conversation(client);
            c.send("220 counting.test ESMTP\r\n");
            if (!answer(c, false)) {
                return;
            }
            SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(client,
                    client.getInetAddress().getHostAddress(), client.getPort(), true);
            secure.setUseClientMode(false);
            secure.startHandshake();
            answer(new HostileServer.Conversation(secure), true);
        } catch (IOException | RuntimeException ignored) {
            // the harness ended the conversation
        }
    }

    /** Answers until STARTTLS (true: upgrade now) or the end of the conversation (false). */
    private boolean answer(HostileServer.Conversation c, boolean insideTls) throws IOException {
        String line;
        boolean greeted = false;
        while ((line = c.readLine()) != null) {
            String verb = line.isEmpty() ? "" : line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
            verbs.add(verb);
            switch (verb) {
                case "EHLO" -> {
                    greeted = true;
                    c.send(insideTls ? "250-counting.test\r\n250 PIPELINING\r\n" : "250-counting.test\r\n250 STARTTLS\r\n");
                }
                case "STARTTLS" -> {
                    if (!insideTls) {
                        c.send("220 go ahead\r\n");
                        return true;
                    }
                    c.send("503 already in TLS\r\n");
                }
                case "MAIL" -> c.send(greeted ? "250 ok\r\n" : "503 5.5.1 EHLO first\r\n");
                case "QUIT" -> {
                    c.send("221 bye\r\n");
                    return false;
                }
                default -> c.send(insideTls ? "250 ok\r\n" : "502 not here\r\n");
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        listener.close();
        sessions.shutdownNow();
    }
}
