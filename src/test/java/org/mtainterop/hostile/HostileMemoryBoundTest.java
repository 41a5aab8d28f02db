package org.mtainterop.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.report.RunSummary;
import org.mtainterop.report.SummaryReader;

/**
 * The whole hostile set at once, in a JVM limited to -Xmx256m (a forked child, so the bound is real
 * whatever heap the test JVM has): the run completes, reports every target, and nothing runs out of memory.
 */
class HostileMemoryBoundTest {
    @TempDir
    Path reports;

    @Test
    void everyHostileTargetAtOnceFitsIn256MiB() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(javaBin, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
                "-Dmtainterop.home=" + System.getProperty("mtainterop.home", "."),
                "-cp", System.getProperty("java.class.path"), AllHostileTargetsAtOnce.class.getName(), reports.toString());
        File log = reports.resolve("child.log").toFile();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        boolean ended = child.waitFor(150, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
        assertThat(ended).as("child ended in time:\n" + output).isTrue();
        assertThat(output).doesNotContain("OutOfMemoryError").doesNotContain("\tat ").doesNotContain("Exception in thread");
        Matcher m = Pattern.compile("HOSTILE-RUN exit=(\\d+) millis=(\\d+) maxHeapMiB=(\\d+)").matcher(output);
        assertThat(m.find()).as(output).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isIn(1, 3);
        assertThat(Integer.parseInt(m.group(3))).isLessThanOrEqualTo(256);
        System.out.println("all hostile targets at once under -Xmx256m: " + m.group(0));
        assertThat(Duration.ofMillis(Long.parseLong(m.group(2)))).isLessThan(Duration.ofSeconds(120));
        RunSummary summary = new SummaryReader().read(reports.resolve("summary.json"));
        assertThat(summary.targets()).hasSize(HostileBehaviour.values().length + 2);
        assertThat(summary.targets()).allSatisfy(t -> assertThat(t.results()).isNotEmpty());
    }
}
