package org.mtainterop.probe;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Optional;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.Endpoint;
import org.mtainterop.smtp.SmtpProtocolException;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.smtp.SmtpRequest;
import org.mtainterop.tls.raw.ClientHello;
import org.mtainterop.tls.raw.ClientHelloEncoder;
import org.mtainterop.tls.raw.RawTlsException;
import org.mtainterop.tls.raw.ServerResponse;
import org.mtainterop.tls.raw.TlsResponseReader;

/**
 * One raw hello over STARTTLS: connect, EHLO, STARTTLS, send the ClientHello, read the server's first flight
 * (bounded by the per-read timeout and the size caps of {@link TlsResponseReader}), close. No handshake is
 * ever completed and nothing is sent after the hello.
 */
final class RawHelloExchange {
    /** The answer to one hello: the server's response, or why there is none. */
    record Result(ClientHello offered, Optional<ServerResponse> response, Optional<String> problem,
                  boolean starttlsUnavailable, boolean serverBusy) {
        boolean accepted() {
            return response.map(ServerResponse::accepted).orElse(false);
        }

        String brief() {
            return response.map(ServerResponse::brief).orElse(problem.orElse("no answer"));
        }
    }

    private static final int BUSY_ATTEMPTS = 5;
    private static final long BUSY_FIRST_PAUSE_MILLIS = 200;
    private final ProbeSettings settings;

    RawHelloExchange(ProbeSettings settings) {
        this.settings = settings;
    }

    /**
     * Sends the hello; a server that answers its greeting with 421 (too many connections from us: Exim
     * counts children that have not exited yet) is retried after a short, growing pause.
     */
    Result send(Endpoint endpoint, ClientHello hello) {
        long pause = BUSY_FIRST_PAUSE_MILLIS;
        for (int attempt = 1; ; attempt++) {
            Result result = sendOnce(endpoint, hello);
            if (!result.serverBusy() || attempt >= BUSY_ATTEMPTS) {
                return result;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return result;
            }
            pause *= 2;
        }
    }

    private Result sendOnce(Endpoint endpoint, ClientHello hello) {
        StarttlsNegotiation n = StarttlsNegotiation.open(endpoint, settings);
        try {
            if (n.greeting != null && n.greeting.code() == 421) {
                return new Result(hello, Optional.empty(), Optional.of("the server is busy: " + n.greeting.brief()),
                        false, true);
            }
            if (!n.ready()) {
                return failed(hello, n.problem().map(ConnectionProblem::reason).orElse("connection failed"), false);
            }
            if (!n.capabilities.offersStarttls()) {
                return failed(hello, "the server does not offer STARTTLS", true);
            }
            SmtpReply reply = n.session.command(SmtpRequest.starttls());
            if (reply.code() != 220) {
                return failed(hello, "STARTTLS was answered " + reply.brief(), true);
            }
            Socket socket = n.session.socketForRawTls();
            OutputStream out = socket.getOutputStream();
            out.write(ClientHelloEncoder.encode(hello));
            out.flush();
            ServerResponse response = new TlsResponseReader().read(new BufferedInputStream(socket.getInputStream()));
            return new Result(hello, Optional.of(response), Optional.empty(), false, false);
        } catch (SocketTimeoutException e) {
            return failed(hello, "no answer to the hello within the read timeout", false);
        } catch (RawTlsException e) {
            return failed(hello, "malformed answer: " + e.getMessage(), false);
        } catch (IOException e) {
            return failed(hello, ConnectionProblem.of(e, "during the raw hello").reason(), false);
        } catch (SmtpProtocolException e) {
            return failed(hello, "malformed SMTP reply: " + e.getMessage(), false);
        } finally {
            if (n.session != null) {
                n.session.close(); // no QUIT: the stream is in TLS framing now
            }
        }
    }

    private static Result failed(ClientHello hello, String why, boolean starttlsUnavailable) {
        return new Result(hello, Optional.empty(), Optional.of(why), starttlsUnavailable, false);
    }
}
