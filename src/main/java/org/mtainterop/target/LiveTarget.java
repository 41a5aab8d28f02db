package org.mtainterop.target;

import java.util.Objects;
import org.mtainterop.net.Endpoint;

/** An operator's real MX, given on the command line or in a run plan. */
public record LiveTarget(String name, Endpoint endpoint) implements Target {
    public LiveTarget {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a live target needs a name");
        }
        Objects.requireNonNull(endpoint, "endpoint");
    }

    @Override
    public String description() {
        return "live endpoint " + endpoint + " (MX name " + endpoint.referenceName() + ")";
    }
}
