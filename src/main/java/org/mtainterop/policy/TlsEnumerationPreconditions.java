package org.mtainterop.policy;

import static org.mtainterop.observation.Observations.TLS_DIALOGUE;
import static org.mtainterop.observation.Observations.TLS_ENUMERATION;

import java.util.Optional;
import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.probe.TlsEnumerationFacts;

/**
 * For requirements judged from the raw-hello enumeration, on any service: skipped when the target has no
 * usable TLS ({@link TlsPreconditions}, from the modern dialogue), broken when the enumeration itself got no TLS
 * answer.
 */
public final class TlsEnumerationPreconditions {
    /** How the reason of a target given up begins ({@code net/TargetHealth}): the enumeration stopped part-way. */
    private static final String GIVEN_UP = "not tested: ";

    private TlsEnumerationPreconditions() {
    }

    /** What every enumeration check needs: the enumeration, and the service's modern dialogue (is TLS offered at all?). */
    public static Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(TLS_ENUMERATION, TLS_DIALOGUE);
    }

    /** Empty when the enumeration facts can be judged; otherwise the verdict to give instead. */
    public static Optional<Verdict> unmet(String id, ObservedFacts facts) {
        Optional<Verdict> tls = TlsPreconditions.unmet(id, facts.get(TLS_DIALOGUE));
        if (tls.isPresent()) {
            return tls;
        }
        TlsEnumerationFacts e = facts.get(TLS_ENUMERATION);
        return e.notTested().map(why -> Verdict.broken(id, "the raw-hello enumeration of " + facts.serviceOnPort()
                + (why.startsWith(GIVEN_UP) ? " was cut short, " : " got no TLS answer: ") + why));
    }

    /** Appended to verdicts when some hellos got no answer: what was judged may be incomplete. */
    public static String caveat(TlsEnumerationFacts e) {
        return e.problems().isEmpty() ? "" : " (" + e.problems().size() + " hello(s) got no answer; see the evidence)";
    }
}
