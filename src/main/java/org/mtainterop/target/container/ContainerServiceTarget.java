package org.mtainterop.target.container;

import java.util.Objects;
import java.util.Optional;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.target.Target;

/** One service of a reference container (Dovecot's IMAP, POP3S...), with where its implicit-TLS counterpart was published. */
public record ContainerServiceTarget(String name, Endpoint endpoint, MailService service, Optional<Endpoint> implicitTlsPort,
                                     String description) implements Target {
    public ContainerServiceTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(implicitTlsPort, "implicitTlsPort");
        Objects.requireNonNull(description, "description");
    }
}
