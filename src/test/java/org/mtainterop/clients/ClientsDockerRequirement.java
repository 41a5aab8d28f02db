package org.mtainterop.clients;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.mtainterop.target.container.DockerAvailability;
import org.mtainterop.target.container.DovecotContainer;

/**
 * The client tests need Docker and the Dovecot image: without them they are skipped, saying why; in CI (CI=true)
 * their absence fails the build instead (as target/container/DockerRequirement does). The clients image is built
 * here, by containers/build-images.sh (from the layer cache when nothing changed, ~1 s), so the tests always run
 * the drivers of this tree, and a Dockerfile that does not build fails them.
 */
final class ClientsDockerRequirement {
    private ClientsDockerRequirement() {
    }

    static void requireDockerAndBuildClientsImage() {
        Optional<String> problem = DockerAvailability.problem()
                .or(() -> DockerAvailability.missingImage(DovecotContainer.IMAGE));
        problem.ifPresent(p -> {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(p + " (CI must run the container tests: see .ci/run)");
            }
            Assumptions.abort(p);
        });
        buildClientsImage();
    }

    private static void buildClientsImage() {
        Path home = Path.of(System.getProperty("mtainterop.home", "."));
        ProcessBuilder build = new ProcessBuilder("bash", home.resolve("containers/build-images.sh").toString(), "clients")
                .redirectErrorStream(true);
        try {
            Process process = build.start();
            String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                Assertions.fail("containers/build-images.sh clients did not finish within 15 minutes");
            }
            Assertions.assertEquals(0, process.exitValue(), "containers/build-images.sh clients failed:\n" + log);
        } catch (IOException e) {
            Assertions.fail("cannot run containers/build-images.sh: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Assertions.fail("interrupted while building the clients image");
        }
    }
}
