package org.mtainterop.target.container;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mtainterop.pki.TestPki;
import org.mtainterop.target.EmbeddedTarget;
import org.mtainterop.target.Target;

/**
 * Starts reference MTA containers (a few at a time: the machine has two cores) and stops them all on
 * close, and at JVM exit if the run is interrupted (there is no Ryuk to clean up after us).
 */
public final class ReferenceContainerTargets implements AutoCloseable {
    private static final int PARALLEL_STARTS = 4;
    private final Map<ReferenceSpec, ReferenceMtaContainer<?>> started;
    private final X509Certificate trustAnchor;
    private final Thread cleanup;

    private ReferenceContainerTargets(Map<ReferenceSpec, ReferenceMtaContainer<?>> started, X509Certificate root) {
        this.started = started;
        this.trustAnchor = root;
        this.cleanup = new Thread(this::stopAll, "mta-interop-container-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Starts every container; if one cannot start, stops the others and throws with the reason. */
    public static ReferenceContainerTargets start(List<ReferenceSpec> specs, TestPki pki) {
        DockerAvailability.problem().ifPresent(p -> {
            throw new ContainersUnavailableException(p, null);
        });
        for (ReferenceMta mta : specs.stream().map(ReferenceSpec::mta).distinct().toList()) {
            String image = mta.newContainer().getDockerImageName();
            DockerAvailability.missingImage(image).ifPresent(p -> {
                throw new ContainersUnavailableException(p, null);
            });
        }
        Map<ReferenceSpec, ReferenceMtaContainer<?>> containers = Collections.synchronizedMap(new LinkedHashMap<>());
        for (ReferenceSpec spec : specs) {
            ReferenceMtaContainer<?> c = spec.mta().newContainer();
            c.withTlsProfile(spec.profile());
            c.withCertificate(pki.issue(spec.profile().certificate(), c.getMxName()));
            containers.put(spec, c);
        }
        ReferenceContainerTargets targets = new ReferenceContainerTargets(containers, pki.rootCertificate());
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_STARTS);
        try {
            List<Future<?>> starts = new ArrayList<>();
            for (ReferenceMtaContainer<?> c : containers.values()) {
                starts.add(pool.submit(c::start));
            }
            for (Future<?> f : starts) {
                f.get();
            }
        } catch (Exception e) {
            targets.close();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ContainersUnavailableException("a reference container did not start: " + cause.getMessage(), cause);
        } finally {
            pool.shutdownNow();
        }
        return targets;
    }

    public List<Target> targets() {
        List<Target> list = new ArrayList<>();
        started.forEach((spec, c) -> list.add(new EmbeddedTarget(spec.targetName(), c.getSmtpEndpoint(),
                spec.mta().label() + " in profile " + spec.profile().label() + " (" + c.getDockerImageName() + ")")));
        return list;
    }

    public X509Certificate trustAnchor() {
        return trustAnchor;
    }

    public Map<ReferenceSpec, ReferenceMtaContainer<?>> containers() {
        return Collections.unmodifiableMap(started);
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing left to remove
        }
    }

    private void stopAll() {
        synchronized (started) {
            started.values().forEach(c -> {
                try {
                    c.stop();
                } catch (RuntimeException ignored) {
                    // best effort: the container may never have started
                }
            });
        }
    }
}
