package org.mtainterop.target.container;

import java.util.List;
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

    /** The image label listing the settings beyond the first environment contract its entrypoint honours. */
    static final String SETTINGS_LABEL = "org.mta-interop.settings";

    /**
     * Empty when the local {@code image} says (label {@value #SETTINGS_LABEL}) that its entrypoint honours every one of
     * {@code settings}; otherwise that it predates them and how to rebuild it. An image built from older sources
     * would ignore them silently and be judged as another server.
     */
    public static Optional<String> staleImage(String image, java.util.Collection<String> settings) {
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        java.util.Set<String> honoured;
        try {
            var labels = DockerClientFactory.instance().client().inspectImageCmd(image).exec().getConfig().getLabels();
            String listed = labels == null ? null : labels.get(SETTINGS_LABEL);
            honoured = listed == null ? java.util.Set.of() : java.util.Set.of(listed.strip().split("\\s+"));
        } catch (RuntimeException e) {
            return missingImage(image);
        }
        List<String> missing = settings.stream().filter(s -> !honoured.contains(s)).sorted().toList();
        return missing.isEmpty() ? Optional.empty() : Optional.of("image " + image + " predates " + String.join(", ",
                missing) + " (its entrypoint would ignore them): rebuild it with containers/build-images.sh");
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
