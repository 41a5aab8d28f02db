package org.mtainterop.access;

import java.io.IOException;
import java.util.Optional;
import org.mtainterop.net.LineConnection;
import org.mtainterop.net.MailService;
import org.mtainterop.net.ProtocolViolation;

/**
 * The few exchanges the harness has with a user-access service, in its protocol: greeting, capabilities,
 * the TLS command, and goodbye. Never a credential: the only login-related command is POP3's
 * {@code USER probe} ({@link #userProbe}); no password and no SASL exchange exist here.
 */
public sealed interface AccessDialect permits SmtpAccessDialect, ImapAccessDialect, Pop3AccessDialect {

    static AccessDialect of(MailService service, LineConnection connection, String ehloName) {
        return switch (service.protocol()) {
            case SMTP, SUBMISSION -> new SmtpAccessDialect(service.protocol(), connection, ehloName);
            case IMAP -> new ImapAccessDialect(connection);
            case POP3 -> new Pop3AccessDialect(connection);
        };
    }

    /** Reads the greeting: accepted when the server welcomes a session (220, {@code * OK}, {@code +OK}). */
    AccessAnswer greeting() throws IOException, ProtocolViolation;

    /** EHLO, CAPABILITY or CAPA, and what it announced. */
    AccessCapabilities capabilities() throws IOException, ProtocolViolation;

    /** STARTTLS or STLS; accepted when the server says to begin the handshake. */
    AccessAnswer startTls() throws IOException, ProtocolViolation;

    /** STARTTLS / STLS and a NOOP in one segment (the injection probe); the answer to the TLS command. */
    AccessAnswer startTlsWithPipelinedNoop() throws IOException, ProtocolViolation;

    /** Any response the server sends unasked within {@code waitMillis}, as one line. */
    Optional<String> unsolicitedWithin(int waitMillis) throws IOException, ProtocolViolation;

    /** POP3 only: {@code USER probe}, a name that is no account, never followed by PASS. */
    default AccessAnswer userProbe() throws IOException, ProtocolViolation {
        throw new UnsupportedOperationException("USER exists in POP3 only");
    }

    /** QUIT or LOGOUT, best effort. */
    void goodbye();
}
