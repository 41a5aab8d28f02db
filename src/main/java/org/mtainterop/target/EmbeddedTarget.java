package org.mtainterop.target;

import java.util.Objects;
import org.mtainterop.net.Endpoint;

/** A target running inside this JVM on the loopback address, started by {@link EmbeddedReferenceTargets}. */
public record EmbeddedTarget(String name, Endpoint endpoint, String description) implements Target {
    public EmbeddedTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(description, "description");
    }
}
