package org.mtainterop.adversary.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.mtainterop.adversary.AdversarySessions;
import org.mtainterop.adversary.ServerCertificates;
import org.mtainterop.adversary.SessionRecord;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.pki.TestPki;
import org.mtainterop.receiver.SessionAcceptor;

/**
 * The harness as a user's mail server, for testing mail programs (requirements.md, direction "client",
 * CLIENT-01..05): submission, IMAP or POP3, with STARTTLS or implicit TLS, each session bent as its
 * {@link AccessServerProfile} says and recorded as {@link AccessSessionFacts}. Any credentials are accepted and
 * none is ever kept. Binds exactly the address it is given. Limits: sessions at once (a busy reply beyond),
 * line length, IMAP literal size, message size, per-read timeout and a whole-session deadline after which the
 * connection is cut and the session recorded as cut off. SMTP on port 25 stays with the AdversarialReceiver.
 */
public final class AccessAdversarialServer implements AutoCloseable {
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    private final Settings settings;
    private final ServerCertificates certificates;
    private final AdversarySessions<AccessSessionFacts> sessions;
    private final SessionAcceptor acceptor;
    private volatile ProfilePeriod period;

    /** The profile sessions start with now, and its strategy. */
    private record ProfilePeriod(AccessServerProfile profile, AccessProfileBehaviour behaviour) {
    }

    /**
     * @param bind                  where to listen (port 0: the system picks)
     * @param hostname              the server name: greeting, and the name the valid certificate carries
     * @param service               submission, imap or pop3 (STARTTLS), or submissions, imaps, pop3s (implicit TLS)
     * @param readTimeout           per client line or handshake message
     * @param sessionDeadline       a whole session, however slowly the client trickles
     * @param maxLineBytes          a longer command line ends the session
     * @param maxLiteralBytes       a larger IMAP literal is refused (synchronising) or ends the session
     * @param maxMessageBytes       SIZE announced; a larger message is counted, refused, never stored
     * @param desyncWindow          RESPONSE_INJECTION: how long to wait before answering the first command inside TLS
     * @param maxRetainedSessions   finished sessions kept for {@link #sessions()}; the oldest go first
     */
    public record Settings(InetSocketAddress bind, String hostname, MailService service, AccessServerProfile profile,
                           Duration readTimeout, Duration sessionDeadline, int maxConcurrentSessions, int maxLineBytes,
                           long maxLiteralBytes, long maxMessageBytes, Duration desyncWindow, int maxRetainedSessions) {
        public Settings {
            Objects.requireNonNull(bind, "bind");
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(profile, "profile");
            if (hostname == null || hostname.isBlank() || hostname.chars().anyMatch(c -> c <= ' ' || c >= 0x7f)) {
                throw new IllegalArgumentException("not a host name for a greeting: '" + hostname + "'");
            }
            if (!service.userAccess()) {
                throw new IllegalArgumentException("the access server serves submission, IMAP and POP3; SMTP on port 25"
                        + " is the adversarial receiver's (receive --protocol smtp)");
            }
            requireUsable(service, profile);
            if (readTimeout.isNegative() || readTimeout.isZero() || sessionDeadline.isNegative() || sessionDeadline.isZero()) {
                throw new IllegalArgumentException("timeouts must be positive");
            }
            if (maxConcurrentSessions < 1 || maxLineBytes < 512 || maxLiteralBytes < 0 || maxMessageBytes < 1
                    || maxRetainedSessions < 1) {
                throw new IllegalArgumentException("limits out of range: sessions " + maxConcurrentSessions + ", line "
                        + maxLineBytes + ", literal " + maxLiteralBytes + ", message " + maxMessageBytes);
            }
        }

        /** Defaults: 20 s per read, 120 s per session, 16 sessions, 8 KiB lines, 1 MiB literals, 10 MiB messages. */
        public static Settings of(InetSocketAddress bind, String hostname, MailService service, AccessServerProfile profile) {
            return new Settings(bind, hostname, service, profile, Duration.ofSeconds(20), Duration.ofSeconds(120), 16,
                    8192, 1024 * 1024, 10L * 1024 * 1024, Duration.ofMillis(400), 1000);
        }

        /** Whether TLS starts with the first byte (465, 993, 995) rather than after STARTTLS / STLS. */
        public boolean implicitTls() {
            return service.implicitTls();
        }

        /** The same protocol with implicit TLS ({@code --tls implicit}) or STARTTLS. */
        public Settings withImplicitTls(boolean implicit) {
            MailService other = implicit == service.implicitTls() ? service : counterpart(service);
            return new Settings(bind, hostname, other, profile, readTimeout, sessionDeadline, maxConcurrentSessions,
                    maxLineBytes, maxLiteralBytes, maxMessageBytes, desyncWindow, maxRetainedSessions);
        }

        public Settings withTimeouts(Duration read, Duration session) {
            return new Settings(bind, hostname, service, profile, read, session, maxConcurrentSessions, maxLineBytes,
                    maxLiteralBytes, maxMessageBytes, desyncWindow, maxRetainedSessions);
        }

        public Settings withLimits(int sessions, int lineBytes, long literalBytes) {
            return new Settings(bind, hostname, service, profile, readTimeout, sessionDeadline, sessions, lineBytes,
                    literalBytes, maxMessageBytes, desyncWindow, maxRetainedSessions);
        }

        private static MailService counterpart(MailService service) {
            return switch (service) {
                case SUBMISSION -> MailService.SUBMISSIONS;
                case SUBMISSIONS -> MailService.SUBMISSION;
                case IMAP -> MailService.IMAPS;
                case IMAPS -> MailService.IMAP;
                case POP3 -> MailService.POP3S;
                case POP3S -> MailService.POP3;
                case SMTP -> throw new IllegalArgumentException("SMTP has no implicit-TLS form here");
            };
        }
    }

