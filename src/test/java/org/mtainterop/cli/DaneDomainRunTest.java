package org.mtainterop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.dns.testbed.DnsTestBed;
import org.mtainterop.dns.testbed.StandardZones;
import org.mtainterop.dns.testbed.ZoneMode;
import org.mtainterop.report.RequirementResult;
import org.mtainterop.report.RunSummary;
import org.mtainterop.report.SummaryReader;
import org.mtainterop.report.TargetReport;

/**
 * {@code run --domain} end to end on the DNSSEC test bed (NSD + Unbound, zones signed at test time): DNS
 * looked up with each DNSSEC outcome, features/dane judged per domain, the JSON summary carrying DANE-01 and
 * DANE-03 for {@code dns:<domain>}, each pass, fail, not-applicable and not-judged case shown. The tags keep
 * the port-25 scenarios of the MX targets out, so no MX is contacted (the MX addresses are loopback).
 */
class DaneDomainRunTest {
    private static final String TLSA_EE = "_25._tcp.mx IN TLSA 3 1 1 8cb0fc6c527506a053f4f14c8464bebbd6dede2738d11468dd953d7d6a3021f1\n";
    private static final String TLSA_PKIX = "_25._tcp.mx IN TLSA 1 1 1 8cb0fc6c527506a053f4f14c8464bebbd6dede2738d11468dd953d7d6a3021f1\n";
    private static final String MX = "@ IN MX 10 mx\nmx IN A 127.0.0.1\n";
    private static final String TAGS = "@REQ-DANE-01 or @REQ-DANE-03";

    private static DnsTestBed bed;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startBed() {
        DnsTestBed.assumeAvailable();
        bed = DnsTestBed.builder()
                .standardFixtures(zone -> zone.equals(StandardZones.INSECURE) ? MX : MX + TLSA_EE)
                .zone("pkix.test", ZoneMode.SIGNED, MX + TLSA_EE + TLSA_PKIX)
                .zone("notlsa.test", ZoneMode.SIGNED, MX)
                .zone("unsignedtlsa.test", ZoneMode.UNSIGNED, MX + TLSA_EE)
                .zone("insecuremx.test", ZoneMode.UNSIGNED, "@ IN MX 10 mx." + StandardZones.SECURE + ".\n")
                .start();
    }

    @AfterAll
    static void stopBed() {
        if (bed != null) {
            bed.close();
        }
    }

    private record Run(int code, String out, String err, RunSummary summary) {
        Map<String, String> verdicts(String domain) {
            TargetReport report = summary.targets().stream().filter(t -> t.name().equals("dns:" + domain)).findFirst()
                    .orElseThrow(() -> new AssertionError("no results for dns:" + domain + "\n" + out + err));
            Map<String, String> byId = new TreeMap<>();
            report.results().forEach(r -> byId.put(r.requirement(), r.status().label()));
            return byId;
        }

        String message(String domain, String id) {
            return summary.targets().stream().filter(t -> t.name().equals("dns:" + domain))
                    .flatMap(t -> t.results().stream()).filter(r -> r.requirement().equals(id))
                    .map(RequirementResult::message).findFirst().orElseThrow();
        }
    }

    private static Run run(boolean harnessValidates, String reportDir, String... domains) throws Exception {
        return run(harnessValidates, reportDir, List.of(), domains);
    }

