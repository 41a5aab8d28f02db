package org.mtainterop.probe;

import java.io.IOException;
import java.net.Socket;
import java.util.Objects;
import org.mtainterop.net.LineConnection;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * A connection brought by a {@link TlsPreamble} to the first byte of TLS, or why it is not: the server was
 * busy (worth a retry), offers no TLS, or something failed. Closing it closes the connection, without a
 * goodbye: after a raw hello the stream is in TLS framing.
 */
final class TlsOpening implements AutoCloseable {
    enum State { READY, BUSY, NO_TLS, FAILED }

    private final State state;
    private final Reason described;
    private final LineConnection connection;

    private TlsOpening(State state, String reason, LineConnection connection) {
        this(state, Reason.fact(Objects.requireNonNull(reason, "reason")), connection);
    }

    private TlsOpening(State state, Reason described, LineConnection connection) {
        this.state = state;
        this.described = described;
        this.connection = connection;
    }

    static TlsOpening ready(LineConnection connection) {
        return new TlsOpening(State.READY, "", Objects.requireNonNull(connection, "connection"));
    }

    static TlsOpening busy(LineConnection connection, String greeting) {
        return new TlsOpening(State.BUSY, greeting, connection);
    }

    static TlsOpening noTls(LineConnection connection, Reason why) {
        return new TlsOpening(State.NO_TLS, why, connection);
    }

    /** {@code connection} is null when the connection itself could not be made. */
    static TlsOpening failed(LineConnection connection, Reason why) {
        return new TlsOpening(State.FAILED, why, connection);
    }

    State state() {
        return state;
    }

    /** Why the connection is not ready (for BUSY: the greeting); empty when ready. */
    String reason() {
        return described.render(ReportLanguage.EN);
    }

    /** As {@link #reason()}, as a message key and its facts (a verdict quotes it in the report's language). */
    Reason described() {
        return described;
    }

    /** The socket to send the hello on; only when {@link State#READY}. */
    Socket socket() throws IOException {
        if (state != State.READY) {
            throw new IllegalStateException("not ready for TLS: " + reason());
        }
        return connection.socketForRawTls();
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
    }
}
