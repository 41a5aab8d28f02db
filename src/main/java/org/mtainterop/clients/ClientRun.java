package org.mtainterop.clients;

import java.time.Duration;
import java.util.Objects;

/**
 * What one client did with one job, as the client itself reported it: its exit code (0 = done; {@link #TIMED_OUT}
 * = the deadline passed; {@link #NOT_APPLICABLE} = this client cannot do this protocol in this mode), how long it
 * took, its own output and the configuration it was given. Both texts are redacted by whoever builds the run
 * ({@link Redaction}) and are bounded here to {@link ClientOutput#MAX_CHARS}, control characters escaped.
 * {@code took} is the client's own run time as the image's driver measured it (without the docker exec around
 * it); for the in-process Angus Mail client, the whole job.
 * Measuring only: what the server saw and what that means is judged elsewhere (house rule 2).
 */
public record ClientRun(String client, AccessProtocolKind protocol, TlsMode mode, int exitCode, boolean timedOut,
                        Duration took, String output, String configuration) {
    /** timeout(1)'s answer, used by every client: the job did not finish within its deadline. */
    public static final int TIMED_OUT = 124;
    /** The client cannot do this protocol in this mode (outside every client's own exit codes; see clients/README.md). */
    public static final int NOT_APPLICABLE = 120;
    /** The driver refused the job (usage, missing file): a harness error, never the client's verdict. */
    public static final int BAD_JOB = 121;

    public ClientRun {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(mode, "mode");
        took = took == null ? Duration.ZERO : took;
        output = ClientOutput.bounded(output);
        configuration = ClientOutput.bounded(configuration);
    }

    /** The client did the job (sent the message, or logged in and read the mailbox). */
    public boolean succeeded() {
        return exitCode == 0 && !timedOut;
    }

    public boolean notApplicable() {
        return exitCode == NOT_APPLICABLE;
    }

    /** The answer for a protocol and mode the client does not do: nothing was run. */
    public static ClientRun notApplicable(String client, ClientJob job) {
        return new ClientRun(client, job.protocol(), job.mode(), NOT_APPLICABLE, false, Duration.ZERO,
                client + " does not do " + job.protocol().label() + " with " + job.mode().label() + " TLS", "");
    }

    @Override
    public String toString() {
        return client + " " + protocol.label() + "/" + mode.label() + ": exit " + exitCode
                + (timedOut ? " (timed out)" : "") + " in " + took.toMillis() + " ms";
    }
}
