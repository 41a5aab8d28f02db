package org.mtainterop.probe;

import java.io.IOException;
import java.util.function.Function;
import org.mtainterop.dialect.AccessAnswer;
import org.mtainterop.dialect.AccessCapabilities;
import org.mtainterop.dialect.ClientDialect;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.LineConnection;
import org.mtainterop.net.MailService;
import org.mtainterop.net.ProtocolViolation;
import org.mtainterop.policy.Reason;
import org.mtainterop.smtp.Transcript;

/**
 * Brings a fresh connection to the point where a ClientHello may be sent, in the service's own protocol:
 * SMTP and submission greeting, EHLO, {@code STARTTLS}, 220; IMAP greeting, {@code CAPABILITY},
 * {@code STARTTLS}, tagged OK; POP3 greeting, {@code CAPA}, {@code STLS}, {@code +OK}; on an implicit-TLS port
 * (465, 993, 995) nothing at all. It speaks through the service's {@link ClientDialect} over a
 * {@link LineConnection}, as every other probe does, so the connect and per-read timeouts, the session deadline
 * and the line and response limits are theirs. What is sent after it (the raw hello) is {@link RawHelloExchange}'s.
 */
sealed interface TlsPreamble permits TlsPreamble.ByCommand, TlsPreamble.Implicit {

    static TlsPreamble of(MailService service, ProbeSettings settings) {
        return service.implicitTls() ? new Implicit(settings) : new ByCommand(service, settings);
    }

    /** Opens a fresh connection and brings it to the first byte of TLS, or says why it could not. */
    TlsOpening open(Endpoint endpoint);

    private static TlsOpening connect(Endpoint endpoint, ProbeSettings settings, Function<LineConnection,
            TlsOpening> then) {
        LineConnection connection;
        try {
            connection = LineConnection.connect(endpoint, settings.limits(), new Transcript());
        } catch (IOException e) {
            return TlsOpening.failed(null, ConnectionProblem.of(e, Reason.of("During.connecting", endpoint)).said());
        }
        return then.apply(connection);
    }

    /** Implicit TLS (RFC 8314): the hello is the first thing on the connection. */
    record Implicit(ProbeSettings settings) implements TlsPreamble {
        @Override
        public TlsOpening open(Endpoint endpoint) {
            return connect(endpoint, settings, TlsOpening::ready);
        }
    }

    /**
     * STARTTLS (SMTP, submission, IMAP) or STLS (POP3): greeting, capabilities, the TLS command. A greeting
     * turning the session away for now (SMTP 421, IMAP {@code * BYE}, POP3 {@code -ERR}) is "busy"; a TLS
     * command not advertised or refused is "no TLS"; anything else that goes wrong is a failure with its reason.
     */
    record ByCommand(MailService service, ProbeSettings settings) implements TlsPreamble {
        @Override
        public TlsOpening open(Endpoint endpoint) {
            return connect(endpoint, settings, this::upToTheTlsCommand);
        }

        private TlsOpening upToTheTlsCommand(LineConnection connection) {
            ClientDialect<?> dialect = ClientDialect.of(service, connection, settings.ehloName());
            Reason step = Reason.of("During.greeting");
            try {
                AccessAnswer greeting = dialect.greeting().answer();
                if (greeting.busy()) {
                    connection.serverBusy();
                    return TlsOpening.busy(connection, greeting.brief());
                }
                if (!greeting.accepted()) {
                    return TlsOpening.failed(connection, Reason.of("Connection.refusedInGreeting", greeting.brief()));
                }
                step = Reason.of("During.theCapabilities");
                AccessCapabilities capabilities = dialect.capabilities().capabilities();
                String command = capabilities.tlsCommandName();
                if (!capabilities.answered()) {
                    return TlsOpening.failed(connection, Reason.of("Connection.refusedCapabilities"));
                }
                if (!capabilities.tlsCommand()) {
                    return TlsOpening.noTls(connection, Reason.of("TlsPreamble.notAdvertised", command));
                }
                step = Reason.of("During.command", command);
                AccessAnswer answer = dialect.startTls().answer();
                if (!answer.accepted()) {
                    return TlsOpening.noTls(connection, Reason.of("TlsPreamble.answered", command, answer.brief()));
                }
                return TlsOpening.ready(connection);
            } catch (IOException e) {
                return TlsOpening.failed(connection, ConnectionProblem.of(e, step).said());
            } catch (ProtocolViolation e) {
                return TlsOpening.failed(connection, Reason.of("Connection.malformedDuring", step,
                        String.valueOf(e.getMessage())));
            }
        }
    }
}
