package org.mtainterop.target.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.report.CatalogOrder;
import org.mtainterop.report.RequirementResult;
import org.mtainterop.report.TargetReport;
import org.mtainterop.run.HarnessHome;
import org.mtainterop.run.OutboundRun;
import org.mtainterop.run.RunOutcome;
import org.mtainterop.sender.DeliveryDriver;
import org.mtainterop.sender.OutboundSubjects;

/**
 * Outbound golden verdicts: every reference MTA under every OUTBOUND_POLICY, relaying to the adversarial
 * receiver in every profile and judged by features/outbound, must give exactly containers/golden-outbound.tsv
 * (shown in containers/README.md). Regenerate after a deliberate change with
 * {@code ./mvnw verify -Dtest=OutboundGoldenVerdictsTest -Dgolden.update=true} and review the diff.
 */
class OutboundGoldenVerdictsTest {
    static final Path TABLE = HarnessHome.directory().resolve("containers/golden-outbound.tsv");
    static final Path README = HarnessHome.directory().resolve("containers/README.md");
    static final String BEGIN = "<!-- golden-outbound:begin -->";
    static final String END = "<!-- golden-outbound:end -->";

    @TempDir
    static Path reports;
    private static RunOutcome outcome;
    private static Duration took;

    @BeforeAll
    static void driveEveryContainerSender() throws Exception {
        DockerRequirement.assumeDocker();
        Instant start = Instant.now();
        outcome = OutboundRun.execute(new OutboundRun.Plan(OutboundSubjects.expand("containers"), PolicyProfile.MODERN,
                Optional.empty(), reports, Optional.empty(), false, false, DeliveryDriver.Timing.defaults(), 3));
        took = Duration.between(start, Instant.now());
        outcome.summary().targets().forEach(t -> t.results().forEach(r ->
                System.out.println(t.name() + " " + r.requirement() + " " + r.status().label() + " — " + r.message())));
        System.out.println("outbound golden run: " + outcome.summary().targets().size() + " senders in "
                + took.toSeconds() + " s");
    }

    private static Map<String, String> actual() {
        Map<String, String> table = new TreeMap<>();
        for (TargetReport t : outcome.summary().targets()) {
            for (RequirementResult r : t.results()) {
                table.put(t.name() + "\t" + r.requirement(), r.status().label());
            }
        }
        return table;
    }

    @Test
    void everySenderGivesItsGoldenVerdicts() throws IOException {
        Map<String, String> actual = actual();
        if (Boolean.getBoolean("golden.update")) {
            write(actual);
        }
        assertThat(Files.exists(TABLE)).as("golden table " + TABLE + " (generate it with -Dgolden.update=true)").isTrue();
        Map<String, String> expected = read();
        List<String> differences = new ArrayList<>();
        expected.forEach((key, status) -> {
            if (!status.equals(actual.get(key))) {
                differences.add(key.replace('\t', ' ') + ": expected " + status + ", got " + actual.get(key) + " — "
                        + messageOf(key));
            }
        });
        actual.keySet().stream().filter(k -> !expected.containsKey(k))
                .forEach(k -> differences.add(k.replace('\t', ' ') + ": not in the golden table (" + actual.get(k) + ")"));
        assertThat(differences).as("differences from " + TABLE).isEmpty();
    }

    @Test
    void verifyingSendersNeverSendToABadPeer() {
        for (TargetReport t : outcome.summary().targets()) {
            if (t.name().endsWith(":verify")) {
                assertThat(t.results()).filteredOn(r -> r.requirement().equals("CERT-06") || r.requirement().equals("DOWNGRADE-03"))
                        .as(t.name()).allSatisfy(r -> assertThat(r.status().label()).as(t.name() + " " + r.requirement()
                                + ": " + r.message()).isEqualTo("passed"));
            }
        }
    }

    private static String messageOf(String key) {
        String[] parts = key.split("\t");
        return outcome.summary().targets().stream().filter(t -> t.name().equals(parts[0]))
                .flatMap(t -> t.results().stream()).filter(r -> r.requirement().equals(parts[1]))
                .map(RequirementResult::message).findFirst().orElse("");
    }

    private static Map<String, String> read() throws IOException {
        Map<String, String> table = new TreeMap<>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cols = line.split("\t");
                table.put(cols[0] + "\t" + cols[1], cols[2]);
            }
        }
        return table;
    }

    private static void write(Map<String, String> table) throws IOException {
        StringBuilder tsv = new StringBuilder("# sender\trequirement\texpected status — generated by OutboundGoldenVerdictsTest\n");
        table.forEach((k, v) -> tsv.append(k).append('\t').append(v).append('\n'));
        Files.writeString(TABLE, tsv, StandardCharsets.UTF_8);
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int b = readme.indexOf(BEGIN);
        int e = readme.indexOf(END);
        String matrix = BEGIN + "\n" + markdown(table) + END;
        readme = b >= 0 && e > b ? readme.substring(0, b) + matrix + readme.substring(e + END.length())
                : readme + "\n## Golden outbound verdicts\n\n" + matrix + "\n";
        Files.writeString(README, readme, StandardCharsets.UTF_8);
    }

    private static String markdown(Map<String, String> table) {
        List<String> senders = table.keySet().stream().map(k -> k.split("\t")[0]).distinct().toList();
        List<String> requirements = table.keySet().stream().map(k -> k.split("\t")[1]).distinct()
                .sorted(CatalogOrder.IDS).toList();
        StringBuilder md = new StringBuilder("| MTA:OUTBOUND_POLICY | ").append(String.join(" | ", requirements))
                .append(" |\n|---|");
        requirements.forEach(r -> md.append("---|"));
        md.append('\n');
        for (String s : senders) {
            md.append("| ").append(s).append(" |");
            for (String r : requirements) {
                String v = table.getOrDefault(s + "\t" + r, "");
                md.append(' ').append(switch (v) {
                    case "passed" -> "pass";
                    case "failed" -> "**FAIL**";
                    case "broken" -> "broken";
                    case "skipped" -> "skip";
                    default -> v;
                }).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }
}
