package org.mtainterop.policy.mtasts;

import java.util.Optional;
import java.util.Set;
import org.mtainterop.dns.DnsAnswer;
import org.mtainterop.dns.DnssecStatus;
import org.mtainterop.observation.DomainObservation;
import org.mtainterop.observation.DomainObservations;
import org.mtainterop.observation.ObservedDomainFacts;
import org.mtainterop.policy.DomainCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.mtasts.MtaStsFacts;

/**
 * A requirement on what a mail domain publishes for MTA-STS or TLS-RPT ({@code features/mta-sts}, {@code @pub}),
 * judged from {@link MtaStsFacts} alone ({@link DomainObservations#MTA_STS}):
 * no I/O. What a lookup that gave nothing usable means is said once, here.
 */
public abstract class PublishedCheck implements DomainCheck {

    @Override
    public Set<DomainObservation<?>> needs() {
        return DomainCheck.observations(DomainObservations.MTA_STS);
    }

    @Override
    public Verdict judge(ObservedDomainFacts facts) {
        return judge(facts.get(DomainObservations.MTA_STS));
    }

    /** The verdict on the domain's publication. */
    public abstract Verdict judge(MtaStsFacts facts);

    /** A broken verdict when {@code answer} is no answer at all (timeout, SERVFAIL, bogus): nothing to judge. */
    protected Optional<Verdict> unusable(DnsAnswer answer) {
        if (answer.status() == DnssecStatus.NO_ANSWER || answer.status() == DnssecStatus.SERVFAIL) {
            return Optional.of(Verdict.broken(requirementId(), "the " + answer.typeName() + " lookup of "
                    + answer.name() + " gave no usable answer (" + answer.status().label()
                    + answer.reason().map(r -> ": " + r).orElse("") + ")"));
        }
        if (answer.status() == DnssecStatus.BOGUS) {
            return Optional.of(Verdict.failed(requirementId(), answer.name() + " " + answer.typeName()
                    + " is DNSSEC-bogus" + answer.reason().map(r -> " (" + r + ")").orElse("")
                    + ": validating senders see no record at all"));
        }
        return Optional.empty();
    }

    /** The skip when the domain publishes no MTA-STS record: the policy checks do not apply. */
    protected Verdict notPublished(MtaStsFacts facts) {
        if (!facts.sts().absent()) {
            return Verdict.skipped(requirementId(), facts.domain() + " has no usable MTA-STS record ("
                    + facts.sts().problem().orElse("invalid") + "; MTASTS-01): senders fetch no policy");
        }
        return Verdict.skipped(requirementId(), facts.domain() + " publishes no MTA-STS record ("
                + facts.sts().problem().orElse("none") + ")");
    }
}
