package org.mtainterop.target.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.probe.ProbeSettings;
import org.mtainterop.report.CatalogOrder;
import org.mtainterop.report.RequirementResult;
import org.mtainterop.report.TargetReport;
import org.mtainterop.run.HarnessHome;
import org.mtainterop.run.HarnessRun;
import org.mtainterop.run.RunOutcome;
import org.mtainterop.run.RunPlan;

/**
 * Golden verdicts: every reference MTA in every profile, judged by the whole harness, must give exactly
 * the committed table containers/golden-verdicts.tsv (shown in containers/README.md). Regenerate both
 * after a deliberate change with {@code ./mvnw verify -Dtest=ContainerGoldenVerdictsTest -Dgolden.update=true},
 * then review the diff: each defect profile must fail what it breaks and nothing else.
 */
class ContainerGoldenVerdictsTest {
    static final Path TABLE = HarnessHome.directory().resolve("containers/golden-verdicts.tsv");
    static final Path README = HarnessHome.directory().resolve("containers/README.md");
    static final String BEGIN = "<!-- golden-verdicts:begin -->";
    static final String END = "<!-- golden-verdicts:end -->";

    @TempDir
    static Path reports;
    private static RunOutcome outcome;

    @BeforeAll
    static void judgeEveryReferenceContainer() throws Exception {
        DockerRequirement.assumeDocker();
        RunPlan plan = new RunPlan(List.of(), Optional.empty(), List.of(), ProbeSettings.DEFAULT_EHLO_NAME,
                PolicyProfile.MODERN, Optional.empty(), reports, Optional.empty(), false, false, 4,
                NetworkLimits.defaults()).withReferences(ReferenceSpec.parse("all"));
        outcome = new HarnessRun(plan).execute();
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
    void everyContainerGivesItsGoldenVerdicts() throws IOException {
        Map<String, String> actual = actual();
        if (Boolean.getBoolean("golden.update")) {
            write(actual);
        }
        assertThat(Files.exists(TABLE)).as("golden table " + TABLE + " exists (generate it with -Dgolden.update=true)").isTrue();
        Map<String, String> expected = read();
        List<String> differences = new ArrayList<>();
        expected.forEach((key, status) -> {
            String got = actual.get(key);
            if (!status.equals(got)) {
                differences.add(key.replace('\t', ' ') + ": expected " + status + ", got " + got + " — "
                        + messageOf(key));
            }
        });
        actual.keySet().stream().filter(k -> !expected.containsKey(k))
                .forEach(k -> differences.add(k.replace('\t', ' ') + ": not in the golden table (" + actual.get(k) + ")"));
        assertThat(differences).as("differences from " + TABLE).isEmpty();
    }

    @Test
    void compliantProfilesPassEverythingTheyCanBeJudgedOn() {
        for (TargetReport t : outcome.summary().targets()) {
            if (t.name().endsWith(":compliant")) {
                assertThat(t.results()).as(t.name()).allSatisfy(r ->
                        assertThat(r.status().label()).as(t.name() + " " + r.requirement() + ": " + r.message())
                                .isIn("passed", "skipped"));
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
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            table.put(cols[0] + "\t" + cols[1], cols[2]);
        }
        return table;
    }

    private static void write(Map<String, String> table) throws IOException {
        StringBuilder tsv = new StringBuilder("# target\trequirement\texpected status — generated by ContainerGoldenVerdictsTest\n");
        table.forEach((k, v) -> tsv.append(k).append('\t').append(v).append('\n'));
        Files.writeString(TABLE, tsv, StandardCharsets.UTF_8);
        if (Files.exists(README)) {
            String readme = Files.readString(README, StandardCharsets.UTF_8);
            int b = readme.indexOf(BEGIN);
            int e = readme.indexOf(END);
            String matrix = BEGIN + "\n" + markdown(table) + END;
            readme = b >= 0 && e > b ? readme.substring(0, b) + matrix + readme.substring(e + END.length())
                    : readme + "\n## Golden verdicts\n\n" + matrix + "\n";
            Files.writeString(README, readme, StandardCharsets.UTF_8);
        }
    }

    private static String markdown(Map<String, String> table) {
        List<String> targets = table.keySet().stream().map(k -> k.split("\t")[0]).distinct().toList();
        List<String> requirements = table.keySet().stream().map(k -> k.split("\t")[1]).distinct()
                .sorted(CatalogOrder.IDS).toList();
        StringBuilder md = new StringBuilder("| MTA:profile | ").append(String.join(" | ", requirements)).append(" |\n|---|");
        requirements.forEach(r -> md.append("---|"));
        md.append('\n');
        for (String t : targets) {
            md.append("| ").append(t).append(" |");
            for (String r : requirements) {
                String s = table.getOrDefault(t + "\t" + r, "");
                md.append(' ').append(switch (s) {
                    case "passed" -> "pass";
                    case "failed" -> "**FAIL**";
                    case "broken" -> "broken";
                    case "skipped" -> "skip";
                    default -> s;
                }).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }
}
