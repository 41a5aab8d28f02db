package org.mtainterop.adversary.smtp;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLHandshakeException;
import org.mtainterop.adversary.ServerHandshake;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.tls.HandshakeFailure;
import org.mtainterop.tls.raw.ClientHelloOffer;

/**
 * HANDSHAKE_ABORT and FAIL_FIRST_HANDSHAKE: reads the ClientHello and answers it with a fatal handshake_failure
 * alert, every time or only the first time in the profile's period (the retry's handshake completes).
 */
final class HandshakeAborted implements SmtpProfileBehaviour {
    private final boolean onlyTheFirst;
    private final AtomicBoolean handshakeSeen = new AtomicBoolean();

    private HandshakeAborted(boolean onlyTheFirst) {
        this.onlyTheFirst = onlyTheFirst;
    }

    static HandshakeAborted everyHandshake() {
        return new HandshakeAborted(false);
    }

    static HandshakeAborted firstHandshakeOnly() {
        return new HandshakeAborted(true);
    }

    @Override
    public void answerClientHello(Socket plain, ClientHelloOffer hello, SmtpSessionRecorder session) throws IOException {
        if (!onlyTheFirst) {
            abort(plain, session, HandshakeFailure.profileAborts(true, false));
        } else if (!handshakeSeen.getAndSet(true)) {
            abort(plain, session, HandshakeFailure.profileAborts(false, false));
        }
    }

    /** The transcript line is data (English); the failure's text is what {@link HandshakeFailure#of} recognises. */
    private static void abort(Socket plain, SmtpSessionRecorder session, Reason said) throws IOException {
        String why = said.render(ReportLanguage.EN);
        session.record().transcript().tls("fatal alert handshake_failure: " + why);
        ServerHandshake.sendFatalAlert(plain);
        throw new SSLHandshakeException(why);
    }
}
