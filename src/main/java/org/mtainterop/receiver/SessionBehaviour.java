package org.mtainterop.receiver;

import java.io.IOException;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.mtainterop.smtp.SmtpReply;

/**
 * What an {@link SmtpServerSession} consults and tells at each step, so that one server implementation
 * serves both the well-behaved reference receiver ({@link #STANDARD}: every method keeps RFC 3207 behaviour)
 * and the adversarial receiver, which bends one step per profile and records what the client did.
 * Called on the session's own thread; one instance per session.
 */
public interface SessionBehaviour {
    /** RFC 5321 and RFC 3207 as written: advertise and accept STARTTLS, plain JSSE handshake. */
    SessionBehaviour STANDARD = new SessionBehaviour() {
    };

    /** The connection is accepted; nothing has been sent yet. */
    default void sessionStarted(Socket socket) {
    }

    /** One client command line (not DATA content) as read; {@code pendingBytes} tells what is already queued behind it. */
    default void clientLine(byte[] line, boolean insideTls, IntSupplier pendingBytes) {
    }

    /** Every reply the session writes, in order. */
    default void serverReply(SmtpReply reply) {
    }

    /** Whether STARTTLS is offered in EHLO (when the settings have a TLS context and TLS is not yet active). */
    default boolean advertiseStarttls() {
        return true;
    }

    /** The EHLO reply's lines (greeting first), possibly changed; {@code insideTls} tells which EHLO this is. */
    default List<String> ehloLines(List<String> standard, boolean insideTls) {
        return standard;
    }

    /** A reply to give STARTTLS instead of 220 (e.g. 454), or empty to go on. */
    default Optional<SmtpReply> refuseStarttls() {
        return Optional.empty();
    }

    /**
     * Just before the 220 to STARTTLS: {@code readAhead} is what the client sent after its STARTTLS line and
     * the session had already read. The bytes are discarded after this call (RFC 3207 §4.2).
     */
    default void beforeStarttlsReady(byte[] readAhead, Socket plain) {
    }

    /** Bytes written in the same segment right after the 220 to STARTTLS (response injection); normally none. */
    default byte[] injectAfterStarttlsReady() {
        return new byte[0];
    }

    /** Turns the plaintext socket into a server-mode TLS socket and completes the handshake. */
    default SSLSocket acceptTls(Socket plain, SSLContext context, List<String> protocols) throws IOException {
        SSLSocket secure = (SSLSocket) context.getSocketFactory().createSocket(plain, null, true);
        secure.setUseClientMode(false);
        enableProtocols(secure, protocols);
        secure.setSoTimeout(plain.getSoTimeout());
        secure.startHandshake();
        return secure;
    }

    /** The handshake completed. */
    default void tlsEstablished(SSLSession session) {
    }

    /** The handshake did not complete; the session ends without another word. */
    default void tlsFailed(IOException problem) {
    }

    /** The session is over: {@code how} says why (QUIT, client closed, timeout, line too long, ...). */
    default void sessionEnded(String how) {
    }

    /** Enables the wanted protocols the JSSE provider supports, in the order given. */
    static void enableProtocols(SSLSocket secure, List<String> protocols) {
        List<String> supported = Arrays.asList(secure.getSupportedProtocols());
        secure.setEnabledProtocols(protocols.stream().filter(supported::contains).toArray(String[]::new));
    }
}
