package org.mtainterop.target;

import java.util.Objects;
import org.mtainterop.net.Endpoint;
import org.mtainterop.probe.PartnerSource;

/**
 * A target the harness started itself: inside this JVM on the loopback address ({@link EmbeddedReferenceTargets}),
 * or a reference container.
 *
 * @param partnerSource whether it requires TLS from partners (STARTTLS-05), and from where
 */
public record EmbeddedTarget(String name, Endpoint endpoint, String description, PartnerSource partnerSource)
        implements Target {
    public EmbeddedTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(partnerSource, "partnerSource");
    }

    /** A target that declares nothing about its partners. */
    public EmbeddedTarget(String name, Endpoint endpoint, String description) {
        this(name, endpoint, description, PartnerSource.undeclared());
    }
}
