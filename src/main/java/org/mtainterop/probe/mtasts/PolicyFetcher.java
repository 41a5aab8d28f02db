package org.mtainterop.probe.mtasts;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Future;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import org.mtainterop.cert.CertificateAnalyzer;
import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.net.Deadline;
import org.mtainterop.net.DeadlineWatchdog;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.policy.Reason;
import org.mtainterop.tls.ChainRecordingTrustManager;
import org.mtainterop.tls.HandshakeFailure;

/**
 * Fetches a domain's MTA-STS policy as a sender would (RFC 8461 §3.3): HTTPS to {@code mta-sts.<domain>}
 * with SNI, {@code GET /.well-known/mta-sts.txt}, no redirect followed, at most 64 KiB read. The certificate
 * is recorded and validated afterwards (PKIX against the trust anchors, the name {@code mta-sts.<domain>}) so
 * that a bad one is evidence, not a bare handshake failure. Every step is bounded: the connect timeout per
 * address, the read timeout per read, and the deadline for the whole fetch (a watchdog closes the socket, so
 * a body dripped one byte at a time ends there too). Never throws for network trouble: that is a stage.
 */
public final class PolicyFetcher {
    public static final String PATH = "/.well-known/mta-sts.txt";

    /** Where the policy host's addresses come from: the harness's DNS layer, or a fixed answer in tests. */
    @FunctionalInterface
    public interface PolicyHostResolver {
        /**
         * The addresses of {@code host}, in the order to try; an {@link IOException} says why there are none (a
         * {@link PolicyHostUnresolvedException} in the harness's words and whether the lookup itself failed, any other
         * the resolver's words: the host has no address).
         */
        List<InetAddress> resolve(String host) throws IOException;
    }

    private final PolicyHostResolver resolver;
    private final TrustAnchors anchors;
    private final NetworkLimits limits;
    private final Clock clock;
    private final int port;

