package org.mtainterop.adversary.access;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.mtainterop.adversary.ServerHandshake;
import org.mtainterop.net.Said;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.tls.raw.ClientHelloParser;

/**
 * The server side of one TLS handshake as the profile wants it: reads the ClientHello off the wire first
 * ({@link ClientHelloParser}, bounded) so the offer is recorded even when the handshake fails, lets the profile's
 * {@link AccessProfileBehaviour#answerClientHello} end it there, or hands the very same bytes to JSSE with the
 * profile's certificate.
 */
final class TlsAcceptor {
    private static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    /** The handshake did not complete; the session ends without another word. */
    static final class HandshakeFailedException extends IOException {
        private final boolean nothingSent;

        HandshakeFailedException(String message, Throwable cause) {
            this(message, cause, false);
        }

        HandshakeFailedException(String message, Throwable cause, boolean nothingSent) {
            super(message, cause);
            this.nothingSent = nothingSent;
        }

        /** The client sent not one byte where its ClientHello was due: it closed the connection or fell silent. */
        boolean nothingSent() {
            return nothingSent;
        }
    }

    private final SSLContext context;
    private final AccessSessionRecorder recorder;

    TlsAcceptor(SSLContext context, AccessSessionRecorder recorder) {
        this.context = context;
        this.recorder = recorder;
    }

    /** Reads the ClientHello from {@code source} (the socket's stream), then completes or aborts the handshake. */
    SSLSocket accept(Socket plain, InputStream source) throws IOException {
        ClientHelloParser.Captured captured;
        CountingInputStream counted = new CountingInputStream(source);
        try {
            captured = ClientHelloParser.read(counted);
        } catch (IOException e) {
            boolean nothing = counted.count() == 0;
            Reason said = nothing ? Reason.of("RawTls.noHelloByte", Said.of(e)) : Said.of(e);
            String failure = noClientHello(said).render(ReportLanguage.EN);
            recorder.clientHelloProblem(said);
            recorder.tlsFailed(failure);
            throw new HandshakeFailedException(failure, e, nothing);
        }
        recorder.clientHello(captured.hello());
        recorder.behaviour().answerClientHello(plain, recorder);
        SSLSocket secure;
        try {
            secure = ServerHandshake.complete(plain, captured, context, PROTOCOLS);
        } catch (IOException e) {
            recorder.tlsFailed(String.valueOf(e.getMessage()));
            throw new HandshakeFailedException("TLS handshake did not complete: " + e.getMessage(), e);
        }
        recorder.tlsEstablished(secure.getSession());
        return secure;
    }

    /**
     * The handshake's failure when no ClientHello could be read ({@code problem}, the parser's words): « pas de
     * ClientHello : … » in French; in English the failure's text, as the session records it.
     */
    static Reason noClientHello(Reason problem) {
        return Reason.of("TlsAcceptor.noClientHello", problem);
    }

    /** Counts the bytes read through it. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        long count() {
            return count;
        }
    }

    /** A ClientHello arrived where a plaintext command was expected: record it; no handshake follows. */
    void recordUnansweredHello(InputStream source) {
        try {
            recorder.clientHello(ClientHelloParser.read(source).hello());
        } catch (IOException e) {
            recorder.clientHelloProblem(Said.of(e));
        }
    }
}
