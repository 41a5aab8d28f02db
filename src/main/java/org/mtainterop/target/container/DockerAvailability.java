package org.mtainterop.target.container;

import java.util.Optional;
import org.testcontainers.DockerClientFactory;

/** Whether a Docker engine answers, and if not, a one-line reason a person can act on. */
public final class DockerAvailability {
    private DockerAvailability() {
    }

    /** Empty when Docker is usable; otherwise why not. */
    public static Optional<String> problem() {
        try {
            if (DockerClientFactory.instance().isDockerAvailable()) {
                return Optional.empty();
            }
            return Optional.of("Docker not available: no engine answers (start dockerd, or run .ci/docker-up.sh)");
        } catch (RuntimeException | LinkageError e) {
            return Optional.of("Docker not available: " + e.getMessage());
        }
    }

    /** Empty when the image exists locally (it is never pulled); otherwise how to build it. */
    public static Optional<String> missingImage(String image) {
        try {
            DockerClientFactory.instance().client().inspectImageCmd(image).exec();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("image " + image + " is not built: run containers/build-images.sh");
        }
    }
}
