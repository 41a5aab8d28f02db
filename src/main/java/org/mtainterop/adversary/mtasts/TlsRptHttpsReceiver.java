package org.mtainterop.adversary.mtasts;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import org.mtainterop.mtasts.TlsRptSubmission;

/**
 * The HTTPS end of a TLS-RPT {@code rua=https:} URI (RFC 8460 §5.2), run by the harness: takes each POST (at
 * most {@link TlsRptSubmission#MAX_BYTES}; more is refused with 413), answers 201 and keeps the report parsed,
 * with what is wrong with it or its delivery. Anything but POST gets 405.
 */
public final class TlsRptHttpsReceiver implements AutoCloseable {
    private final HttpsServer server;
    private final ExecutorService executor;
    private final List<TlsRptSubmission> received = new CopyOnWriteArrayList<>();

    private TlsRptHttpsReceiver(HttpsServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static TlsRptHttpsReceiver start(InetSocketAddress bind, SSLContext tls, String path) throws IOException {
        HttpsServer server = HttpsServer.create(bind, 16);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "mta-interop-tlsrpt-receiver");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        TlsRptHttpsReceiver receiver = new TlsRptHttpsReceiver(server, executor);
        server.createContext(path, receiver::handle);
        server.start();
        return receiver;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The reports received so far, in order. */
    public List<TlsRptSubmission> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = bounded(exchange.getRequestBody());
            if (body == null) {
                exchange.sendResponseHeaders(413, -1);
                return;
            }
            received.add(TlsRptSubmission.fromHttps(exchange.getRequestHeaders().getFirst("Content-Type"), body));
            exchange.sendResponseHeaders(201, -1);
        }
    }

    private static byte[] bounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > TlsRptSubmission.MAX_BYTES) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
