package org.mtainterop.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.net.Endpoint;
import org.mtainterop.pki.TestPki;
import org.mtainterop.target.EmbeddedReferenceTargets;
import org.mtainterop.target.LiveTarget;
import org.mtainterop.target.Target;

/** The targets of a run and what must be trusted for them; owns (and closes) embedded targets it started. */
final class ResolvedTargets implements AutoCloseable {
    private final List<Target> targets;
    private final TrustAnchors trust;
    private final Optional<EmbeddedReferenceTargets> embedded;

    private ResolvedTargets(List<Target> targets, TrustAnchors trust, Optional<EmbeddedReferenceTargets> embedded) {
        this.targets = List.copyOf(targets);
        this.trust = trust;
        this.embedded = embedded;
    }

    static ResolvedTargets of(RunPlan plan) {
        TrustAnchors trust = TrustAnchors.jdkDefaults();
        for (var pem : plan.trustCas()) {
            trust = trust.withPemBundle(pem);
        }
        if (plan.embedded()) {
            EmbeddedReferenceTargets started = EmbeddedReferenceTargets.start(TestPki.generate());
            return new ResolvedTargets(started.targets(), trust.withCertificate(started.trustAnchor()),
                    Optional.of(started));
        }
        List<Target> live = new ArrayList<>();
        for (TargetSpec spec : plan.targets()) {
            Endpoint endpoint = new Endpoint(spec.host(), spec.port(), plan.mxName().orElse(spec.host()));
            live.add(new LiveTarget(spec.display(), endpoint));
        }
        return new ResolvedTargets(live, trust, Optional.empty());
    }

    List<Target> targets() {
        return targets;
    }

    TrustAnchors trust() {
        return trust;
    }

    @Override
    public void close() {
        embedded.ifPresent(EmbeddedReferenceTargets::close);
    }
}
