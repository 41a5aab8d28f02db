package org.mtainterop.adversary.smtp;

import java.io.IOException;
import java.net.Socket;
import javax.net.ssl.SSLHandshakeException;
import org.mtainterop.tls.raw.ClientHelloOffer;

/** TLS10_ONLY: answers every ClientHello with a TLS 1.0 ServerHello and records how the client reacted. */
final class Tls10Only implements SmtpProfileBehaviour {
    @Override
    public void answerClientHello(Socket plain, ClientHelloOffer hello, SmtpSessionRecorder session) throws IOException {
        String response = Tls10ServerHello.offer(plain, hello);
        session.tls10Response(response);
        throw new SSLHandshakeException("TLS 1.0 only: " + response);
    }
}
