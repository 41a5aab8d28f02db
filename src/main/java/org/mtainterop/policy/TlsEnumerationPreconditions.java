package org.mtainterop.policy;

import static org.mtainterop.observation.Observations.TLS_DIALOGUE;
import static org.mtainterop.observation.Observations.TLS_ENUMERATION;
import static org.mtainterop.observation.Observations.TLS_VERSIONS_AND_SUITES;

import java.util.Optional;
import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.probe.TlsEnumerationFacts;
import org.mtainterop.report.ReportLanguage;

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

    /**
     * What the checks of versions and suites alone need (TLS-VER-01, -02, TLS-CS-01, -02): the enumeration's versions
     * and suites, and the service's modern dialogue.
     */
    public static Set<Observation<?>> needsVersionsAndSuites(MailService service) {
        return InboundCheck.observations(TLS_VERSIONS_AND_SUITES, TLS_DIALOGUE);
    }

    /** Empty when the enumeration facts can be judged; otherwise the verdict to give instead. */
    public static Optional<Verdict> unmet(String id, ObservedFacts facts) {
        return unmet(id, facts, TLS_ENUMERATION);
    }

    /** As {@link #unmet(String, ObservedFacts)}, for a check that judges {@code enumeration}'s facts. */
    public static Optional<Verdict> unmet(String id, ObservedFacts facts, Observation<TlsEnumerationFacts> enumeration) {
        Optional<Verdict> tls = TlsPreconditions.unmet(id, facts.get(TLS_DIALOGUE));
        if (tls.isPresent()) {
            return tls;
        }
        TlsEnumerationFacts e = facts.get(enumeration);
        return e.notTested().map(why -> Verdict.broken(id, Reason.of(why.render(ReportLanguage.EN).startsWith(GIVEN_UP)
                ? "TlsEnumerationPreconditions.broken.cutShort" : "TlsEnumerationPreconditions.broken.noAnswer",
                who(facts), why)));
    }

    /** Appended to verdicts when some hellos got no answer: what was judged may be incomplete. */
    public static Reason caveat(TlsEnumerationFacts e) {
        return e.problems().isEmpty() ? Reason.NONE : Reason.of("TlsEnumerationPreconditions.caveat", e.problems().size());
    }

    /** The service and port the enumeration talked to: "SMTP on 25", « SMTP sur le port 25 ». */
    public static Reason who(ObservedFacts facts) {
        return Reason.of("TlsEnumerationPreconditions.serviceOnPort",
                facts.service().displayName(), facts.endpoint().port());
    }
}
