package org.mtainterop.probe;

import java.util.function.Supplier;

/** Admits one connection to a target at a time slot: the per-host bound (and pacing) a fact store enforces. */
public interface ConnectionGate {
    <T> T admit(Supplier<T> connection);

    /** No bound: each connection runs at once (tests). */
    ConnectionGate UNBOUNDED = new ConnectionGate() {
        @Override
        public <T> T admit(Supplier<T> connection) {
            return connection.get();
        }
    };
}
