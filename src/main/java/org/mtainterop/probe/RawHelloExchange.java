package org.mtainterop.probe;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.net.Said;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.tls.raw.ClientHello;
import org.mtainterop.tls.raw.ClientHelloEncoder;
import org.mtainterop.tls.raw.RawTlsException;
import org.mtainterop.tls.raw.ServerResponse;
import org.mtainterop.tls.raw.TlsResponseReader;

/**
 * One raw hello: a fresh connection brought to the first byte of TLS by the service's {@link TlsPreamble}
 * (SMTP/submission STARTTLS, IMAP STARTTLS, POP3 STLS, or nothing on an implicit-TLS port), the ClientHello,
 * the server's first flight (bounded by the per-read timeout and the size caps of {@link TlsResponseReader}),
 * close. No handshake is ever completed and nothing is sent after the hello.
 */
final class RawHelloExchange {
    /** The answer to one hello: the server's response, or why there is none. */
    record Result(ClientHello offered, Optional<ServerResponse> response, Optional<Reason> problem,
                  boolean starttlsUnavailable, boolean serverBusy) {
        boolean accepted() {
            return response.map(ServerResponse::accepted).orElse(false);
        }

        String brief() {
            return response.map(ServerResponse::brief).orElse(problem.orElse(Reason.of("RawHello.noAnswer"))
                    .render(ReportLanguage.EN));
        }
    }

    private static final int BUSY_ATTEMPTS = 5;
    private static final long BUSY_FIRST_PAUSE_MILLIS = 200;
    private final TlsPreamble preamble;
    private final NetworkLimits limits;

    RawHelloExchange(ProbeSettings settings) {
        this(settings, MailService.SMTP);
    }

    RawHelloExchange(ProbeSettings settings, MailService service) {
        this.preamble = TlsPreamble.of(service, settings);
        this.limits = settings.limits();
    }

    /**
     * Sends the hello; a server that turns the session away in its greeting (SMTP 421, IMAP {@code * BYE},
     * POP3 {@code -ERR}: too many connections from us, e.g. Exim counts children that have not exited yet) is
     * retried after a short, growing pause.
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
        try (TlsOpening opening = preamble.open(endpoint)) {
            switch (opening.state()) {
                case BUSY:
                    return new Result(hello, Optional.empty(), Optional.of(Reason.of("RawHello.busy", opening.described())),
                            false, true);
                case NO_TLS:
                    return failed(hello, opening.described(), true);
                case FAILED:
                    return failed(hello, opening.described(), false);
                default:
                    break;
            }
            Socket socket = opening.socket();
            OutputStream out = socket.getOutputStream();
            out.write(ClientHelloEncoder.encode(hello));
            out.flush();
            AnswerWithinReadTimeout answer = new AnswerWithinReadTimeout(socket, limits.readTimeout());
            ServerResponse response = new TlsResponseReader().read(new BufferedInputStream(answer));
            return new Result(hello, Optional.of(response), Optional.empty(), false, false);
        } catch (SocketTimeoutException e) {
            if (e instanceof HelloTimedOut t && t.dripFed) {
                limits.health().broken(t.said());
                return failed(hello, t.said(), false);
            }
            return failed(hello, Reason.of("RawHello.noAnswerInTime"), false);
        } catch (RawTlsException e) {
            return failed(hello, Reason.of("RawHello.malformed", e.said()), false);
        } catch (IOException e) {
            return failed(hello, ConnectionProblem.of(e, Reason.of("During.rawHello")).said(), false);
        }
    }

    /**
     * The server's first flight must come within the read timeout, all of it (each read's timeout is what is left):
     * a server that drips it slower is broken, not slow, and would otherwise hold the connection to the deadline.
     */
    private static final class AnswerWithinReadTimeout extends FilterInputStream {
        private final Socket socket;
        private final Duration window;
        private final long endNanos;
        private long bytes;

        AnswerWithinReadTimeout(Socket socket, Duration window) throws IOException {
            super(socket.getInputStream());
            this.socket = socket;
            this.window = window;
            this.endNanos = System.nanoTime() + window.toNanos();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            long leftMillis = (endNanos - System.nanoTime()) / 1_000_000;
            if (leftMillis <= 0) {
                throw timedOut();
            }
            int saved = socket.getSoTimeout();
            socket.setSoTimeout((int) Math.max(1, saved == 0 ? leftMillis : Math.min(saved, leftMillis)));
            try {
                int n = super.read(b, off, len);
                bytes += Math.max(0, n);
                return n;
            } catch (SocketTimeoutException e) {
                throw timedOut();
            } finally {
                if (!socket.isClosed()) {
                    socket.setSoTimeout(saved);
                }
            }
        }

        private SocketTimeoutException timedOut() {
            return bytes == 0 ? new HelloTimedOut(Reason.of("RawHello.noAnswerInTime"), false)
                    : new HelloTimedOut(Reason.of("RawHello.dripFed", window.toSeconds(), bytes), true);
        }
    }

    /** The hello's answer did not come in time, said as data; drip-fed: part of it came, too slowly (a broken server). */
    private static final class HelloTimedOut extends SocketTimeoutException implements Said {
        private static final long serialVersionUID = 1L;
        private final transient Reason said;
        private final boolean dripFed;

        HelloTimedOut(Reason said, boolean dripFed) {
            super(said.render(ReportLanguage.EN));
            this.said = said;
            this.dripFed = dripFed;
        }

        @Override
        public Reason said() {
            return said;
        }
    }

    private static Result failed(ClientHello hello, Reason why, boolean starttlsUnavailable) {
        return new Result(hello, Optional.empty(), Optional.of(why), starttlsUnavailable, false);
    }
}
