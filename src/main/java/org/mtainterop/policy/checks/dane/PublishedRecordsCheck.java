package org.mtainterop.policy.checks.dane;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mtainterop.dns.DomainDnsFacts;
import org.mtainterop.observation.DomainObservation;
import org.mtainterop.observation.DomainObservations;
import org.mtainterop.observation.ObservedDomainFacts;
import org.mtainterop.policy.DomainCheck;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;

/**
 * A DANE requirement judged on the domain's DNS records alone (DANE-01, DANE-03): an MX RRset that could not be had
 * is "not tested" for all of them, and every verdict says how DNSSEC was validated.
 */
abstract class PublishedRecordsCheck implements DomainCheck {
    private final String id;

    PublishedRecordsCheck(String id) {
        this.id = id;
    }

    @Override
    public final String requirementId() {
        return id;
    }

    @Override
    public final Set<DomainObservation<?>> needs() {
        return DomainCheck.observations(DomainObservations.DNS_RECORDS);
    }

    @Override
    public final Verdict judge(ObservedDomainFacts facts) {
        DomainDnsFacts dns = facts.get(DomainObservations.DNS_RECORDS);
        Reason note = DaneDomainFacts.modeNote(facts.mode());
        Optional<Verdict> unjudgeable = DaneDomainFacts.mxNotJudgeable(id, dns);
        if (unjudgeable.isPresent()) {
            return Verdict.broken(id, Reason.join("", List.of(unjudgeable.get().observed(), note)));
        }
        return judge(dns, note);
    }

    /** Judges records whose MX RRset was had; {@code note} (how DNSSEC was validated) ends every verdict. */
    abstract Verdict judge(DomainDnsFacts dns, Reason note);
}
