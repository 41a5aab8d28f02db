package org.mtainterop.run;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.mtainterop.observation.DomainFacts;
import org.mtainterop.observation.DomainObservation;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.report.evidence.Attachment;

/**
 * What the domain glue ({@code org.mtainterop.published.steps}) needs to know about the mail domain being judged:
 * the domain, its fact store, the profile and where results go; bound to the thread of the domain's launch
 * ({@link LaunchFacts}), as {@link ActiveRun} is for a target.
 */
public record ActiveDomain(DomainSpec spec, DomainFacts facts, PolicyProfile profile, ResultLedger ledger,
                           Map<DomainObservation<?>, List<Attachment>> evidence) {
    private static final LaunchFacts<ActiveDomain> JUDGED = new LaunchFacts<>("no mail domain is being judged:"
            + " features/dane are run by './mta-interop run --domain' or by the test suite");

    public ActiveDomain {
        Objects.requireNonNull(spec);
        Objects.requireNonNull(facts);
        Objects.requireNonNull(profile);
        Objects.requireNonNull(ledger);
        Objects.requireNonNull(evidence);
    }

    ActiveDomain(DomainSpec spec, DomainFacts facts, PolicyProfile profile, ResultLedger ledger) {
        this(spec, facts, profile, ledger, new ConcurrentHashMap<>());
    }

    /** The name results are reported under: {@code dns:example.net}. */
    public String targetName() {
        return spec.targetName();
    }

    /** The attachments of one observation of this domain, rendered on first use. */
    public List<Attachment> evidenceOf(DomainObservation<?> observation, Supplier<List<Attachment>> render) {
        return evidence.computeIfAbsent(observation, o -> List.copyOf(render.get()));
    }

    /** The domain judged on this thread. */
    public static ActiveDomain current() {
        return JUDGED.current();
    }

    /** Whether a domain is being judged on this thread (the report plugins serve targets and domains alike). */
    public static boolean active() {
        try {
            JUDGED.current();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    static <R> R judging(ActiveDomain domain, Supplier<R> launch) {
        return JUDGED.during(domain, launch);
    }
}
