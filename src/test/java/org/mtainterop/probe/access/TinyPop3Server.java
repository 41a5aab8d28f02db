package org.mtainterop.probe.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A POP3 server on loopback for the access probes' tests, good or bad on purpose: it may offer USER before
 * STLS, and it may keep commands pipelined behind STLS and answer them inside TLS (the injection flaw).
 * It records every line it receives, so tests can say what the harness sent.
 */
final class TinyPop3Server implements AutoCloseable {
    private final ServerSocket listener;
    private final SSLContext tls;
    private final boolean plaintextLogin;
    private final boolean keepsPipelinedCommands;
    private final boolean implicitTls;
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());
    private final Thread acceptor;

    TinyPop3Server(SSLContext tls, boolean plaintextLogin, boolean keepsPipelinedCommands, boolean implicitTls) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.tls = tls;
        this.plaintextLogin = plaintextLogin;
        this.keepsPipelinedCommands = keepsPipelinedCommands;
        this.implicitTls = implicitTls;
        this.acceptor = new Thread(this::acceptLoop, "tiny-pop3");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    List<String> received() {
        return List.copyOf(received);
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket s = listener.accept();
                Thread t = new Thread(() -> serve(s), "tiny-pop3-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket plain) {
        try (plain) {
            plain.setSoTimeout(5000);
            Session session = new Session(plain);
            if (implicitTls) {
                session.upgrade();
            }
            session.write("+OK tiny POP3 ready");
            while (true) {
                String line = session.readLine();
                if (line == null) {
                    return;
                }
                received.add(line);
                String verb = line.split(" ")[0].toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "CAPA" -> session.write("+OK\r\n" + (session.secure ? "" : "STLS\r\n")
                            + (plaintextLogin || session.secure ? "USER\r\n" : "") + "SASL" + (plaintextLogin || session.secure ? " PLAIN" : "") + "\r\n.");
                    case "STLS" -> {
                        session.write("+OK Begin TLS negotiation now.");
                        Deque<String> buffered = new ArrayDeque<>(session.pending);
                        session.pending.clear();
                        session.upgrade();
                        if (keepsPipelinedCommands) {
                            session.pending.addAll(buffered);
                        }
                    }
                    case "USER" -> session.write(plaintextLogin || session.secure ? "+OK send PASS" : "-ERR [AUTH] Plaintext authentication disallowed");
                    case "NOOP" -> session.write("+OK");
                    case "QUIT" -> {
                        session.write("+OK bye");
                        return;
                    }
                    default -> session.write("-ERR unknown command");
                }
            }
        } catch (IOException ignored) {
            // the client went away
        }
    }

    private final class Session {
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private boolean secure;
        final Deque<String> pending = new ArrayDeque<>();

        Session(Socket socket) throws IOException {
            attach(socket);
        }

        private void attach(Socket s) throws IOException {
            socket = s;
            in = s.getInputStream();
            out = s.getOutputStream();
        }

        void upgrade() throws IOException {
            SSLSocket ssl = (SSLSocket) tls.getSocketFactory().createSocket(socket, null, socket.getPort(), false);
            ssl.setUseClientMode(false);
            ssl.startHandshake();
            attach(ssl);
            secure = true;
        }

        /** Reads whole segments and splits them into lines, as a naive server does (the source of the flaw). */
        String readLine() throws IOException {
            if (pending.isEmpty()) {
                byte[] chunk = new byte[8192];
                int n = in.read(chunk);
                if (n < 0) {
                    return null;
                }
                for (String line : new String(chunk, 0, n, StandardCharsets.ISO_8859_1).split("\r\n")) {
                    if (!line.isEmpty()) {
                        pending.add(line);
                    }
                }
            }
            return pending.poll();
        }

        void write(String text) throws IOException {
            out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
