package org.mtainterop.adversary.mtasts;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * An HTTPS server for {@code /.well-known/mta-sts.txt} that the harness runs (the JDK's {@link HttpsServer}):
 * it serves a policy with the certificate given, or misbehaves as a {@link PolicyServerFault} says, so that a
 * policy check or an MTA-STS sender meets each fault for real, over real TLS. Counts the requests it answered.
 */
public final class PolicyHttpsServer implements AutoCloseable {
    public static final String PATH = "/.well-known/mta-sts.txt";
    private final HttpsServer server;
    private final ExecutorService executor;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile String policy;
    private volatile PolicyServerFault fault;
    private final java.util.Map<String, Served> byHost = new java.util.concurrent.ConcurrentHashMap<>();

    /** A policy and a fault for one policy host. */
    private record Served(String policy, PolicyServerFault fault) {
    }

    private PolicyHttpsServer(HttpsServer server, ExecutorService executor, String policy, PolicyServerFault fault) {
        this.server = server;
        this.executor = executor;
        this.policy = policy;
        this.fault = fault;
    }

    /** Starts on {@code address:port} (0: any free port) with {@code tls} (the policy host's certificate). */
    public static PolicyHttpsServer start(InetAddress address, int port, SSLContext tls, String policy,
                                          PolicyServerFault fault) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(address, port), 16);
        server.setHttpsConfigurator(new HttpsConfigurator(Objects.requireNonNull(tls, "tls")));
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "mta-interop-policy-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        PolicyHttpsServer policyServer = new PolicyHttpsServer(server, executor, policy, fault);
        server.createContext("/", policyServer::handle);
        server.start();
        return policyServer;
    }

    /**
     * Starts serving several policy hosts on one address, each with its own certificate (chosen by SNI) and
     * its own policy and fault ({@link #serve(String, String, PolicyServerFault)}); until then a 404.
     */
    public static PolicyHttpsServer startForHosts(InetAddress address, int port,
                                                  java.util.Map<String, org.mtainterop.pki.IssuedCredential> hosts)
            throws IOException {
        PolicyHttpsServer server = start(address, port, SniKeyManager.context(hosts), "", PolicyServerFault.NOT_FOUND);
        return server;
    }

    /** What {@code host} (the request's Host, without port) serves from now on. */
    public void serve(String host, String hostPolicy, PolicyServerFault hostFault) {
        byHost.put(host.toLowerCase(java.util.Locale.ROOT), new Served(hostPolicy, hostFault));
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public int requests() {
        return requests.get();
    }

    public void serve(String newPolicy, PolicyServerFault newFault) {
        this.policy = newPolicy;
        this.fault = newFault;
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            if (!exchange.getRequestURI().getPath().equals(PATH)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String host = String.valueOf(exchange.getRequestHeaders().getFirst("Host")).replaceFirst(":\\d+$", "")
                    .toLowerCase(java.util.Locale.ROOT);
            Served served = byHost.getOrDefault(host, new Served(policy, fault));
            byte[] body = served.policy().getBytes(StandardCharsets.UTF_8);
            switch (served.fault()) {
                case NONE -> send(exchange, "text/plain; charset=utf-8", body);
                case REDIRECT -> {
                    exchange.getResponseHeaders().set("Location", "https://" + exchange.getRequestHeaders()
                            .getFirst("Host") + "/moved/mta-sts.txt");
                    exchange.sendResponseHeaders(301, -1);
                }
                case NOT_FOUND -> exchange.sendResponseHeaders(404, -1);
                case WRONG_CONTENT_TYPE -> send(exchange, "text/html", body);
                case NO_CONTENT_TYPE -> send(exchange, null, body);
                case OVERSIZED_BODY -> {
                    byte[] big = Arrays.copyOf(body, 100 * 1024);
                    Arrays.fill(big, body.length, big.length, (byte) '#');
                    send(exchange, "text/plain", big);
                }
                case OVERSIZED_CHUNKED -> endless(exchange);
                case DRIP_FED -> drip(exchange, body);
            }
        } catch (IOException e) {
            // the client went away (it stopped reading, as it should for the oversized and dripped bodies)
        }
    }

    private static void send(HttpExchange exchange, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    private static void endless(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        byte[] block = new byte[16 * 1024];
        Arrays.fill(block, (byte) '#');
        for (int i = 0; i < 64 * 1024; i++) { // at most 1 GiB, if a client read that much
            out.write(block);
        }
    }

    private static void drip(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        exchange.sendResponseHeaders(200, body.length);
        OutputStream out = exchange.getResponseBody();
        for (byte b : body) {
            out.write(b);
            out.flush();
            try {
                TimeUnit.MILLISECONDS.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
