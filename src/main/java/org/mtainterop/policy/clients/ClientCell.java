package org.mtainterop.policy.clients;

import java.util.Objects;

/** One survey cell: the verdict in a word, and the observation behind it. */
public record ClientCell(ClientCellVerdict verdict, String reason) {
    public ClientCell {
        Objects.requireNonNull(verdict, "verdict");
        reason = reason == null ? "" : reason;
    }

    /** A cell for a program that does not speak the protocol, or a profile skipped on purpose. */
    public static ClientCell notApplicable(String reason) {
        return new ClientCell(ClientCellVerdict.NOT_APPLICABLE, reason);
    }

    /** "label: reason", for tables with room. */
    public String render() {
        return verdict.label() + (reason.isEmpty() ? "" : ": " + reason);
    }
}
