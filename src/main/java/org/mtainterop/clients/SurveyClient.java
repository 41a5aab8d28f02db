package org.mtainterop.clients;

import java.util.Set;

/**
 * A mail client of the client survey, configured as its own documentation recommends for "TLS required, verify
 * the certificate". It runs one job at a time and reports what it did; it never judges (house rule 2).
 */
public interface SurveyClient {
    /** Stable, short: {@code curl}, {@code msmtp}, ..., {@code angus-mail}. */
    String name();

    /** The protocols it can do in at least one mode. */
    Set<AccessProtocolKind> protocols();

    boolean supports(AccessProtocolKind protocol, TlsMode mode);

    /**
     * Runs the job, bounded by its deadline; never throws for what the server or the network did (that is in
     * the exit code and the output). An unsupported protocol/mode answers {@link ClientRun#NOT_APPLICABLE}.
     */
    ClientRun run(ClientJob job);
}