    private static Run run(boolean harnessValidates, String reportDir, List<String> extra, String... domains)
            throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "--resolver", bed.resolverIp() + ":53", "--tags", TAGS,
                "--no-html", "--report-dir", dir.resolve(reportDir).toString()));
        args.addAll(extra);
        if (harnessValidates) {
            args.addAll(List.of("--trust-anchor", bed.trustAnchorFile().toString()));
        }
        for (String d : domains) {
            args.addAll(List.of("--domain", d));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MtaInteropCommand.execute(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        Path json = dir.resolve(reportDir).resolve("summary.json");
        assertThat(json).as(out + "\n" + err).exists();
        return new Run(code, out.toString(), err.toString(), new SummaryReader().read(json));
    }

    @Test
    void eachDnssecSituationGivesItsDane01AndDane03Verdicts() throws Exception {
        Run r = run(true, "harness", StandardZones.SECURE, "pkix.test", StandardZones.INSECURE, "notlsa.test",
                "unsignedtlsa.test", StandardZones.NO_DS, "insecuremx.test", StandardZones.EXPIRED,
                StandardZones.NOT_YET_VALID, StandardZones.BROKEN, StandardZones.WRONG_DS, StandardZones.LAME);
        assertThat(r.verdicts(StandardZones.SECURE)).containsExactly(Map.entry("DANE-01", "passed"), Map.entry("DANE-03", "passed"));
        assertThat(r.verdicts("pkix.test")).containsExactly(Map.entry("DANE-01", "passed"), Map.entry("DANE-03", "failed"));
        assertThat(r.verdicts(StandardZones.INSECURE)).containsExactly(Map.entry("DANE-01", "skipped"), Map.entry("DANE-03", "skipped"));
        assertThat(r.verdicts("notlsa.test")).containsExactly(Map.entry("DANE-01", "skipped"), Map.entry("DANE-03", "skipped"));
        assertThat(r.verdicts("unsignedtlsa.test")).containsEntry("DANE-01", "failed").containsEntry("DANE-03", "passed");
        assertThat(r.verdicts(StandardZones.NO_DS)).containsEntry("DANE-01", "failed");
        assertThat(r.verdicts("insecuremx.test")).containsEntry("DANE-01", "failed");
        for (String bogus : List.of(StandardZones.EXPIRED, StandardZones.NOT_YET_VALID, StandardZones.BROKEN, StandardZones.WRONG_DS)) {
            assertThat(r.verdicts(bogus)).as(bogus).containsExactly(Map.entry("DANE-01", "failed"), Map.entry("DANE-03", "broken"));
            assertThat(r.message(bogus, "DANE-01")).as(bogus).contains("is bogus");
        }
        assertThat(r.verdicts(StandardZones.LAME)).containsExactly(Map.entry("DANE-01", "broken"), Map.entry("DANE-03", "broken"));
        assertThat(r.message(StandardZones.LAME, "DANE-01")).contains("Could not test", "SERVFAIL");
        assertThat(r.message(StandardZones.EXPIRED, "DANE-01")).contains("expired");
        assertThat(r.message("insecuremx.test", "DANE-01")).contains("MX RRset of insecuremx.test is insecure");
        assertThat(r.code()).as("a failed @must requirement fails the run").isEqualTo(1);
        assertThat(r.out()).contains("target dns:secure.test (mail domain secure.test: its DNS records)");
        assertThat(r.summary().targets()).as("each MX address became a port-25 target")
                .anySatisfy(t -> assertThat(t.name()).isEqualTo("secure.test/mx.secure.test[127.0.0.1]"));
        assertThat(Files.readString(dir.resolve("harness/allure-results").toFile().listFiles((d, n) -> n.endsWith("-result.json"))[0].toPath()))
                .contains("dns:");
    }

    /** The French edition of features/dane gives the same verdicts, with French scenario names and verdict texts. */
    @Test
    void inFrenchTheSameVerdictsFromTheFrenchEdition() throws Exception {
        Run r = run(true, "french", List.of("--lang", "fr"), StandardZones.SECURE, "pkix.test", StandardZones.LAME);
        assertThat(r.verdicts(StandardZones.SECURE)).containsExactly(Map.entry("DANE-01", "passed"), Map.entry("DANE-03", "passed"));
        assertThat(r.verdicts("pkix.test")).containsExactly(Map.entry("DANE-01", "passed"), Map.entry("DANE-03", "failed"));
        assertThat(r.verdicts(StandardZones.LAME)).containsExactly(Map.entry("DANE-01", "broken"), Map.entry("DANE-03", "broken"));
        assertThat(r.out()).contains("cible dns:secure.test (domaine de messagerie secure.test : ses enregistrements DNS)",
                "NON CONFORME  DANE-03");
        StringBuilder results = new StringBuilder();
        for (var f : dir.resolve("french/allure-results").toFile().listFiles()) {
            results.append(Files.readString(f.toPath()));
        }
        assertThat(results).contains("Les enregistrements DANE que publie un domaine de messagerie",
                "Aucun usage TLSA PKIX-TA(0) ni PKIX-EE(1) pour SMTP", "Comment corriger :")
                .doesNotContain("The DANE records a mail domain publishes");
    }

    @Test
    void theDomainsOfAModernOperatorAreJudgedUnderItsHeader() throws Exception {
        Path operators = Files.writeString(dir.resolve("operators.yaml"), "operators:\n"
                + "  - name: signed\n    domains: [" + StandardZones.SECURE + "]\n    mx: [\"127.0.0.1:1\"]\n    profile: modern\n"
                + "  - name: plain\n    domains: [" + StandardZones.BROKEN + "]\n    mx: [\"127.0.0.1:1\"]\n    profile: anssi\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MtaInteropCommand.execute(new String[] {"run", "--operators", operators.toString(), "--resolver",
            bed.resolverIp() + ":53", "--trust-anchor", bed.trustAnchorFile().toString(), "--tags", TAGS, "--no-html",
            "--report-dir", dir.resolve("operators").toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        RunSummary summary = new SummaryReader().read(dir.resolve("operators/summary.json"));
        Run r = new Run(code, out.toString(), err.toString(), summary);
        assertThat(r.verdicts(StandardZones.SECURE)).containsEntry("DANE-01", "passed");
        assertThat(summary.targets()).as("an anssi operator's domains are not judged for DANE")
                .noneSatisfy(t -> assertThat(t.name()).isEqualTo("dns:" + StandardZones.BROKEN));
        assertThat(summary.targets()).as("operators' MX hosts come from the file, not from DNS")
                .noneSatisfy(t -> assertThat(t.name()).startsWith(StandardZones.SECURE + "/"));
        assertThat(r.out()).containsSubsequence("== operator signed (profile modern) ==", "target dns:" + StandardZones.SECURE);
    }

    @Test
    void inAdBitModeABogusZoneIsNotJudgedAndTheVerdictSaysWhoValidated() throws Exception {
        Run r = run(false, "adbit", StandardZones.SECURE, StandardZones.BROKEN);
        assertThat(r.verdicts(StandardZones.SECURE)).containsEntry("DANE-01", "passed");
        assertThat(r.message(StandardZones.SECURE, "DANE-01")).contains("resolver's AD bit");
        assertThat(r.verdicts(StandardZones.BROKEN)).containsEntry("DANE-01", "broken");
        assertThat(r.message(StandardZones.BROKEN, "DANE-01")).contains("SERVFAIL");
    }
}
