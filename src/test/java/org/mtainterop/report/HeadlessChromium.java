package org.mtainterop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Headless Chromium for the report tests: skipped without it, a failure in CI (CI=true) where .ci/run installs it. */
public final class HeadlessChromium {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    public static void requireInstalled() {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("Chromium not installed at " + CHROMIUM + " (see .ci/run)");
            }
            Assumptions.abort("Chromium not installed at " + CHROMIUM);
        }
    }

    /** Opens {@code html} with {@code extra} switches (e.g. --dump-dom); returns what Chromium printed. */
    public static String open(Path scratch, Path html, String... extra) throws Exception {
        Path profile = Files.createTempDirectory(scratch, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(extra));
        command.add(html.toUri().toString());
        Path out = scratch.resolve("chromium-" + System.nanoTime() + ".out");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("chromium finished within 60 s").isTrue();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
