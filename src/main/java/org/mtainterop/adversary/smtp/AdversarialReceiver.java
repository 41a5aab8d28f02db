package org.mtainterop.adversary.smtp;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.mtainterop.adversary.AdversarySessions;
import org.mtainterop.adversary.ServerCertificates;
import org.mtainterop.adversary.SessionRecord;
import org.mtainterop.dane.DaneTestZone;
import org.mtainterop.mtasts.MtaStsTestDomain;
import org.mtainterop.net.Endpoint;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.IssuedCredential;
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
    private final ServerCertificates certificates;
    private final GreenMail store = new GreenMail(new ServerSetup[0]);
    private final AdversarySessions<SessionFacts> sessions;
    private final ThreadLocal<SmtpSessionRecorder> current = new ThreadLocal<>();
    private volatile ProfilePeriod period;
    private volatile ProfileRotation rotation;
    private final ReferenceReceiver server;

    /** The profile sessions start with now, and its strategy, shared by the sessions of this period. */
    private record ProfilePeriod(AdversarialProfile profile, SmtpProfileBehaviour behaviour) {
    }

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

    private AdversarialReceiver(Settings settings, TestPki pki) {
        this.settings = settings;
        this.pki = pki;
        this.certificates = new ServerCertificates(pki, settings.hostname());
        this.sessions = new AdversarySessions<>("adversarial-receiver", settings.sessionDeadline(), Integer.MAX_VALUE);
        profile(settings.profile());
        ReceiverSettings base = ReceiverSettings.starttls(settings.hostname(), certificates.context(CertificateProfile.VALID))
                .withReadTimeout(settings.readTimeout()).withMaxConcurrentSessions(settings.maxConcurrentSessions())
                .withMaxMessageBytes(settings.maxMessageBytes());
        GreenMailSink mailbox = new GreenMailSink(store);
        MessageSink sink = (from, recipients, message, overTls) -> {
            mailbox.deliver(from, recipients, message, overTls);
            SmtpSessionRecorder recorder = current.get();
            if (recorder != null) {
                recorder.delivered(from, recipients, message, overTls);
            }
        };
        this.server = ReferenceReceiver.startPerClient(settings.bind(), base, sink, this::newSession);
    }

    /** Starts listening at once; certificates come from {@code pki} (its root is {@link #trustAnchor()}). */
    public static AdversarialReceiver start(Settings settings, TestPki pki) {
        return new AdversarialReceiver(settings, Objects.requireNonNull(pki, "pki"));
    }

    private SmtpSessionRecorder newSession(Socket client) {
        ProfileRotation walk = rotation;
        ProfilePeriod now = period;
        if (walk != null) {
            ProfileRotation.Assignment next = walk.next(client.getInetAddress().getHostAddress());
            now = new ProfilePeriod(next.profile(), next.behaviour());
        }
        SessionRecord record = new SessionRecord();
        Consumer<SessionFacts> ended = sessions.begin(() -> record.cutOff("session longer than "
                + settings.sessionDeadline().toSeconds() + " s"));
        SmtpSessionRecorder recorder = new SmtpSessionRecorder(now.profile(), now.behaviour(),
                certificates.context(now.profile().certificate()),
                settings.pipeliningWindow(), record, facts -> {
                    current.remove();
                    ended.accept(facts);
                });
        current.set(recorder);
        return recorder;
    }

    /** Switches the profile for sessions that start from now on, and forgets the first-handshake state. */
    public void profile(AdversarialProfile next) {
        this.period = new ProfilePeriod(next, SmtpProfileBehaviour.of(Objects.requireNonNull(next)));
        this.rotation = null;
    }

    /**
     * From now on each client's successive sessions (told apart by client address) meet the next profile of
     * {@code order}, starting again after the last ({@code receive --profile P1,P2,...|all}).
     */
    public void rotate(List<AdversarialProfile> order) {
        this.rotation = new ProfileRotation(order);
    }

    public AdversarialProfile profile() {
        return period.profile();
    }

    /** Every session that has ended, in the order they ended. */
    public List<SessionFacts> sessions() {
        return sessions.ended();
    }

    /** Sessions ended after the first {@code skip}. */
    public List<SessionFacts> sessionsAfter(int skip) {
        List<SessionFacts> all = sessions();
        return skip >= all.size() ? List.of() : new ArrayList<>(all.subList(skip, all.size()));
    }

    /** Sessions in progress now. */
    public int activeSessions() {
        return sessions.active();
    }

    /** Called on the session's thread each time a session ends. */
    public void onSession(Consumer<SessionFacts> listener) {
        sessions.onSession(listener);
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

    /**
     * The zone a DANE profile needs (its TLSA records computed from the certificates this receiver presents), for
     * a sender reaching this receiver as {@link #hostname()} at {@code addresses} on {@code port}: the zone is the
     * MX name's parent. Empty for profiles that publish nothing.
     */
    public Optional<DaneTestZone> daneZone(AdversarialProfile profile, List<InetAddress> addresses, int port) {
        return profile.danePublication().map(publication -> {
            String host = settings.hostname();
            IssuedCredential presented = pki.issue(profile.certificate(), host);
            return new DaneTestZone(host.substring(host.indexOf('.') + 1), publication.signing(), host, addresses,
                    port, publication.records().of(presented, pki, host),
                    profile.label() + ": " + profile.description() + "; a DANE sender " + publication.expectation());
        });
    }

    /**
     * The recipient domain an MTA-STS profile needs: the MX name's parent, its MX this receiver ({@link #hostname()}
     * at {@code mxAddresses}), its policy (the profile's mode and pattern) served by {@code mta-sts.<domain>} at
     * {@code policyAddresses}, under the TXT record id {@code id}. Empty for profiles that publish no policy.
     */
    public Optional<MtaStsTestDomain> mtaStsDomain(AdversarialProfile profile, List<InetAddress> mxAddresses,
                                                   List<InetAddress> policyAddresses, String id) {
        return profile.mtaStsPublication().map(publication -> {
            String host = settings.hostname();
            String domain = host.substring(host.indexOf('.') + 1);
            return new MtaStsTestDomain(domain, host, mxAddresses, policyAddresses, id, publication.mode(),
                    publication.mxPattern(host, domain), MtaStsTestDomain.TEST_MAX_AGE,
                    profile.label() + ": " + profile.description() + "; an MTA-STS sender " + publication.expectation());
        });
    }

    /** The policy host's certificate for {@code domain} ({@code mta-sts.<domain>}), from this receiver's test PKI. */
    public IssuedCredential policyHostCredential(MtaStsTestDomain domain) {
        return pki.issue(CertificateProfile.VALID, domain.policyHost());
    }

    public X509Certificate trustAnchor() {
        return certificates.trustAnchor();
    }

    /** The accepted messages, one mailbox per recipient. */
    public GreenMail mailStore() {
        return store;
    }

    @Override
    public void close() {
        server.close();
        sessions.close();
    }
}
