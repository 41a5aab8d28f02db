package org.mtainterop.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.net.Endpoint;
import org.mtainterop.pki.TestPki;
import org.mtainterop.target.EmbeddedReferenceTargets;
import org.mtainterop.target.LiveTarget;
import org.mtainterop.target.Target;
import org.mtainterop.target.container.DovecotTargets;
import org.mtainterop.target.container.ReferenceContainerTargets;

/** The targets of a run and what must be trusted for them; owns (and closes) the targets it started. */
final class ResolvedTargets implements AutoCloseable {
    private final List<Target> targets;
    private final TrustAnchors trust;
    private final List<AutoCloseable> owned;

    private ResolvedTargets(List<Target> targets, TrustAnchors trust, List<AutoCloseable> owned) {
        this.targets = List.copyOf(targets);
        this.trust = trust;
        this.owned = List.copyOf(owned);
    }

    static ResolvedTargets of(RunPlan.Targets plan, List<Path> trustCas) {
        return of(plan, trustCas, List.of());
    }

    /** As {@link #of(RunPlan.Targets, List)}, with the MX targets a {@code --domain}'s DNS named added at the end. */
    static ResolvedTargets of(RunPlan.Targets plan, List<Path> trustCas, List<Target> fromDns) {
        TrustAnchors trust = TrustAnchors.jdkDefaultsAnd(trustCas);
        if (plan.embedded()) {
            EmbeddedReferenceTargets started = EmbeddedReferenceTargets.start(TestPki.generate());
            return new ResolvedTargets(started.targets(), trust.withCertificate(started.trustAnchor()),
                    List.of(started));
        }
        List<Target> all = new ArrayList<>();
        List<AutoCloseable> owned = new ArrayList<>();
        if (!plan.references().isEmpty()) {
            ReferenceContainerTargets containers = ReferenceContainerTargets.start(plan.references(), TestPki.generate());
            owned.add(containers);
            all.addAll(containers.targets());
            trust = trust.withCertificate(containers.trustAnchor());
        }
        if (!plan.accessReferences().isEmpty()) {
            DovecotTargets dovecots;
            try {
                dovecots = DovecotTargets.start(plan.accessReferences(), TestPki.generate());
            } catch (RuntimeException e) {
                new ResolvedTargets(all, trust, owned).close(); // stop the MTA containers already started
                throw e;
            }
            owned.add(dovecots);
            all.addAll(dovecots.targets());
            trust = trust.withCertificate(dovecots.trustAnchor());
        }
        for (TargetSpec spec : plan.given()) {
            Endpoint endpoint = new Endpoint(spec.host(), spec.port(), plan.mxName().orElse(spec.host()));
            all.add(new LiveTarget(spec.display(), endpoint, spec.service()));
        }
        plan.operators().forEach(mx -> all.add(mx.target()));
        all.addAll(fromDns);
        return new ResolvedTargets(all, trust, owned);
    }

    List<Target> targets() {
        return targets;
    }

    TrustAnchors trust() {
        return trust;
    }

    @Override
    public void close() {
        for (AutoCloseable resource : owned) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // closing is best effort: the run's results are already recorded
            }
        }
    }
}
