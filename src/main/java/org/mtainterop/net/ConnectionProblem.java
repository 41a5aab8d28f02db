package org.mtainterop.net;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.tls.HandshakeFailure;

/**
 * Why a conversation could not be had, in one line a person can act on: {@code said} as data (the harness's words
 * as message keys, rendered in the report's language, and those of the harness's own exceptions ({@link Said}); what
 * the peer or the JDK said as facts). Network failures are
 * "could not test" (broken), never a verdict about the product (house rule 3).
 */
public record ConnectionProblem(Kind kind, Reason said) {

    /** {@code GIVEN_UP}: no connection was made, the target was given up before (its reason says why). */
    public enum Kind { UNREACHABLE, TIMEOUT, CLOSED, PROTOCOL, TLS, HARNESS, GIVEN_UP }

    /** A problem described by text as it stands (a lower layer's words). */
    public ConnectionProblem(Kind kind, String reason) {
        this(kind, Reason.fact(reason));
    }

    /** {@code e}, met {@code during} (a phrase: {@code Reason.of("During.greeting")}). */
    public static ConnectionProblem of(Exception e, Reason during) {
        Reason detail = e instanceof Said said ? said.said()
                : Reason.fact(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        if (e instanceof TargetGivenUpException) {
            return new ConnectionProblem(Kind.GIVEN_UP, detail);
        }
        if (e instanceof UnknownHostException) {
            return new ConnectionProblem(Kind.UNREACHABLE, Reason.of("Connection.unknownHost", detail));
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return new ConnectionProblem(Kind.UNREACHABLE, Reason.of("Connection.unreachable", detail));
        }
        if (e instanceof SocketTimeoutException || e instanceof DeadlineExceededException) {
            return new ConnectionProblem(Kind.TIMEOUT, Reason.of("Connection.timedOut", during, detail));
        }
        if (e instanceof EOFException) {
            return new ConnectionProblem(Kind.CLOSED, Reason.of("Connection.closed", during));
        }
        if (e instanceof SSLException) {
            return new ConnectionProblem(Kind.TLS, Reason.of("Connection.tlsFailure", during,
                    e instanceof Said ? detail : HandshakeFailure.of(e.getMessage() == null ? e.getClass().getSimpleName()
                            : e.getMessage())));
        }
        if (e instanceof SocketException) {
            return new ConnectionProblem(Kind.CLOSED, Reason.of("Connection.lost", during, detail));
        }
        return new ConnectionProblem(Kind.HARNESS, Reason.of("Connection.harness", e.getClass().getSimpleName(), during,
                detail));
    }

    /** In English, as transcripts and logs note it. */
    public String reason() {
        return said.render(ReportLanguage.EN);
    }

    @Override
    public String toString() {
        return reason();
    }
}
