package org.mtainterop.adversary.smtp;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import org.mtainterop.net.Endpoint;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;
import org.mtainterop.receiver.GreenMailSink;
import org.mtainterop.receiver.MessageSink;
import org.mtainterop.receiver.ReceiverSettings;
import org.mtainterop.receiver.ReferenceReceiver;
import org.mtainterop.receiver.SessionBehaviour;

/**
 * The harness as a receiving MX for a sending MTA under test (requirements.md, direction "out"): the
 * project's own SMTP server ({@link org.mtainterop.receiver.SmtpServerSession}) with a
 * {@link SessionBehaviour} per session that bends one step as its {@link AdversarialProfile} says and records
 * {@link SessionFacts}. Binds exactly the address it is given (loopback, or the Docker bridge gateway for
 * containers; never the wildcard unless an operator asks for it). Accepted messages land in a GreenMail
 * store. Limits: sessions at once (421 beyond), line length, message size, per-read timeout and a whole-session
 * deadline after which the connection is cut and the session recorded as cut off.
 */
public final class AdversarialReceiver implements AutoCloseable {
    private final Settings settings;
    private final TestPki pki;
    private final GreenMail store = new GreenMail(new ServerSetup[0]);
    private final Map<CertificateProfile, SSLContext> contexts = new ConcurrentHashMap<>();
    private final List<SessionFacts> finished = new CopyOnWriteArrayList<>();
    private final List<Consumer<SessionFacts>> listeners = new CopyOnWriteArrayList<>();
    private final ThreadLocal<SessionRecorder> current = new ThreadLocal<>();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "adversarial-receiver-watchdog");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.atomic.AtomicInteger active = new java.util.concurrent.atomic.AtomicInteger();
    private volatile AdversarialProfile profile;
    private volatile SharedState shared = new SharedState();
    private final ReferenceReceiver server;

    /**
     * @param bind               where to listen (port 0: the system picks)
     * @param hostname           the MX name: banner, EHLO, and the name the valid certificate carries
     * @param readTimeout        per client line or handshake message
     * @param sessionDeadline    a whole session, however slowly the client trickles
     * @param pipeliningWindow   how long to wait after STARTTLS, before the 220, for bytes sent too early
     */
    public record Settings(InetSocketAddress bind, String hostname, AdversarialProfile profile, Duration readTimeout,
                           Duration sessionDeadline, int maxConcurrentSessions, long maxMessageBytes,
                           Duration pipeliningWindow) {
        public Settings {
            Objects.requireNonNull(bind, "bind");
            Objects.requireNonNull(profile, "profile");
        }

        public static Settings of(InetSocketAddress bind, String hostname, AdversarialProfile profile) {
            return new Settings(bind, hostname, profile, Duration.ofSeconds(20), Duration.ofSeconds(120), 16,
                    ReceiverSettings.DEFAULT_MAX_MESSAGE_BYTES, Duration.ofMillis(200));
        }

        public Settings withTimeouts(Duration read, Duration session) {
            return new Settings(bind, hostname, profile, read, session, maxConcurrentSessions, maxMessageBytes,
                    pipeliningWindow);
        }

        public Settings withLimits(int sessions, long messageBytes) {
            return new Settings(bind, hostname, profile, readTimeout, sessionDeadline, sessions, messageBytes,
                    pipeliningWindow);
        }
    }

    /** Per profile period: whether the first handshake has been seen (FAIL_FIRST_HANDSHAKE aborts only that one). */
    static final class SharedState {
        private final AtomicBoolean handshakeSeen = new AtomicBoolean();

        boolean firstHandshake() {
            return !handshakeSeen.getAndSet(true);
        }
    }

    private AdversarialReceiver(Settings settings, TestPki pki) {
        this.settings = settings;
        this.pki = pki;
        this.profile = settings.profile();
        ReceiverSettings base = ReceiverSettings.starttls(settings.hostname(), context(CertificateProfile.VALID))
                .withReadTimeout(settings.readTimeout()).withMaxConcurrentSessions(settings.maxConcurrentSessions())
                .withMaxMessageBytes(settings.maxMessageBytes());
        GreenMailSink mailbox = new GreenMailSink(store);
        MessageSink sink = (from, recipients, message, overTls) -> {
            mailbox.deliver(from, recipients, message, overTls);
            SessionRecorder recorder = current.get();
            if (recorder != null) {
                recorder.delivered(from, recipients, message, overTls);
            }
        };
        this.server = ReferenceReceiver.start(settings.bind(), base, sink, this::newSession);
    }

    /** Starts listening at once; certificates come from {@code pki} (its root is {@link #trustAnchor()}). */
    public static AdversarialReceiver start(Settings settings, TestPki pki) {
        return new AdversarialReceiver(settings, Objects.requireNonNull(pki, "pki"));
    }

    private SessionRecorder newSession() {
        AdversarialProfile now = profile;
        SessionRecorder[] holder = new SessionRecorder[1];
        ScheduledFuture<?>[] deadline = new ScheduledFuture<?>[1];
        SessionRecorder recorder = new SessionRecorder(now, context(now.certificate()), shared,
                settings.pipeliningWindow(), facts -> {
                    current.remove();
                    if (deadline[0] != null) {
                        deadline[0].cancel(false);
                    }
                    finished.add(facts);
                    active.decrementAndGet(); // after the add: idle means every ended session is listed
                    listeners.forEach(l -> l.accept(facts));
                });
        holder[0] = recorder;
        active.incrementAndGet();
        current.set(recorder);
        deadline[0] = watchdog.schedule(() -> holder[0].cutOff("session longer than "
                + settings.sessionDeadline().toSeconds() + " s"), settings.sessionDeadline().toMillis(), TimeUnit.MILLISECONDS);
        return recorder;
    }

    private SSLContext context(CertificateProfile certificate) {
        return contexts.computeIfAbsent(certificate, c -> pki.issue(c, settings.hostname()).serverSslContext());
    }

    /** Switches the profile for sessions that start from now on, and forgets the first-handshake state. */
    public void profile(AdversarialProfile next) {
        this.shared = new SharedState();
        this.profile = Objects.requireNonNull(next);
    }

    public AdversarialProfile profile() {
        return profile;
    }

    /** Every session that has ended, in the order they ended. */
    public List<SessionFacts> sessions() {
        return List.copyOf(finished);
    }

    /** Sessions ended after the first {@code skip}. */
    public List<SessionFacts> sessionsAfter(int skip) {
        List<SessionFacts> all = sessions();
        return skip >= all.size() ? List.of() : new ArrayList<>(all.subList(skip, all.size()));
    }

    /** Sessions in progress now. */
    public int activeSessions() {
        return active.get();
    }

    /** Called on the session's thread each time a session ends. */
    public void onSession(Consumer<SessionFacts> listener) {
        listeners.add(listener);
    }

    /** Where senders reach this receiver, and the MX name its valid certificate carries. */
    public Endpoint endpoint() {
        return new Endpoint(settings.bind().getAddress().getHostAddress(), server.port(), settings.hostname());
    }

    public int port() {
        return server.port();
    }

    public String hostname() {
        return settings.hostname();
    }

    public X509Certificate trustAnchor() {
        return pki.rootCertificate();
    }

    /** The accepted messages, one mailbox per recipient. */
    public GreenMail mailStore() {
        return store;
    }

    @Override
    public void close() {
        server.close();
        watchdog.shutdownNow();
    }
}