    static void requireUsable(MailService service, AccessServerProfile profile) {
        if (service.implicitTls() && !profile.servesImplicitTls()) {
            throw new IllegalArgumentException("profile " + profile.label() + " bends STARTTLS and cannot run on an"
                    + " implicit-TLS listener (" + service.label() + "); use --tls starttls");
        }
        if (!service.implicitTls() && AccessProfileBehaviour.of(profile).greetsInPlaintextOnImplicitListener()) {
            throw new IllegalArgumentException("profile implicit-plaintext stands where implicit TLS is expected: serve "
                    + service.implicitTlsCounterpart().map(MailService::label).orElse("an implicit-TLS service")
                    + " (--tls implicit)");
        }
    }

    private AccessAdversarialServer(Settings settings, TestPki pki, ServerSocket bound) {
        this.settings = settings;
        this.certificates = new ServerCertificates(pki, settings.hostname());
        this.period = new ProfilePeriod(settings.profile(), AccessProfileBehaviour.of(settings.profile()));
        String name = "access-server-" + NUMBERS.incrementAndGet() + "-" + bound.getLocalPort();
        this.sessions = new AdversarySessions<>(name, settings.sessionDeadline(), settings.maxRetainedSessions());
        this.acceptor = new SessionAcceptor(bound, settings.maxConcurrentSessions(),
                AccessSession.tooBusy(settings.service()).getBytes(StandardCharsets.US_ASCII), this::serve, name);
    }

    /** Binds exactly {@code settings.bind()} and starts accepting at once; certificates come from {@code pki}. */
    public static AccessAdversarialServer start(Settings settings, TestPki pki) {
        Objects.requireNonNull(pki, "pki");
        ServerSocket socket = null;
        try {
            socket = new ServerSocket();
            socket.bind(settings.bind(), 64);
            return new AccessAdversarialServer(settings, pki, socket);
        } catch (IOException e) {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // nothing bound
            }
            throw new UncheckedIOException("cannot bind the access server on " + settings.bind(), e);
        }
    }

    private void serve(Socket client) {
        ProfilePeriod now = period;
        SessionRecord record = new SessionRecord();
        Consumer<AccessSessionFacts> ended = sessions.begin(() -> record.cutOff("session longer than "
                + settings.sessionDeadline().toMillis() + " ms"));
        AccessSessionRecorder recorder = new AccessSessionRecorder(settings.service(), now.profile(), now.behaviour(),
                record, ended);
        new AccessSession(client, settings, recorder, certificates.context(now.profile().certificate())).run();
    }

    /** Switches the profile for sessions that start from now on. */
    public void profile(AccessServerProfile next) {
        requireUsable(settings.service(), Objects.requireNonNull(next, "next"));
        this.period = new ProfilePeriod(next, AccessProfileBehaviour.of(next));
    }

    public AccessServerProfile profile() {
        return period.profile();
    }

    public MailService service() {
        return settings.service();
    }

    /** Every session that has ended (at most the retained number), in the order they ended. */
    public List<AccessSessionFacts> sessions() {
        return sessions.ended();
    }

    /** Sessions in progress now. */
    public int activeSessions() {
        return sessions.active();
    }

    /** Called on the session's thread each time a session ends. */
    public void onSession(Consumer<AccessSessionFacts> listener) {
        sessions.onSession(listener);
    }

    /** Where clients reach this server, and the name its valid certificate carries. */
    public Endpoint endpoint() {
        return new Endpoint(settings.bind().getAddress().getHostAddress(), port(), settings.hostname());
    }

    public int port() {
        return acceptor.port();
    }

    public String hostname() {
        return settings.hostname();
    }

    /** The root a client must trust for the valid certificate (write it with PemCodec for a client's CA file). */
    public X509Certificate trustAnchor() {
        return certificates.trustAnchor();
    }

    /** Stops accepting, cuts every open session and returns once the accept thread has ended. */
    @Override
    public void close() {
        acceptor.close();
        sessions.close();
    }
}
