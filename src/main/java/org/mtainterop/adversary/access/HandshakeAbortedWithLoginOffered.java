package org.mtainterop.adversary.access;

import java.io.IOException;
import java.net.Socket;
import org.mtainterop.adversary.ServerHandshake;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.tls.HandshakeFailure;

/**
 * HANDSHAKE_ABORT: reads the ClientHello (after a positive STARTTLS / STLS answer, or first on an implicit-TLS
 * port) and answers it with a fatal handshake_failure alert; login is offered in plaintext, to see whether a client
 * falls back to it.
 */
final class HandshakeAbortedWithLoginOffered implements AccessProfileBehaviour {
    /** What the server says as it aborts, in English (the failure's text, which {@link HandshakeFailure#of} recognises). */
    private static final String WHY = HandshakeFailure.profileAborts(true, true).render(ReportLanguage.EN);

    @Override
    public boolean loginBeforeTls() {
        return true;
    }

    @Override
    public void answerClientHello(Socket plain, AccessSessionRecorder recorder) throws IOException {
        ServerHandshake.sendFatalAlert(plain);
        recorder.tlsFailed(WHY);
        throw new TlsAcceptor.HandshakeFailedException(WHY, null);
    }
}
