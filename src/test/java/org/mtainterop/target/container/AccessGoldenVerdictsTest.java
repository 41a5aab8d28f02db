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
 * Golden verdicts for user access: Dovecot in every profile, each of its six services (submission,
 * submissions, imap, imaps, pop3, pop3s) judged by the whole harness, must give exactly the committed table
 * containers/golden-access.tsv (shown in containers/README.md). Regenerate both after a deliberate change
 * with {@code ./mvnw test -Dtest=AccessGoldenVerdictsTest -Dgolden.update=true}, then review the diff.
 */
class AccessGoldenVerdictsTest {
    static final Path TABLE = HarnessHome.directory().resolve("containers/golden-access.tsv");
    static final Path README = HarnessHome.directory().resolve("containers/README.md");
    static final String BEGIN = "<!-- golden-access:begin -->";
    static final String END = "<!-- golden-access:end -->";

    @TempDir
    static Path reports;
    private static RunOutcome outcome;

    @BeforeAll
    static void judgeEveryDovecotProfile() throws Exception {
        DockerRequirement.assumeDovecot();
        RunPlan plan = new RunPlan(List.of(), Optional.empty(), List.of(), ProbeSettings.DEFAULT_EHLO_NAME,
                PolicyProfile.MODERN, Optional.empty(), reports, Optional.empty(), false, false, 4,
                NetworkLimits.defaults()).withAccessReferences(List.of(DovecotProfile.values()));
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
    void everyServiceOfEveryProfileGivesItsGoldenVerdicts() throws IOException {
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
                differences.add(key.replace('\t', ' ') + ": expected " + status + ", got " + got + " — " + messageOf(key));
            }
        });
        actual.keySet().stream().filter(k -> !expected.containsKey(k))
                .forEach(k -> differences.add(k.replace('\t', ' ') + ": not in the golden table (" + actual.get(k) + ")"));
        assertThat(differences).as("differences from " + TABLE).isEmpty();
    }

    @Test
    void theCompliantProfilePassesEverythingItCanBeJudgedOn() {
        for (TargetReport t : outcome.summary().targets()) {
            if (t.name().startsWith("dovecot:compliant/")) {
                assertThat(t.results()).as(t.name()).isNotEmpty().allSatisfy(r ->
                        assertThat(r.status().label()).as(t.name() + " " + r.requirement() + ": " + r.message())
                                .isIn("passed", "skipped"));
            }
        }
    }

    @Test
    void nothingIsBrokenAndNoSmtpRequirementLeaksIntoAccessTargets() {
        for (TargetReport t : outcome.summary().targets()) {
            assertThat(t.results()).as(t.name()).noneSatisfy(r -> assertThat(r.status().label()).isEqualTo("broken"));
            assertThat(t.results()).extracting(RequirementResult::requirement).as(t.name())
                    .doesNotContain("STARTTLS-01", "STARTTLS-04", "DOWNGRADE-01", "REQTLS-01");
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
        StringBuilder tsv = new StringBuilder("# target\trequirement\texpected status — generated by AccessGoldenVerdictsTest\n");
        table.forEach((k, v) -> tsv.append(k).append('\t').append(v).append('\n'));
        Files.writeString(TABLE, tsv, StandardCharsets.UTF_8);
        if (Files.exists(README)) {
            String readme = Files.readString(README, StandardCharsets.UTF_8);
            int b = readme.indexOf(BEGIN);
            int e = readme.indexOf(END);
            String matrix = BEGIN + "\n" + markdown(table) + END;
            readme = b >= 0 && e > b ? readme.substring(0, b) + matrix + readme.substring(e + END.length())
                    : readme + "\n## Golden verdicts: user access (Dovecot)\n\n" + matrix + "\n";
            Files.writeString(README, readme, StandardCharsets.UTF_8);
        }
    }

    private static String markdown(Map<String, String> table) {
        List<String> targets = table.keySet().stream().map(k -> k.split("\t")[0]).distinct().toList();
        List<String> requirements = table.keySet().stream().map(k -> k.split("\t")[1]).distinct()
                .sorted(CatalogOrder.IDS).toList();
        StringBuilder md = new StringBuilder("| dovecot:profile/service | ").append(String.join(" | ", requirements))
                .append(" |\n|---|");
        requirements.forEach(r -> md.append("---|"));
        md.append('\n');
        for (String t : targets) {
            md.append("| ").append(t).append(" |");
            for (String r : requirements) {
                md.append(' ').append(switch (table.getOrDefault(t + "\t" + r, "")) {
                    case "passed" -> "pass";
                    case "failed" -> "**FAIL**";
                    case "broken" -> "broken";
                    case "skipped" -> "skip";
                    default -> "";
                }).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }
}