    public PolicyFetcher(PolicyHostResolver resolver, TrustAnchors anchors, NetworkLimits limits, Clock clock,
                         int port) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.anchors = Objects.requireNonNull(anchors, "anchors");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.port = port;
    }

    public static String policyHost(String domain) {
        String name = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
        return "mta-sts." + name.toLowerCase(Locale.ROOT);
    }

    public PolicyFetch fetch(String domain) {
        String host = policyHost(domain);
        String url = "https://" + host + (port == 443 ? "" : ":" + port) + PATH;
        Attempt attempt = new Attempt(url);
        long started = System.nanoTime();
        Deadline deadline = Deadline.in(limits.sessionDeadline());
        try {
            List<InetAddress> addresses;
            try {
                addresses = resolver.resolve(host);
            } catch (PolicyHostUnresolvedException e) {
                return attempt.stop(PolicyFetch.Stage.NO_ADDRESS, new FetchProblem(e.kind(),
                        Reason.of("PolicyFetch.at", host, e.said())), started);
            } catch (IOException e) {
                return attempt.stop(PolicyFetch.Stage.NO_ADDRESS, new FetchProblem(FetchProblem.Kind.NO_ADDRESS,
                        Reason.of("PolicyFetch.at", host, Reason.fact(String.valueOf(e.getMessage())))), started);
            }
            addresses.forEach(a -> attempt.addresses.add(a.getHostAddress()));
            if (addresses.isEmpty()) {
                return attempt.stop(PolicyFetch.Stage.NO_ADDRESS, new FetchProblem(FetchProblem.Kind.NO_ADDRESS,
                        Reason.of("PolicyFetch.noAddress", host)), started);
            }
            Socket plain = connect(addresses, deadline, attempt);
            if (plain == null) {
                return attempt.stop(PolicyFetch.Stage.CONNECT_FAILED, attempt.lastProblem, started);
            }
            Future<?> watchdog = DeadlineWatchdog.closeAt(deadline, plain);
            try (Socket ignored = plain) {
                return exchange(plain, host, deadline, attempt, started);
            } finally {
                watchdog.cancel(false);
            }
        } catch (IOException | RuntimeException e) {
            return attempt.stop(attempt.stage, describe(e, deadline, attempt), started);
        }
    }

    private PolicyFetch exchange(Socket plain, String host, Deadline deadline, Attempt attempt, long started)
            throws IOException {
        ChainRecordingTrustManager recorder = new ChainRecordingTrustManager();
        SSLSocket tls;
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {recorder}, new SecureRandom());
            tls = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true);
        } catch (GeneralSecurityException e) {
            return attempt.stop(PolicyFetch.Stage.TLS_FAILED, new FetchProblem(FetchProblem.Kind.FAILED,
                    Reason.of("PolicyFetch.tlsSetup", Reason.fact(String.valueOf(e.getMessage())))), started);
        }
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setServerNames(List.of(new SNIHostName(host)));
        parameters.setApplicationProtocols(new String[] {"http/1.1"});
        tls.setSSLParameters(parameters);
        attempt.stage = PolicyFetch.Stage.TLS_FAILED;
        try {
            tls.setSoTimeout(deadline.nextTimeoutMillis(limits.readTimeout()));
            tls.startHandshake();
        } catch (IOException e) {
            attempt.recordCertificate(recorder, host, this);
            FetchProblem during = describe(e, deadline, attempt);
            return attempt.stop(PolicyFetch.Stage.TLS_FAILED, during.with(Reason.of("PolicyFetch.handshake",
                    during.kind() == FetchProblem.Kind.FAILED ? HandshakeFailure.of(during.problem()) : during.said())),
                    started);
        }
        attempt.recordCertificate(recorder, host, this);
        attempt.tls = Optional.of(tls.getSession().getProtocol() + " " + tls.getSession().getCipherSuite());
        attempt.stage = PolicyFetch.Stage.RESPONSE_FAILED;
        OutputStream out = tls.getOutputStream();
        out.write(("GET " + PATH + " HTTP/1.1\r\nHost: " + host + (port == 443 ? "" : ":" + port)
                + "\r\nUser-Agent: mta-interop (MTA-STS policy check)\r\nAccept: text/plain\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        HttpResponseReader reader = new HttpResponseReader(new TimedInput(tls, deadline, limits.readTimeout()),
                PolicyFetch.MAX_BODY);
        HttpResponseReader.Head head = reader.readHead();
        attempt.head = head;
        if (head.status() >= 300 && head.status() < 400) {
            // a redirect is never followed (§3.3); its body does not matter
            return attempt.stop(PolicyFetch.Stage.RESPONDED, null, started);
        }
        HttpResponseReader.Body body = reader.readBody(head);
        attempt.body = body.bytes();
        attempt.tooLarge = body.tooLarge();
        return attempt.stop(PolicyFetch.Stage.RESPONDED, null, started);
    }

    private Socket connect(List<InetAddress> addresses, Deadline deadline, Attempt attempt) {
        attempt.stage = PolicyFetch.Stage.CONNECT_FAILED;
        for (InetAddress address : addresses) {
            if (deadline.expired()) {
                attempt.lastProblem = new FetchProblem(FetchProblem.Kind.DEADLINE,
                        Reason.of("PolicyFetch.deadlineBeforeTry", address.getHostAddress()));
                return null;
            }
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, port),
                        deadline.nextTimeoutMillis(limits.connectTimeout()));
                attempt.connectedTo = Optional.of(address.getHostAddress() + ":" + port);
                attempt.timedOut = false;
                return socket;
            } catch (IOException e) {
                FetchProblem problem = describe(e, deadline, attempt);
                attempt.lastProblem = problem.with(Reason.of("PolicyFetch.at", address.getHostAddress() + ":" + port,
                        problem.said()));
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // nothing was connected
                }
            }
        }
        return null;
    }

    CertificateFacts analyze(ChainRecordingTrustManager recorder, String host) {
        return new CertificateAnalyzer().analyze(recorder.serverChain(), host, anchors, clock.instant());
    }

    /** What {@code e} was: the deadline, a timeout, a malformed response (the reader's words) or a lower layer's words. */
    private static FetchProblem describe(Exception e, Deadline deadline, Attempt attempt) {
        if (deadline.expired() || e instanceof SocketTimeoutException) {
            attempt.timedOut = true;
        }
        if (deadline.expired()) {
            return new FetchProblem(FetchProblem.Kind.DEADLINE, Reason.of("PolicyFetch.deadline",
                    deadline.total().toSeconds()));
        }
        if (e instanceof SocketTimeoutException) {
            return new FetchProblem(FetchProblem.Kind.TIMED_OUT, Reason.of("PolicyFetch.timedOut",
                    Reason.fact(String.valueOf(e.getMessage()))));
        }
        if (e instanceof HttpResponseReader.MalformedResponseException malformed) {
            return new FetchProblem(FetchProblem.Kind.MALFORMED, malformed.said());
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return FetchProblem.fact(FetchProblem.Kind.FAILED, message.lines().findFirst().orElse(message));
    }

    /** What one fetch has gathered so far. */
    private static final class Attempt {
        final String url;
        final List<String> addresses = new ArrayList<>();
        Optional<String> connectedTo = Optional.empty();
        PolicyFetch.Stage stage = PolicyFetch.Stage.NO_ADDRESS;
        FetchProblem lastProblem = new FetchProblem(FetchProblem.Kind.FAILED, Reason.of("PolicyFetch.noAddressTried"));
        Optional<CertificateFacts> certificate = Optional.empty();
        Optional<String> tls = Optional.empty();
        HttpResponseReader.Head head;
        byte[] body = new byte[0];
        boolean tooLarge;
        boolean timedOut;

        Attempt(String url) {
            this.url = url;
        }

        void recordCertificate(ChainRecordingTrustManager recorder, String host, PolicyFetcher fetcher) {
            if (!recorder.serverChain().isEmpty()) {
                certificate = Optional.of(fetcher.analyze(recorder, host));
            }
        }

        PolicyFetch stop(PolicyFetch.Stage at, FetchProblem problem, long started) {
            List<Map.Entry<String, String>> headers = head == null ? List.of() : head.headers();
            return new PolicyFetch(url, addresses, connectedTo, at, Optional.ofNullable(problem), timedOut,
                    certificate, tls,
                    head == null ? Optional.empty() : Optional.of(head.statusLine()), head == null ? 0 : head.status(),
                    headers, body, tooLarge, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** The socket's input, each read's timeout shortened to what is left of the deadline. */
    private static final class TimedInput extends BufferedInputStream {
        private final Socket socket;
        private final Deadline deadline;
        private final Duration readTimeout;

        TimedInput(SSLSocket socket, Deadline deadline, Duration readTimeout) throws IOException {
            super(socket.getInputStream(), 8192);
            this.socket = socket;
            this.deadline = deadline;
            this.readTimeout = readTimeout;
        }

        @Override
        public synchronized int read() throws IOException {
            arm();
            return super.read();
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            arm();
            return super.read(b, off, len);
        }

        private void arm() throws IOException {
            if (pos < count) {
                return;
            }
            if (deadline.expired()) {
                throw new SocketTimeoutException("the deadline of " + deadline.total().toSeconds() + " s passed");
            }
            socket.setSoTimeout(deadline.nextTimeoutMillis(readTimeout));
        }
    }
}
