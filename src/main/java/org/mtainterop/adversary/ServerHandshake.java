package org.mtainterop.adversary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.mtainterop.receiver.SessionBehaviour;
import org.mtainterop.tls.raw.ClientHelloParser;

/**
 * The server side of a handshake whose ClientHello an adversarial server has already read off the wire (to record
 * it even when the handshake fails): hand those very bytes to JSSE, or end the handshake with a fatal alert. And
 * the desynchronisation count both servers make after injecting forged lines.
 */
public final class ServerHandshake {
    /** A TLS 1.2 record carrying a fatal handshake_failure alert (RFC 8446 §6). */
    private static final byte[] FATAL_HANDSHAKE_FAILURE = {21, 3, 3, 0, 2, 2, 40};

    private ServerHandshake() {
    }

    /** Completes the handshake in JSSE from the captured ClientHello, with {@code context}'s certificate. */
    public static SSLSocket complete(Socket plain, ClientHelloParser.Captured captured, SSLContext context,
                                     List<String> protocols) throws IOException {
        SSLSocket secure = (SSLSocket) context.getSocketFactory()
                .createSocket(plain, new ByteArrayInputStream(captured.consumed()), true);
        secure.setUseClientMode(false);
        SessionBehaviour.enableProtocols(secure, protocols);
        secure.setSoTimeout(plain.getSoTimeout());
        secure.startHandshake();
        return secure;
    }

    /** Ends the handshake: a fatal handshake_failure alert, in plaintext, on the raw connection. */
    public static void sendFatalAlert(Socket plain) throws IOException {
        plain.getOutputStream().write(FATAL_HANDSHAKE_FAILURE);
        plain.getOutputStream().flush();
    }

    /**
     * Waits {@code window}, then counts the bytes the client sent behind its command before the answer came: a
     * client that took a forged line for that answer has already sent its next command.
     */
    public static int bytesAheadAfter(Duration window, IntSupplier pendingBytes) {
        try {
            Thread.sleep(window.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return pendingBytes.getAsInt();
    }
}
