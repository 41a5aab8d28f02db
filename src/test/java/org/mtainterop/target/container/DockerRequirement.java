package org.mtainterop.target.container;

import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Container tests need Docker. Without it they are skipped, saying why ("Docker not available") — never
 * passed. In CI (CI=true) Docker is part of the contract, so its absence fails the build instead.
 */
final class DockerRequirement {
    private DockerRequirement() {
    }

    /** Docker and the Dovecot image (containers/dovecot/), for the user-access golden verdicts. */
    static void assumeDovecot() {
        assume(DockerAvailability.problem().or(() -> DockerAvailability.missingImage(DovecotContainer.IMAGE)));
    }

    /** Docker and {@code image}, built by {@code howToBuild}. */
    static void assumeImage(String image, String howToBuild) {
        assume(DockerAvailability.problem().or(() -> DockerAvailability.missingImage(image)
                .map(p -> p + " (" + howToBuild + ")")));
    }

    private static void assume(Optional<String> problem) {
        problem.ifPresent(p -> {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(p + " (CI must run the container scenarios: see .ci/run)");
            }
            Assumptions.abort(p);
        });
    }

    static void assumeDocker() {
        DockerAvailability.problem().ifPresent(problem -> {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(problem + " (CI must run the container scenarios: see .ci/run)");
            }
            Assumptions.abort(problem);
        });
        for (ReferenceMta mta : ReferenceMta.values()) {
            DockerAvailability.missingImage(mta.newContainer().getDockerImageName()).ifPresent(problem -> {
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    Assertions.fail(problem);
                }
                Assumptions.abort(problem);
            });
        }
    }
}
