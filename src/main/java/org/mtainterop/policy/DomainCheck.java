package org.mtainterop.policy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.DomainObservation;
import org.mtainterop.observation.ObservedDomainFacts;

/**
 * A requirement on what a mail domain publishes ({@code @pub}: its DNS records and their DNSSEC status, and
 * what its MX hosts present against them), judged once per domain from domain observations
 * ({@code observation/DomainObservations}); features in {@code features/dane/}. Listed in {@link Checks#domain()}.
 */
public interface DomainCheck extends Check<DomainObservation<?>, ObservedDomainFacts> {
    /** Every domain observation {@link #judge} reads. */
    Set<DomainObservation<?>> needs();

    /** A domain check does not depend on a service: the same needs whatever is asked. */
    @Override
    default Set<DomainObservation<?>> needs(MailService service) {
        return needs();
    }

    /** The observations, in the order given (a small helper for {@link #needs()}). */
    static Set<DomainObservation<?>> observations(DomainObservation<?>... needed) {
        return new LinkedHashSet<>(List.of(needed));
    }
}
