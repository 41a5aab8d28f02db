package org.mtainterop.policy.checks.dane;

import java.util.Set;
import org.mtainterop.dane.DaneChainFacts;
import org.mtainterop.observation.DomainObservation;
import org.mtainterop.observation.DomainObservations;
import org.mtainterop.observation.ObservedDomainFacts;
import org.mtainterop.policy.DomainCheck;
import org.mtainterop.policy.Verdict;

/** A DANE requirement judged on the chains each MX address presented beside its TLSA records (DANE-02, DANE-04). */
abstract class DaneChainsCheck implements DomainCheck {
    private final String id;

    DaneChainsCheck(String id) {
        this.id = id;
    }

    @Override
    public final String requirementId() {
        return id;
    }

    @Override
    public final Set<DomainObservation<?>> needs() {
        return DomainCheck.observations(DomainObservations.DANE_CHAINS);
    }

    @Override
    public final Verdict judge(ObservedDomainFacts facts) {
        return judge(facts.get(DomainObservations.DANE_CHAINS));
    }

    public abstract Verdict judge(DaneChainFacts facts);
}
