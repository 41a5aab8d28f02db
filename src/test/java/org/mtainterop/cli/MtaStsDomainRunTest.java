package org.mtainterop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.adversary.mtasts.PolicyHttpsServer;
import org.mtainterop.adversary.mtasts.PolicyServerFault;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.AdversarialReceiver;
import org.mtainterop.dns.testbed.DnsTestBed;
import org.mtainterop.dns.testbed.ZoneMode;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.IssuedCredential;
import org.mtainterop.pki.PemCodec;
import org.mtainterop.pki.TestPki;
import org.mtainterop.report.RequirementResult;
import org.mtainterop.report.RunSummary;
import org.mtainterop.report.SummaryReader;
import org.mtainterop.report.TargetReport;

/**
 * {@code run --domain} end to end for MTA-STS and TLS-RPT: the zones on the DNSSEC test bed, each policy host
 * served by the harness's HTTPS policy server on a loopback address (its certificate chosen by SNI) and the MX
 * a compliant SMTP server on the same address, port 25. One domain per case; the JSON summary carries
 * MTASTS-01..03 and TLSRPT-01 for {@code dns:<domain>}. A second run with {@code --mta-sts-state} sees the
 * policy of one domain changed under the same id.
 */
class MtaStsDomainRunTest {
    static final String ADDRESS = "127.0.25.16";
    static final String MX = "mx.sts.test";
    static final String TAGS = "@REQ-MTASTS-01 or @REQ-MTASTS-02 or @REQ-MTASTS-03 or @REQ-TLSRPT-01";
    static final String GOOD = "version: STSv1\nmode: enforce\nmx: " + MX + "\nmax_age: 86400\n";
    static final Map<String, String> POLICIES = new LinkedHashMap<>();
    static final Map<String, PolicyServerFault> FAULTS = new LinkedHashMap<>();
    static DnsTestBed bed;
    static PolicyHttpsServer policies;
    static AdversarialReceiver mx;
    static TestPki pki;
    static Path trustCa;

    @TempDir
    static Path dir;

    static {
        POLICIES.put("good", GOOD);
        POLICIES.put("redirect", GOOD);
        POLICIES.put("html", GOOD);
        POLICIES.put("expired", GOOD);
        POLICIES.put("nopattern", GOOD.replace("mx: " + MX, "mx: other.sts.test"));
        POLICIES.put("typo", GOOD.replace("mx: " + MX, "mx: " + MX + "\nnmx: mx2.sts.test"));
        POLICIES.put("ip", GOOD.replace("mx: " + MX, "mx: 192.0.2.25"));
        POLICIES.keySet().forEach(k -> FAULTS.put(k, PolicyServerFault.NONE));
        FAULTS.put("redirect", PolicyServerFault.REDIRECT);
        FAULTS.put("html", PolicyServerFault.WRONG_CONTENT_TYPE);
    }

