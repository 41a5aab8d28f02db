package org.mtainterop.adversary;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.smtp.Transcript;
import org.mtainterop.smtp.TranscriptEvent;
import org.mtainterop.tls.raw.ClientHelloOffer;

/**
 * What every adversarial session records the same way, whatever its protocol: who connected and when, the
 * ClientHello as read off the wire, how the handshake went, whether a limit cut the session off, how it ended,
 * and the transcript of it all. The protocol's own recorder adds its facts beside these. Used on the session's
 * thread; only {@link #cutOff} comes from the deadline watchdog.
 */
public final class SessionRecord {
    private final Transcript transcript = new Transcript();
    private volatile Socket socket;
    private volatile String cutOffReason;
    private Instant started = Instant.now();
    private String clientAddress = "?";
    private ClientHelloOffer clientHello;
    private Reason clientHelloProblem;
    private NegotiatedTls tls;
    private String tlsFailure;

    /** The connection is accepted: noted as "client ADDRESS connected" followed by {@code context}. */
    public void started(Socket client, String context) {
        socket = client;
        started = Instant.now();
        if (client.getRemoteSocketAddress() instanceof InetSocketAddress remote) {
            clientAddress = remote.getAddress().getHostAddress();
        }
        transcript.note("client " + clientAddress + " connected" + context);
    }

    /** Called by the deadline watchdog: the session is being closed under the client. */
    public void cutOff(String reason) {
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

    public boolean wasCutOff() {
        return cutOffReason != null;
    }

    /** The ClientHello as read off the wire, before JSSE saw it. */
    public void clientHello(ClientHelloOffer hello) {
        clientHello = hello;
        transcript.tls("ClientHello: offers " + String.join(", ", hello.offeredVersions().stream()
                .map(ClientHelloOffer::versionName).toList()) + "; SNI " + hello.serverName().orElse("(none)") + "; "
                + hello.cipherSuites().size() + " suites");
    }

    /** Why no ClientHello could be read where one was due (garbage, closed, too big); the transcript says it in English. */
    public void clientHelloProblem(Reason problem) {
        clientHelloProblem = problem;
        transcript.tls("no ClientHello: " + problem.render(ReportLanguage.EN));
    }

    public void tlsEstablished(SSLSession session, CertificateProfile shown) {
        tls = new NegotiatedTls(session.getProtocol(), session.getCipherSuite());
        transcript.tls("handshake complete: " + tls.protocol() + " " + tls.cipherSuite() + " (certificate profile "
                + shown.name().toLowerCase(Locale.ROOT) + ")");
    }

    public void tlsFailed(String problem) {
        tlsFailure = problem;
        transcript.tls("handshake failed: " + problem);
    }

    /** The session is over: {@code how} it ended, unless the deadline cut it off; noted, and returned. */
    public String ended(String how) {
        String ending = wasCutOff() ? "cut off: " + cutOffReason : how;
        transcript.note("session ended: " + ending);
        return ending;
    }

    public Transcript transcript() {
        return transcript;
    }

    public boolean insideTls() {
        return tls != null;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public Instant started() {
        return started;
    }

    public Optional<ClientHelloOffer> clientHelloOffer() {
        return Optional.ofNullable(clientHello);
    }

    public Optional<Reason> clientHelloFailure() {
        return Optional.ofNullable(clientHelloProblem);
    }

    public Optional<NegotiatedTls> tls() {
        return Optional.ofNullable(tls);
    }

    public Optional<String> tlsFailure() {
        return Optional.ofNullable(tlsFailure);
    }

    public List<TranscriptEvent> events() {
        return transcript.events();
    }

    public String renderedTranscript() {
        return transcript.render();
    }
}
