package org.mtainterop.probe.mtasts;

import java.io.IOException;
import java.util.Objects;
import org.mtainterop.net.Said;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * Why the policy host has no address to connect to, as a {@link PolicyFetcher.PolicyHostResolver} says it: whether the
 * lookup failed ({@link FetchProblem.Kind#LOOKUP_FAILED}) or showed that there is none
 * ({@link FetchProblem.Kind#NO_ADDRESS}), and the words as a message key; its message is their English.
 */
public final class PolicyHostUnresolvedException extends IOException implements Said {
    private final FetchProblem.Kind kind;
    private final transient Reason said;

    public PolicyHostUnresolvedException(FetchProblem.Kind kind, Reason said) {
        super(said.render(ReportLanguage.EN));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.said = said;
    }

    public FetchProblem.Kind kind() {
        return kind;
    }

    @Override
    public Reason said() {
        return said;
    }
}
