package org.mtainterop.probe.mtasts;

import java.util.Objects;
import org.mtainterop.net.SaidIOException;
import org.mtainterop.policy.Reason;

/**
 * Why the policy host has no address to connect to, as a {@link PolicyFetcher.PolicyHostResolver} says it: whether the
 * lookup failed ({@link FetchProblem.Kind#LOOKUP_FAILED}) or showed that there is none
 * ({@link FetchProblem.Kind#NO_ADDRESS}), and the words as a message key; its message is their English.
 */
public final class PolicyHostUnresolvedException extends SaidIOException {
    private static final long serialVersionUID = 1L;
    private final FetchProblem.Kind kind;

    public PolicyHostUnresolvedException(FetchProblem.Kind kind, Reason said) {
        super(said);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public FetchProblem.Kind kind() {
        return kind;
    }
}
