package org.mtainterop.target.container;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtainterop.pki.TestPki;
import org.mtainterop.probe.PartnerSource;
import org.mtainterop.sender.DockerBridge;
import org.mtainterop.target.EmbeddedTarget;
import org.mtainterop.target.Target;

/**
 * Starts reference MTA containers (a few at a time: the machine has two cores) and stops them all on
 * close, and at JVM exit if the run is interrupted (there is no Ryuk to clean up after us).
 */
public final class ReferenceContainerTargets implements AutoCloseable {
    private final ContainerGroup<ReferenceSpec, ReferenceMtaContainer<?>> started;
    private final X509Certificate trustAnchor;

    private ReferenceContainerTargets(ContainerGroup<ReferenceSpec, ReferenceMtaContainer<?>> started, X509Certificate root) {
        this.started = started;
        this.trustAnchor = root;
    }

    /** Starts every container; if one cannot start, stops the others and throws with the reason. */
    public static ReferenceContainerTargets start(List<ReferenceSpec> specs, TestPki pki) {
        DockerAvailability.problem().ifPresent(p -> {
            throw new ContainersUnavailableException(p, null);
        });
        for (String image : specs.stream().map(s -> s.mta().newContainer(s.profile()).getDockerImageName()).distinct()
                .toList()) {
            DockerAvailability.missingImage(image).ifPresent(p -> {
                throw new ContainersUnavailableException(p, null);
            });
        }
        Map<ReferenceSpec, ReferenceMtaContainer<?>> containers = new LinkedHashMap<>();
        for (ReferenceSpec spec : specs) {
            ReferenceMtaContainer<?> c = spec.mta().newContainer(spec.profile());
            c.withTlsProfile(spec.profile());
            if (spec.profile() != ContainerTlsProfile.STOCK) {
                // the pilot's mandatory TLS per partner (STARTTLS-05); the harness's connections reach the container
                // from the Docker bridge gateway. Stock keeps the package's defaults: no partner table.
                c.withEnv("PARTNER_NETWORKS", DockerBridge.gateway().getHostAddress());
            }
            c.withCertificate(pki.issue(spec.profile().certificate(), c.getMxName()));
            if (spec.profile().servesRsaBesideEcdsa()) {
                c.withSecondCertificate(pki.issueRsa(c.getMxName()));
            }
            if (spec.profile().staplesOcsp()) {
                c.withOcspResponder(pki.issueOcspResponder(spec.profile() == ContainerTlsProfile.OCSP_STAPLED));
            }
            containers.put(spec, c);
        }
        return new ReferenceContainerTargets(ContainerGroup.start(containers, "reference"), pki.rootCertificate());
    }

    public List<Target> targets() {
        List<Target> list = new ArrayList<>();
        started.containers().forEach((spec, c) -> list.add(new EmbeddedTarget(spec.targetName(), c.getSmtpEndpoint(),
                spec.mta().label() + " in profile " + spec.profile().label() + " (" + c.getDockerImageName() + ")",
                PartnerSource.referenceContainer(spec.profile().label()))));
        return list;
    }

    public X509Certificate trustAnchor() {
        return trustAnchor;
    }

    public Map<ReferenceSpec, ReferenceMtaContainer<?>> containers() {
        return started.containers();
    }

    @Override
    public void close() {
        started.close();
    }
}
