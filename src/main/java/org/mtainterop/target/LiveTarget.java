package org.mtainterop.target;

import java.util.Objects;
import java.util.Optional;
import org.mtainterop.net.MailService;
import org.mtainterop.net.Endpoint;

/**
 * An operator's real server, given on the command line or in a run plan: an MX (SMTP, port 25) or a
 * user-access service (submission, IMAP, POP3; the implicit-TLS counterpart is expected on the same host
 * at its default port).
 */
public record LiveTarget(String name, Endpoint endpoint, MailService service) implements Target {
    public LiveTarget {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a live target needs a name");
        }
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(service, "service");
    }

    /** A live MX (SMTP). */
    public LiveTarget(String name, Endpoint endpoint) {
        this(name, endpoint, MailService.SMTP);
    }

    /** The implicit-TLS counterpart's default port on the same host, when the service itself is on its default port. */
    @Override
    public Optional<Endpoint> implicitTlsPort() {
        if (endpoint.port() != service.defaultPort()) {
            return Optional.empty(); // a service moved to another port: where its counterpart went is unknown
        }
        return service.implicitTlsCounterpart().map(s -> new Endpoint(endpoint.host(), s.defaultPort(),
                endpoint.referenceName()));
    }

    @Override
    public String description() {
        return service == MailService.SMTP
                ? "live endpoint " + endpoint + " (MX name " + endpoint.referenceName() + ")"
                : "live " + service.label() + " service " + endpoint + " (server name " + endpoint.referenceName() + ")";
    }
}
