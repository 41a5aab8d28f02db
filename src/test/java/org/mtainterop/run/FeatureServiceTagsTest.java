package org.mtainterop.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The run picks each target's scenarios by its service tag (@smtp, @submission, @imap, @pop3): an @in
 * scenario without one would silently never run. This keeps every feature file honest about it.
 */
class FeatureServiceTagsTest {
    private static final Set<String> SERVICE_TAGS = Set.of("@smtp", "@submission", "@imap", "@pop3");

    @Test
    void everyInboundScenarioNamesTheServicesItAppliesTo() throws IOException {
        List<String> untagged = new ArrayList<>();
        try (Stream<Path> files = Files.walk(HarnessHome.features())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
                Set<String> featureTags = new HashSet<>();
                Set<String> pending = new HashSet<>();
                for (String raw : Files.readAllLines(file)) {
                    String line = raw.strip();
                    if (line.startsWith("@")) {
                        pending.addAll(List.of(line.split("\\s+")));
                    } else if (line.startsWith("Feature:")) {
                        featureTags.addAll(pending);
                        pending.clear();
                    } else if (line.startsWith("Scenario") || line.startsWith("Example:")) {
                        Set<String> tags = new HashSet<>(featureTags);
                        tags.addAll(pending);
                        pending.clear();
                        if (tags.contains("@in") && tags.stream().noneMatch(SERVICE_TAGS::contains)) {
                            untagged.add(HarnessHome.features().relativize(file) + ": " + line);
                        }
                    } else if (!line.isEmpty() && !line.startsWith("#")) {
                        pending.clear();
                    }
                }
            }
        }
        assertThat(untagged).as("@in scenarios without @smtp, @submission, @imap or @pop3 (they would never run)").isEmpty();
    }

    @Test
    void accessScenariosAreNeverSelectedForPort25() throws IOException {
        try (Stream<Path> files = Files.list(HarnessHome.features().resolve("access"))) {
            for (Path file : files.toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("@smtp");
            }
        }
    }
}
