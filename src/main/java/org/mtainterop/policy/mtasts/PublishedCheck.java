package org.mtainterop.policy.mtasts;

import java.util.Optional;
import java.util.Set;
import org.mtainterop.dns.DnsAnswer;
import org.mtainterop.dns.DnssecStatus;
import org.mtainterop.observation.DomainObservation;
import org.mtainterop.observation.DomainObservations;
import org.mtainterop.observation.ObservedDomainFacts;
import org.mtainterop.policy.DomainCheck;
import org.mtainterop.policy.Reason;
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
            return Optional.of(Verdict.broken(requirementId(), Reason.of("Published.broken.1", answer.typeName(),
                    answer.name(), answer.status().said(), answer.said().<Reason>map(r -> Reason.of("Dns.afterColon", r)).orElse(Reason.NONE))));
        }
        if (answer.status() == DnssecStatus.BOGUS) {
            return Optional.of(Verdict.failed(requirementId(), Reason.of("Published.failed.1", answer.name(),
                    answer.typeName(), answer.said().<Reason>map(r -> Reason.of("Dns.inParentheses", r)).orElse(Reason.NONE))));
        }
        return Optional.empty();
    }

    /** The skip when the domain publishes no MTA-STS record: the policy checks do not apply. */
    protected Verdict notPublished(MtaStsFacts facts) {
        if (!facts.sts().absent()) {
            return Verdict.skipped(requirementId(), Reason.of("Published.skipped.1", facts.domain(),
                    facts.sts().said().orElse(Reason.of("Published.invalid"))));
        }
        return Verdict.skipped(requirementId(), Reason.of("Published.skipped.2", facts.domain(),
                facts.sts().said().orElse(Reason.of("Published.none"))));
    }
}
