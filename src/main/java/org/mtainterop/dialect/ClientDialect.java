package org.mtainterop.dialect;

import java.io.IOException;
import java.util.Optional;
import org.mtainterop.imap.ImapResponse;
import org.mtainterop.net.LineConnection;
import org.mtainterop.net.MailService;
import org.mtainterop.net.ProtocolViolation;
import org.mtainterop.pop3.Pop3Response;
import org.mtainterop.smtp.SmtpReply;

/**
 * The few exchanges the harness has with a mail service, in its protocol, over a {@link LineConnection}:
 * greeting, capabilities, the TLS command, and goodbye; for SMTP also MAIL and RSET (STARTTLS-03 on port 25).
 * One client stack for every service: SMTP on port 25, submission, IMAP, POP3. Never a credential: the only
 * login-related command is POP3's {@code USER probe} ({@link #userProbe}); no password and no SASL exchange
 * exist here.
 *
 * @param <R> the protocol's own response type: each answer carries it beside its neutral reading
 */
public sealed interface ClientDialect<R> permits SmtpDialect, ImapDialect, Pop3Dialect {

    /** Makes the dialect of one connection. */
    @FunctionalInterface
    interface Factory<R> {
        ClientDialect<R> over(LineConnection connection);
    }

    /** The dialect of {@code service}; {@code ehloName} is what SMTP and submission give in EHLO. */
    static Factory<?> forService(MailService service, String ehloName) {
        return switch (service.protocol()) {
            case SMTP, SUBMISSION -> smtp(service.protocol(), ehloName);
            case IMAP -> imap();
            case POP3 -> pop3();
        };
    }

    /** SMTP on port 25 or submission, typed: the port-25 facts keep the replies themselves. */
    static Factory<SmtpReply> smtp(MailService.Protocol protocol, String ehloName) {
        return connection -> new SmtpDialect(protocol, connection, ehloName);
    }

    static ClientDialect<?> of(MailService service, LineConnection connection, String ehloName) {
        return forService(service, ehloName).over(connection);
    }

    private static Factory<ImapResponse> imap() {
        return ImapDialect::new;
    }

    private static Factory<Pop3Response> pop3() {
        return Pop3Dialect::new;
    }

    /** Reads the greeting: accepted when the server welcomes a session (220, {@code * OK}, {@code +OK}). */
    ServerAnswer<R> greeting() throws IOException, ProtocolViolation;

    /** EHLO, CAPABILITY or CAPA, and what it announced. */
    ServerCapabilities<R> capabilities() throws IOException, ProtocolViolation;

    /** STARTTLS or STLS; accepted when the server says to begin the handshake. */
    ServerAnswer<R> startTls() throws IOException, ProtocolViolation;

    /** STARTTLS / STLS and a NOOP in one segment (the injection probe); the answer to the TLS command. */
    ServerAnswer<R> startTlsWithPipelinedNoop() throws IOException, ProtocolViolation;

    /** Any response the server sends unasked within {@code waitMillis}. */
    Optional<ServerAnswer<R>> unsolicitedWithin(int waitMillis) throws IOException, ProtocolViolation;

    /** POP3 only: {@code USER probe}, a name that is no account, never followed by PASS. */
    default ServerAnswer<R> userProbe() throws IOException, ProtocolViolation {
        throw new UnsupportedOperationException("USER exists in POP3 only");
    }

    /** SMTP only: {@code MAIL FROM:<reversePath>}; accepted on a 2xx. */
    default ServerAnswer<R> mailFrom(String reversePath) throws IOException, ProtocolViolation {
        throw new UnsupportedOperationException("MAIL exists in SMTP only");
    }

    /** SMTP only: RSET, after an accepted MAIL. */
    default ServerAnswer<R> reset() throws IOException, ProtocolViolation {
        throw new UnsupportedOperationException("RSET exists in SMTP only");
    }

    /** QUIT or LOGOUT, best effort. */
    void goodbye();
}
