package org.mtainterop.adversary.access;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.net.ssl.SSLSession;
import org.mtainterop.net.MailService;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.adversary.NegotiatedTls;
import org.mtainterop.tls.raw.ClientHelloOffer;

/**
 * Collects what one client does in one session and, when it ends, hands the immutable {@link AccessSessionFacts}
 * to {@code finished}. Used on the session's thread; only {@link #cutOff} comes from the deadline watchdog.
 * Lists are capped so a client sending a million NOOPs costs no memory.
 */
final class AccessSessionRecorder {
    private static final int MAX_VERBS = 500;

    private final MailService service;
    private final AccessServerProfile profile;
    private final AccessTranscript transcript;
    private final Consumer<AccessSessionFacts> finished;
    private final Instant started = Instant.now();
    private volatile Socket socket;
    private volatile String cutOffReason;

    private String clientAddress = "?";
    private String identification;
    private FirstContact firstContact = FirstContact.NOTHING;
    private final List<String> verbsBeforeTls = new ArrayList<>();
    private final List<String> verbsInsideTls = new ArrayList<>();
    private boolean starttlsSent;
    private ClientHelloOffer clientHello;
    private String clientHelloProblem;
    private NegotiatedTls tls;
    private String tlsFailure;
    private boolean capabilitiesReadInsideTls;
    private String preTlsOnlyCapabilityUsed;
    private int bytesAhead;
    private boolean injectedFedToTls;
    private String injectedCapabilityUsed;
    private final List<CredentialEvent> credentials = new ArrayList<>();
    private boolean loggedInInsideTls;
    private boolean loggedInInPlaintext;
    private final List<String> verbsAfterCredentials = new ArrayList<>();
    private final List<String> mailInPlaintext = new ArrayList<>();
    private final List<String> mailInsideTls = new ArrayList<>();

    AccessSessionRecorder(MailService service, AccessServerProfile profile, AccessTranscript transcript,
                          Consumer<AccessSessionFacts> finished) {
        this.service = service;
        this.profile = profile;
        this.transcript = transcript;
        this.finished = finished;
    }

    AccessTranscript transcript() {
        return transcript;
    }

    AccessServerProfile profile() {
        return profile;
    }

    boolean insideTls() {
        return tls != null;
    }

    void started(Socket client) {
        socket = client;
        if (client.getRemoteSocketAddress() instanceof InetSocketAddress remote) {
            clientAddress = remote.getAddress().getHostAddress();
        }
        transcript.note("client " + clientAddress + " connected to " + service.label() + "; server profile "
                + profile.label());
    }

    /** Called by the deadline watchdog: the session is being closed under the client. */
    void cutOff(String reason) {
        cutOffReason = reason;
        Socket s = socket;
        try {
            if (s != null) {
                s.close();
            }
        } catch (IOException | RuntimeException e) {
            // closing is the point
        }
    }

    boolean wasCutOff() {
        return cutOffReason != null;
    }

    void firstContact(FirstContact contact) {
        firstContact = contact;
    }

    /** One command verb, upper case, in order; also counted after credentials once some were sent. */
    void command(String verb) {
        String v = verb.toUpperCase(Locale.ROOT);
        capped(insideTls() ? verbsInsideTls : verbsBeforeTls, v);
        if (!credentials.isEmpty()) {
            capped(verbsAfterCredentials, v);
        }
    }

    void starttls() {
        starttlsSent = true;
    }

    void identification(String text) {
        if (identification == null && text != null && !text.isBlank()) {
            identification = org.mtainterop.net.Printable.excerpt(text.strip(), 80);
        }
    }

    void clientHello(ClientHelloOffer hello) {
        clientHello = hello;
        transcript.tls("ClientHello: offers " + String.join(", ", hello.offeredVersions().stream()
                .map(ClientHelloOffer::versionName).toList()) + "; SNI " + hello.serverName().orElse("(none)") + "; "
                + hello.cipherSuites().size() + " suites");
    }

    void clientHelloProblem(String problem) {
        clientHelloProblem = problem;
        transcript.tls("no ClientHello: " + problem);
    }

    void tlsEstablished(SSLSession session) {
        tls = new NegotiatedTls(session.getProtocol(), session.getCipherSuite());
        transcript.tls("handshake complete: " + tls.protocol() + " " + tls.cipherSuite() + " (certificate profile "
                + profile.certificate().name().toLowerCase(Locale.ROOT) + ")");
    }

    void tlsFailed(String problem) {
        tlsFailure = problem;
        injectedFedToTls = profile == AccessServerProfile.RESPONSE_INJECTION && clientHello != null;
        transcript.tls("handshake failed: " + problem);
    }

    void capabilitiesRead() {
        if (insideTls()) {
            capabilitiesReadInsideTls = true;
        }
    }

    void preTlsOnlyCapabilityUsed(String what) {
        if (preTlsOnlyCapabilityUsed == null) {
            preTlsOnlyCapabilityUsed = what;
            transcript.note("the client used " + what + ", which only the pre-TLS capabilities offered");
        }
    }

    void injectedCapabilityUsed(String what) {
        if (injectedCapabilityUsed == null) {
            injectedCapabilityUsed = what;
            transcript.note("the client used " + what + ", which only the injected lines announced");
        }
    }

    void bytesAheadAfterInjection(int bytes) {
        bytesAhead = bytes;
        if (bytes > 0) {
            transcript.note(bytes + " bytes arrived behind the first command inside TLS before its reply was sent");
        }
    }

    /** A credential was sent (its value is not passed here and never kept anywhere). */
    void credential(String mechanism, boolean secret) {
        boolean inside = insideTls();
        Optional<CertificateProfile> shown = inside ? Optional.of(profile.certificate()) : Optional.empty();
        CredentialEvent event = new CredentialEvent(mechanism, secret, inside, shown, Duration.between(started, Instant.now()));
        if (credentials.size() < MAX_VERBS) {
            credentials.add(event);
        }
        transcript.note("credentials sent: " + event.describe());
    }

    void loggedIn() {
        if (insideTls()) {
            loggedInInsideTls = true;
        } else {
            loggedInInPlaintext = true;
        }
    }

    /** A verb that moved mail: submitted, read, or appended. */
    void mail(String verb) {
        capped(insideTls() ? mailInsideTls : mailInPlaintext, verb.toUpperCase(Locale.ROOT));
    }

    void ended(SessionEnd end, String how) {
        SessionEnd kind = cutOffReason != null ? SessionEnd.CUT_OFF : end;
        String ending = cutOffReason != null ? "cut off: " + cutOffReason : how;
        transcript.note("session ended: " + ending);
        finished.accept(new AccessSessionFacts(service, profile, clientAddress, started, Instant.now(),
                Optional.ofNullable(identification), firstContact, verbsBeforeTls, verbsInsideTls, starttlsSent,
                Optional.ofNullable(clientHello), Optional.ofNullable(clientHelloProblem), Optional.ofNullable(tls),
                Optional.ofNullable(tlsFailure), capabilitiesReadInsideTls, Optional.ofNullable(preTlsOnlyCapabilityUsed),
                bytesAhead, injectedFedToTls, Optional.ofNullable(injectedCapabilityUsed), credentials, loggedInInsideTls,
                loggedInInPlaintext, verbsAfterCredentials, mailInPlaintext, mailInsideTls, kind, ending,
                transcript.events(), transcript.render()));
    }

    private static void capped(List<String> list, String verb) {
        if (list.size() < MAX_VERBS) {
            list.add(verb);
        }
    }
}