    @BeforeAll
    static void start() throws IOException {
        DnsTestBed.assumeAvailable();
        InetAddress address = InetAddress.getByName(ADDRESS);
        assumeTrue(free(address, 443) && free(address, 25), "ports 443 and 25 of " + ADDRESS + " are taken");
        pki = TestPki.generate();
        trustCa = dir.resolve("test-root.pem");
        Files.writeString(trustCa, PemCodec.encodeCertificate(pki.rootCertificate()));
        Map<String, IssuedCredential> hosts = new LinkedHashMap<>();
        for (String label : POLICIES.keySet()) {
            String host = "mta-sts." + label + ".sts.test";
            hosts.put(host, pki.issue(label.equals("expired") ? CertificateProfile.EXPIRED : CertificateProfile.VALID,
                    host));
        }
        policies = PolicyHttpsServer.startForHosts(address, 443, hosts);
        POLICIES.forEach((label, policy) -> policies.serve("mta-sts." + label + ".sts.test", policy, FAULTS.get(label)));
        mx = AdversarialReceiver.start(AdversarialReceiver.Settings.of(new InetSocketAddress(address, 25), MX,
                AdversarialProfile.COMPLIANT), pki);
        StringBuilder zone = new StringBuilder("mx IN A " + ADDRESS + "\n");
        for (String label : POLICIES.keySet()) {
            zone.append(label).append(" IN MX 10 ").append(MX).append(".\n")
                    .append("_mta-sts.").append(label).append(" IN TXT \"v=STSv1; id=1\"\n")
                    .append("mta-sts.").append(label).append(" IN A ").append(ADDRESS).append('\n')
                    .append("_smtp._tls.").append(label).append(" IN TXT \"v=TLSRPTv1; rua=mailto:tlsrpt@")
                    .append(label).append(".sts.test\"\n");
        }
        zone.append("twosts IN MX 10 ").append(MX).append(".\n")
                .append("_mta-sts.twosts IN TXT \"v=STSv1; id=1\"\n_mta-sts.twosts IN TXT \"v=STSv1; id=2\"\n")
                .append("_smtp._tls.twosts IN TXT \"v=TLSRPTv1; rua=http://report.sts.test/\"\n")
                .append("none IN MX 10 ").append(MX).append(".\n");
        bed = DnsTestBed.builder().zone("sts.test", ZoneMode.SIGNED, zone.toString()).start();
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

    private static Run run(String reportDir, Path state, String... labels) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "--resolver", bed.resolverIp() + ":53", "--trust-anchor",
                bed.trustAnchorFile().toString(), "--trust-ca", trustCa.toString(), "--tags", TAGS, "--no-html",
                "--read-timeout", "5", "--deadline", "15", "--report-dir", dir.resolve(reportDir).toString(),
                "--mta-sts-state", state.toString()));
        for (String label : labels) {
            args.addAll(List.of("--domain", label + ".sts.test"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MtaInteropCommand.execute(args.toArray(String[]::new), new PrintWriter(out, true),
                new PrintWriter(err, true));
        Path json = dir.resolve(reportDir).resolve("summary.json");
        assertThat(json).as(out + "\n" + err).exists();
        return new Run(code, out.toString(), err.toString(), new SummaryReader().read(json));
    }

    @Test
    void eachPublicationGivesItsVerdictsAndTheStateFileFollowsTheId() throws Exception {
        Path state = dir.resolve("mta-sts-state.json");
        Run r = run("first", state, "good", "redirect", "html", "expired", "nopattern", "typo", "ip", "twosts", "none");
        assertThat(r.verdicts("good.sts.test")).as(r.out()).containsExactly(Map.entry("MTASTS-01", "passed"),
                Map.entry("MTASTS-02", "passed"), Map.entry("MTASTS-03", "passed"), Map.entry("TLSRPT-01", "passed"));
        assertThat(r.message("good.sts.test", "MTASTS-03")).contains("mx.sts.test ~ mx.sts.test");
        assertThat(r.verdicts("redirect.sts.test")).containsEntry("MTASTS-02", "failed").containsEntry("MTASTS-03", "broken");
        assertThat(r.message("redirect.sts.test", "MTASTS-02")).contains("a redirect (HTTP/1.1 301");
        assertThat(r.message("html.sts.test", "MTASTS-02")).contains("Content-Type 'text/html'");
        assertThat(r.message("expired.sts.test", "MTASTS-02")).contains("the certificate does not validate");
        assertThat(r.message("nopattern.sts.test", "MTASTS-03")).contains("mx.sts.test matches no mx pattern (other.sts.test)");
        assertThat(r.message("typo.sts.test", "MTASTS-03")).contains("unknown field 'nmx' is one edit from 'mx'");
        assertThat(r.message("ip.sts.test", "MTASTS-03")).contains("mx '192.0.2.25': an IP address");
        assertThat(r.verdicts("twosts.sts.test")).containsEntry("MTASTS-01", "failed").containsEntry("MTASTS-02", "skipped")
                .containsEntry("TLSRPT-01", "failed");
        assertThat(r.message("twosts.sts.test", "TLSRPT-01")).contains("only mailto: and https:");
        assertThat(r.verdicts("none.sts.test")).containsEntry("MTASTS-01", "skipped").containsEntry("TLSRPT-01", "failed");
        assertThat(r.code()).isEqualTo(1);
        assertThat(Files.readString(state)).contains("\"good.sts.test\"").contains("mode: enforce");

        policies.serve("mta-sts.good.sts.test", GOOD.replace("mode: enforce", "mode: testing"), PolicyServerFault.NONE);
        Run second = run("second", state, "good");
        assertThat(second.verdicts("good.sts.test")).containsEntry("MTASTS-01", "failed");
        assertThat(second.message("good.sts.test", "MTASTS-01")).contains("the policy changed since")
                .contains("but the id is still '1'");
    }

    @Test
    void aMalformedStateFileIsAUsageError() throws Exception {
        Path bad = dir.resolve("bad-state.json");
        Files.writeString(bad, "{\"mta-sts-state\": 1, \"domains\": {\"a.test\": {\"id\": 1}}}");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MtaInteropCommand.execute(new String[] {"run", "--domain", "a.test", "--mta-sts-state", bad.toString(),
                "--no-html", "--report-dir", dir.resolve("bad").toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--mta-sts-state " + bad + ": domains.a.test.id: missing or not a string");
    }

    private static boolean free(InetAddress address, int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, address)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @AfterAll
    static void stop() {
        if (bed != null) {
            bed.close();
        }
        if (policies != null) {
            policies.close();
        }
        if (mx != null) {
            mx.close();
        }
    }
}
