package org.mtainterop.probe.access;

import java.io.IOException;
import java.util.Optional;
import org.mtainterop.access.AccessAnswer;
import org.mtainterop.access.AccessCapabilities;
import org.mtainterop.access.AccessDialect;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.LineConnection;
import org.mtainterop.net.MailService;
import org.mtainterop.net.ProtocolViolation;
import org.mtainterop.probe.ProbeSettings;
import org.mtainterop.smtp.Transcript;
import org.mtainterop.tls.TlsClientSettings;
import org.mtainterop.tls.TlsHandshakeFacts;

/**
 * The opening every access probe shares. STARTTLS services: connect, greeting, capabilities, then
 * {@link #upgrade} sends STARTTLS / STLS and runs the handshake. Implicit-TLS services (RFC 8314): connect,
 * handshake first, then greeting. It stops at the first step that does not go as a compliant server would
 * have it and says where; the connection stays open for the probe to continue.
 */
final class AccessNegotiation {
    final MailService service;
    final Transcript transcript = new Transcript();
    LineConnection connection;
    AccessDialect dialect;
    AccessAnswer greeting;
    AccessCapabilities before;
    AccessAnswer tlsCommandAnswer;
    TlsHandshakeFacts handshake;
    ConnectionProblem problem;

    private AccessNegotiation(MailService service) {
        this.service = service;
        this.before = AccessCapabilities.none(service.protocol());
    }

    /**
     * Connects; for implicit TLS also runs the handshake with {@code implicitOffer}. Reads the greeting, and
     * on a STARTTLS service the capabilities when {@code askCapabilities}.
     */
    static AccessNegotiation open(MailService service, Endpoint endpoint, ProbeSettings settings,
                                  TlsClientSettings implicitOffer, boolean askCapabilities) {
        AccessNegotiation n = new AccessNegotiation(service);
        try {
            n.connection = LineConnection.connect(endpoint, settings.limits(), n.transcript);
        } catch (IOException e) {
            n.problem = ConnectionProblem.of(e, "connecting to " + endpoint);
            n.transcript.note(n.problem.reason());
            return n;
        }
        n.dialect = AccessDialect.of(service, n.connection, settings.ehloName());
        try {
            if (service.implicitTls()) {
                n.handshake = n.connection.startTls(implicitOffer);
                if (!n.handshake.completed()) {
                    return n;
                }
            }
            n.greeting = n.dialect.greeting();
            if (!n.greeting.accepted()) {
                n.problem = new ConnectionProblem(ConnectionProblem.Kind.PROTOCOL,
                        "the server refused the session in its greeting: " + n.greeting.brief());
                return n;
            }
            if (askCapabilities && !service.implicitTls()) {
                n.before = n.dialect.capabilities();
            }
        } catch (IOException e) {
            n.problem = ConnectionProblem.of(e, n.greeting == null ? "waiting for the greeting" : "asking for capabilities");
        } catch (ProtocolViolation e) {
            n.problem = malformed(e);
        }
        return n;
    }

    boolean greeted() {
        return greeting != null && greeting.accepted() && problem == null;
    }

    /** STARTTLS services: sends the TLS command (when advertised) and runs the handshake; true when TLS is up. */
    boolean upgrade(TlsClientSettings offer) {
        if (!greeted() || service.implicitTls() || !before.tlsCommand()) {
            return tlsUp();
        }
        try {
            tlsCommandAnswer = dialect.startTls();
            if (!tlsCommandAnswer.accepted()) {
                return false;
            }
            handshake = connection.startTls(offer);
            return handshake.completed();
        } catch (IOException e) {
            problem = ConnectionProblem.of(e, "during " + before.tlsCommandName());
        } catch (ProtocolViolation e) {
            problem = malformed(e);
        }
        return false;
    }

    boolean tlsUp() {
        return handshake != null && handshake.completed();
    }

    Optional<ConnectionProblem> problem() {
        return Optional.ofNullable(problem);
    }

    static ConnectionProblem malformed(ProtocolViolation e) {
        return new ConnectionProblem(ConnectionProblem.Kind.PROTOCOL, "malformed response: " + e.getMessage());
    }

    void finish() {
        if (connection != null) {
            if (dialect != null && problem == null && (handshake == null || handshake.completed())) {
                dialect.goodbye();
            }
            connection.close();
        }
    }
}
