package org.mtainterop.adversary.access;

import java.io.IOException;
import java.net.Socket;
import org.mtainterop.adversary.ServerHandshake;

/**
 * HANDSHAKE_ABORT: reads the ClientHello (after a positive STARTTLS / STLS answer, or first on an implicit-TLS
 * port) and answers it with a fatal handshake_failure alert; login is offered in plaintext, to see whether a client
 * falls back to it.
 */
final class HandshakeAbortedWithLoginOffered implements AccessProfileBehaviour {
    private static final String WHY = "the profile aborts every handshake (fatal alert handshake_failure)";

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
