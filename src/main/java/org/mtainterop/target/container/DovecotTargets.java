package org.mtainterop.target.container;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mtainterop.net.MailService;
import org.mtainterop.pki.TestPki;
import org.mtainterop.target.Target;

/**
 * Starts one Dovecot container per profile and offers each of its six services as a target
 * ({@code dovecot:<profile>/<service>}); stops them all on close, and at JVM exit if interrupted.
 */
public final class DovecotTargets implements AutoCloseable {
    private final ContainerGroup<DovecotProfile, DovecotContainer> started;
    private final X509Certificate trustAnchor;

    private DovecotTargets(ContainerGroup<DovecotProfile, DovecotContainer> started, X509Certificate root) {
        this.started = started;
        this.trustAnchor = root;
    }

    /** {@code dovecot}, {@code dovecot:PROFILE} or {@code dovecot:all}. */
    public static boolean names(String referenceText) {
        String t = referenceText == null ? "" : referenceText.strip().toLowerCase(Locale.ROOT);
        return t.equals("dovecot") || t.startsWith("dovecot:");
    }

    public static List<DovecotProfile> parse(String referenceText) {
        String t = referenceText.strip();
        int colon = t.indexOf(':');
        if (colon < 0) {
            return List.of(DovecotProfile.COMPLIANT);
        }
        String profile = t.substring(colon + 1);
        try {
            return profile.equalsIgnoreCase("all") ? List.of(DovecotProfile.values()) : List.of(DovecotProfile.parse(profile));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--reference '" + referenceText + "': " + e.getMessage());
        }
    }

    public static DovecotTargets start(List<DovecotProfile> profiles, TestPki pki) {
        DockerAvailability.problem().ifPresent(p -> {
            throw new ContainersUnavailableException(p, null);
        });
        DockerAvailability.missingImage(DovecotContainer.IMAGE).ifPresent(p -> {
            throw new ContainersUnavailableException(p, null);
        });
        Map<DovecotProfile, DovecotContainer> containers = new LinkedHashMap<>();
        for (DovecotProfile profile : profiles) {
            DovecotContainer c = new DovecotContainer().withProfile(profile);
            c.withCertificate(pki.issue(profile.certificate(), c.getServerName()));
            containers.put(profile, c);
        }
        return new DovecotTargets(ContainerGroup.start(containers, "Dovecot"), pki.rootCertificate());
    }

    public List<Target> targets() {
        List<Target> list = new ArrayList<>();
        started.containers().forEach((profile, c) -> {
            for (MailService service : DovecotContainer.services()) {
                list.add(new ContainerServiceTarget("dovecot:" + profile.label() + "/" + service.label(),
                        c.getEndpoint(service), service, service.implicitTlsCounterpart().map(c::getEndpoint),
                        "Dovecot " + service.label() + " in profile " + profile.label() + " (" + DovecotContainer.IMAGE + ")"));
            }
        });
        return list;
    }

    public X509Certificate trustAnchor() {
        return trustAnchor;
    }

    @Override
    public void close() {
        started.close();
    }
}
