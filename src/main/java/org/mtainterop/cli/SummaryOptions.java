package org.mtainterop.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mtainterop.run.HarnessHome;
import picocli.CommandLine.Option;

/**
 * Where a command's summary and reports go: {@code --json FILE} and {@code --report-dir DIR}, the same two options
 * on every subcommand that writes a summary (run, receive, outbound, interop, clients), with the same defaults.
 */
public final class SummaryOptions {
    @Option(names = "--json", paramLabel = "FILE",
            description = "Where the JSON summary goes (default: in REPORT-DIR: summary.json, interop-matrix.json, client-survey.json).")
    private Path json;

    @Option(names = "--report-dir", paramLabel = "DIR", description = "Where reports go (default: reports/ in the harness directory).")
    private Path reportDir;

    Path reportDir() {
        return Optional.ofNullable(reportDir).orElse(HarnessHome.directory().resolve("reports"));
    }

    Optional<Path> json() {
        return Optional.ofNullable(json).map(Path::toAbsolutePath);
    }

    /**
     * Moves the JSON file among {@code written} (a table report's .html, .md and .json in the report directory) to
     * {@code --json FILE} when one was given; returns the paths as they now are.
     */
    List<Path> placeJson(List<Path> written) throws IOException {
        if (json == null) {
            return written;
        }
        List<Path> out = new ArrayList<>();
        for (Path p : written) {
            if (p.getFileName().toString().endsWith(".json")) {
                Path to = json().orElseThrow();
                if (to.getParent() != null) {
                    Files.createDirectories(to.getParent());
                }
                out.add(Files.move(p, to, StandardCopyOption.REPLACE_EXISTING));
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
