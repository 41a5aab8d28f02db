package org.mtainterop.receiver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.mtainterop.net.Endpoint;
import org.mtainterop.smtp.SmtpProtocolException;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.smtp.SmtpReplyDecoder;

/**
 * A deliberately low-level SMTP client for tests: writes exactly the bytes it is given (so it can pipeline
 * and misbehave) and decodes replies with the project's {@link SmtpReplyDecoder}.
 */
public final class RawSmtpClient implements AutoCloseable {
    private static final int TIMEOUT_MS = 5000;

    private final Endpoint endpoint;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    private RawSmtpClient(Endpoint endpoint, Socket socket) throws IOException {
        this.endpoint = endpoint;
        use(socket);
    }

    public static RawSmtpClient connect(Endpoint endpoint) throws IOException {
        Socket socket = new Socket(endpoint.host(), endpoint.port());
        socket.setSoTimeout(TIMEOUT_MS);
        return new RawSmtpClient(endpoint, socket);
    }

    private void use(Socket next) throws IOException {
        socket = next;
        in = next.getInputStream();
        out = next.getOutputStream();
    }

    /** Writes {@code text} as is, in one write call (one TCP segment on loopback). */
    public void sendRaw(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    public SmtpReply command(String line) throws IOException {
        sendRaw(line + "\r\n");
        return read();
    }

    public SmtpReply read() throws IOException {
        return readOrEnd().orElseThrow(() -> new IOException("connection closed before a reply"));
    }

    /** The next reply, or empty when the server closed the connection first. */
    public Optional<SmtpReply> readOrEnd() throws IOException {
        SmtpReplyDecoder decoder = new SmtpReplyDecoder(4096, 64 * 1024, 512);
        while (true) {
            int b = in.read();
            if (b < 0) {
                return Optional.empty();
            }
            try {
                Optional<SmtpReply> reply = decoder.accept((byte) b);
                if (reply.isPresent()) {
                    return reply;
                }
            } catch (SmtpProtocolException e) {
                throw new IOException("malformed reply", e);
            }
        }
    }

    /** True when the server closes the connection (after any pending bytes) within the timeout. */
    public boolean closedByServer() throws IOException {
        try {
            while (true) {
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by peer
        }
    }

    /** Handshakes as a client over the current connection, checking the certificate for the endpoint's MX name. */
    public SSLSocket handshake(SSLContext context) throws IOException {
        SSLSocket secure = (SSLSocket) context.getSocketFactory()
                .createSocket(socket, endpoint.referenceName(), endpoint.port(), true);
        SSLParameters parameters = secure.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        secure.setSSLParameters(parameters);
        secure.setSoTimeout(TIMEOUT_MS);
        secure.startHandshake();
        use(secure);
        return secure;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
