package org.mtainterop.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.SharedServers;
import org.mtainterop.observation.TargetFacts;
import org.mtainterop.probe.PartnerSource;
import org.mtainterop.probe.ProbeSettings;
import org.mtainterop.target.LiveTarget;
import org.mtainterop.target.Target;

/**
 * The probing half of an inbound run: one fact store per resolved target (connecting as the plan says, politely
 * to live targets; the targets at one address and port share its bound on connections at once), and the {@link ProbeScheduler} probing ahead what each target's scenarios will ask for,
 * {@code --parallel-targets} targets at once. Targets are numbered in the order they were resolved.
 */
final class TargetProbing implements AutoCloseable {
    private final List<Target> targets;
    private final List<TargetFacts> facts;
    private final ProbeScheduler scheduler;

    private TargetProbing(List<Target> targets, List<TargetFacts> facts, ProbeScheduler scheduler) {
        this.targets = targets;
        this.facts = facts;
        this.scheduler = scheduler;
    }

    /** Starts probing the resolved targets, in order; {@code probes} runs the observations. */
    static TargetProbing start(RunPlan plan, ResolvedTargets resolved, Path features, ExecutorService probes) {
        RunPlan.Connections connections = plan.connections();
        List<Target> targets = resolved.targets();
        ProbeSettings settings = new ProbeSettings(connections.ehloName(), connections.limits(), resolved.trust(),
                connections.maxConnectionsPerHost()).forRunOf(targets.size());
        SharedServers servers = new SharedServers(); // targets on one server share its bound
        List<TargetFacts> facts = targets.stream().map(target -> new TargetFacts(target.endpoint(),
                target.service(), target.implicitTlsPort(), politeTo(plan, target, settings), probes, servers)).toList();
        SelectedRequirements selected = new SelectedRequirements(features);
        List<Supplier<Set<Observation<?>>>> observations = targets.stream().map(t -> probePlan(plan, t, selected)).toList();
        return new TargetProbing(targets, facts, ProbeScheduler.start(facts, observations, connections.parallelTargets()));
    }

    int count() {
        return targets.size();
    }

    Target target(int index) {
        return targets.get(index);
    }

    TargetFacts facts(int index) {
        return facts.get(index);
    }

    /**
     * Completes when target {@code index} has been admitted and everything probed ahead for it has finished (or
     * the run is over): the moment its judging waits for nothing.
     */
    CompletableFuture<Void> probed(int index) {
        return scheduler.admitted(index).thenCompose(ignored -> facts(index).settled());
    }

    /** Whether target {@code index} has been admitted for probing (without waiting). */
    boolean isAdmitted(int index) {
        return scheduler.admitted(index).isDone();
    }

    /** Waits until target {@code index} has been admitted for probing: from then on it may be judged. */
    void awaitAdmitted(int index) {
        scheduler.awaitAdmitted(index);
    }

    /**
     * What to probe ahead for a target: what the scenarios selected for it need ({@link ProbePlan}): its profile's
     * (the pilot's versions and suites, not the whole enumeration), narrowed further by {@code --tags}.
     */
    private static Supplier<Set<Observation<?>>> probePlan(RunPlan plan, Target target, SelectedRequirements selected) {
        String tags = plan.judgement().inboundTagExpression(target.service(), plan.profileOf(target.name()));
        return () -> ProbePlan.forRequirements(target.service(), selected.of(target.service(), tags));
    }

    /**
     * Targets the harness started itself (embedded, containers) may be sent MAIL and are not paced; an
     * operator's live MX only as far as the plan's {@link LiveTargetPolicy} allows.
     */
    private static ProbeSettings politeTo(RunPlan plan, Target target, ProbeSettings settings) {
        if (!(target instanceof LiveTarget)) {
            return settings.withPartner(target.partnerSource());
        }
        LiveTargetPolicy live = plan.connections().live();
        ProbeSettings trusting = plan.targets().operatorMx(target.name()).flatMap(mx -> mx.operator().trustCa())
                .map(pem -> settings.withTrust(settings.trust().withPemBundle(pem)))
                .orElse(settings); // an operator's trust_ca: trusted for its own MX hosts only
        PartnerSource partner = plan.targets().operatorMx(target.name()).map(mx -> mx.operator())
                .filter(o -> o.partnersRequireTls())
                .map(o -> new PartnerSource(true, "operator " + o.name() + " (partners_require_tls)", o.partnerSource(),
                        o.partnerSource().isPresent()))
                .orElse(PartnerSource.undeclared());
        return trusting.withTransactions(live.allowTransaction(), live.rcpt()).withMinInterval(live.minInterval())
                .withPartner(partner);
    }

    /** Stops admitting targets; a judge still waiting for an admission is released with a cancellation. */
    @Override
    public void close() {
        scheduler.close();
    }
}
