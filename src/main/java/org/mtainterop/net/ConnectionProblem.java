package org.mtainterop.net;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * Why a conversation could not be had, in one line a person can act on. Network failures are "could not
 * test" (broken), never a verdict about the product (house rule 3).
 */
public record ConnectionProblem(Kind kind, String reason) {

    /** {@code GIVEN_UP}: no connection was made, the target was given up before (its reason says why). */
    public enum Kind { UNREACHABLE, TIMEOUT, CLOSED, PROTOCOL, TLS, HARNESS, GIVEN_UP }

    public static ConnectionProblem of(Exception e, String during) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof TargetGivenUpException) {
            return new ConnectionProblem(Kind.GIVEN_UP, detail);
        }
        if (e instanceof UnknownHostException) {
            return new ConnectionProblem(Kind.UNREACHABLE, "unknown host " + detail);
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return new ConnectionProblem(Kind.UNREACHABLE, "connection refused or unreachable (" + detail + ")");
        }
        if (e instanceof SocketTimeoutException || e instanceof DeadlineExceededException) {
            return new ConnectionProblem(Kind.TIMEOUT, "timed out " + during + " (" + detail + ")");
        }
        if (e instanceof EOFException) {
            return new ConnectionProblem(Kind.CLOSED, "connection closed by the server " + during);
        }
        if (e instanceof SSLException) {
            return new ConnectionProblem(Kind.TLS, "TLS failure " + during + ": " + detail);
        }
        if (e instanceof SocketException) {
            return new ConnectionProblem(Kind.CLOSED, "connection lost " + during + " (" + detail + ")");
        }
        return new ConnectionProblem(Kind.HARNESS, e.getClass().getSimpleName() + " " + during + ": " + detail);
    }

    @Override
    public String toString() {
        return reason;
    }
}
