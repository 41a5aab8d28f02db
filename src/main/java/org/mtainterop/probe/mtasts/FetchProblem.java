package org.mtainterop.probe.mtasts;

import java.util.Objects;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * Why a policy fetch stopped before a complete response: what kind of trouble it was, which the checks decide on,
 * and what happened, as a message key and its facts ({@link #problem()} its English words). The network's and the
 * TLS library's words stay facts, quoted as they said them.
 *
 * @param kind what kind of trouble
 * @param said what happened, in the report's language
 */
public record FetchProblem(Kind kind, Reason said) {

    /** What kind of trouble stopped the fetch. */
    public enum Kind {
        /** The policy host's lookup gave no usable answer (no answer, SERVFAIL, bogus): whether it has an address is unknown. */
        LOOKUP_FAILED,
        /** The policy host has no address: no A or AAAA record, or the resolver said why there is none. */
        NO_ADDRESS,
        /** The deadline of the whole fetch passed. */
        DEADLINE,
        /** A connect or a read timed out. */
        TIMED_OUT,
        /** The response is not HTTP/1.1 as RFC 9112 frames it, or was cut short. */
        MALFORMED,
        /** The network or the TLS library said why (its words, a fact). */
        FAILED
    }

    public FetchProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(said, "said");
    }

    /** What happened, in English (as the evidence and the fetcher's tests read it). */
    public String problem() {
        return said.render(ReportLanguage.EN);
    }

    /** The same kind in other words: where it happened, said around {@link #said()}. */
    FetchProblem with(Reason words) {
        return new FetchProblem(kind, words);
    }

    /** {@code kind}, said by a lower layer's {@code text} (a fact). */
    static FetchProblem fact(Kind kind, String text) {
        return new FetchProblem(kind, Reason.fact(text));
    }
}
