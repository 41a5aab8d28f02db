package org.mtainterop.clients;

import java.time.Duration;
import java.util.Objects;

/**
 * One survey job: connect to {@code serverName}:{@code port} (the name is also what the certificate must match),
 * trust only {@code caPem}, log in with {@code user}/{@code password} and submit one message or read the mailbox,
 * all within {@code deadline}. {@link #toString()} never shows the credentials.
 */
public record ClientJob(AccessProtocolKind protocol, TlsMode mode, String serverName, int port, String caPem,
                        String user, String password, Duration deadline) {
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(20);

    public ClientJob {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(mode, "mode");
        if (serverName == null || !serverName.matches("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*")) {
            throw new IllegalArgumentException("bad server name '" + serverName + "'");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (caPem == null || !caPem.contains("-----BEGIN CERTIFICATE-----")) {
            throw new IllegalArgumentException("caPem holds no PEM certificate");
        }
        if (user == null || user.isEmpty() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("user and password must not be empty");
        }
        if (user.contains("\n") || user.contains("\r") || password.contains("\n") || password.contains("\r")) {
            throw new IllegalArgumentException("user and password must be one line each");
        }
        deadline = deadline == null ? DEFAULT_DEADLINE : deadline;
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("deadline must be positive: " + deadline);
        }
    }

    /** The deadline in whole seconds, at least 1 (what timeout(1) inside the container gets). */
    public long deadlineSeconds() {
        return Math.max(1, (deadline.toMillis() + 999) / 1000);
    }

    @Override
    public String toString() {
        return "ClientJob[" + protocol.label() + "/" + mode.label() + " " + serverName + ":" + port
                + ", user=[user], password=[password], deadline=" + deadline + "]";
    }
}
