package org.mtainterop.probe;

import java.io.IOException;
import java.util.Optional;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.Endpoint;
import org.mtainterop.smtp.EhloCapabilities;
import org.mtainterop.smtp.SmtpClientSession;
import org.mtainterop.smtp.SmtpProtocolException;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.smtp.SmtpRequest;
import org.mtainterop.smtp.Transcript;
import org.mtainterop.tls.TlsClientSettings;
import org.mtainterop.tls.TlsHandshakeFacts;

/**
 * The opening every inbound probe shares: connect, read the greeting, EHLO, STARTTLS, handshake. It stops
 * at the first step that does not go as a compliant server would have it and says where; the session stays
 * open for the probe to continue inside TLS.
 */
final class StarttlsNegotiation {
    final SmtpClientSession session;
    final Transcript transcript;
    SmtpReply greeting;
    SmtpReply ehloReply;
    EhloCapabilities capabilities = EhloCapabilities.none();
    SmtpReply starttlsReply;
    TlsHandshakeFacts handshake;
    ConnectionProblem problem;

    private StarttlsNegotiation(SmtpClientSession session, Transcript transcript) {
        this.session = session;
        this.transcript = transcript;
    }

    /** Connects and greets; null session when the connection itself failed (see {@link #problem}). */
    static StarttlsNegotiation open(Endpoint endpoint, ProbeSettings settings) {
        Transcript transcript = new Transcript();
        SmtpClientSession session;
        try {
            session = SmtpClientSession.connect(endpoint, settings.limits(), transcript);
        } catch (IOException e) {
            StarttlsNegotiation failed = new StarttlsNegotiation(null, transcript);
            failed.problem = ConnectionProblem.of(e, "connecting to " + endpoint);
            transcript.note(failed.problem.reason());
            return failed;
        }
        StarttlsNegotiation negotiation = new StarttlsNegotiation(session, transcript);
        negotiation.greetAndEhlo(settings.ehloName());
        return negotiation;
    }

    private void greetAndEhlo(String ehloName) {
        try {
            greeting = session.readReply();
            if (!greeting.isPositiveCompletion()) {
                problem = new ConnectionProblem(ConnectionProblem.Kind.PROTOCOL,
                        "the server refused the session in its greeting: " + greeting.brief());
                return;
            }
            ehloReply = session.command(SmtpRequest.ehlo(ehloName));
            if (ehloReply.isPositiveCompletion()) {
                capabilities = EhloCapabilities.parse(ehloReply);
            }
        } catch (IOException e) {
            problem = ConnectionProblem.of(e, greeting == null ? "waiting for the greeting" : "during EHLO");
        } catch (SmtpProtocolException e) {
            problem = new ConnectionProblem(ConnectionProblem.Kind.PROTOCOL, "malformed reply: " + e.getMessage());
        }
    }

    boolean ready() {
        return problem == null;
    }

    /** Sends STARTTLS (if offered) and runs the handshake; true when TLS is up. */
    boolean upgrade(TlsClientSettings tls) {
        if (!ready() || !capabilities.offersStarttls()) {
            return false;
        }
        try {
            starttlsReply = session.command(SmtpRequest.starttls());
            if (starttlsReply.code() != 220) {
                return false;
            }
            handshake = session.startTls(tls);
            return handshake.completed();
        } catch (IOException e) {
            problem = ConnectionProblem.of(e, "during STARTTLS");
        } catch (SmtpProtocolException e) {
            problem = new ConnectionProblem(ConnectionProblem.Kind.PROTOCOL, "malformed reply: " + e.getMessage());
        }
        return false;
    }

    Optional<ConnectionProblem> problem() {
        return Optional.ofNullable(problem);
    }

    void finish() {
        if (session != null) {
            session.quitQuietly();
            session.close();
        }
    }
}
