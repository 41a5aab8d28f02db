package org.mtainterop.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.report.RequirementResult;
import org.mtainterop.report.TargetReport;

/**
 * The whole pipeline (probes, features, steps, checks, ledger) against every embedded target, with the
 * expected verdicts asserted: a harness that always says pass, or always fail, breaks this test.
 */
class EmbeddedGoldenVerdictsTest {
    private static final List<String> ALL = List.of("STARTTLS-01", "STARTTLS-02", "STARTTLS-03", "STARTTLS-04", "STARTTLS-08",
            "DOWNGRADE-01", "TLS-VER-03", "TLS-VER-04", "CERT-01", "CERT-02", "CERT-03", "CERT-04", "CERT-05",
            "CERT-08", "REQTLS-01", "TLS-VER-01", "TLS-VER-02", "TLS-CS-01", "TLS-CS-02", "TLS-CS-03", "TLS-CS-04", "TLS-KX-01",
            "TLS-KX-02", "TLS-EXT-01", "TLS-EXT-02", "TLS-EXT-03", "TLS-EXT-06", "STARTTLS-05", "TLS-EXT-04",
            "TLS-EXT-05");

    /**
     * Skipped on every embedded target: no embedded MX declares that it requires TLS from partners (STARTTLS-05).
     * The embedded receivers run JSSE, which issues TLS 1.3 tickets and implements no early data (TLS-EXT-04 passes)
     * and announces its session timeout (24 h by default) as the ticket lifetime (TLS-EXT-05 passes).
     */
    private static final Map<String, Outcome> NOT_JUDGED_HERE = Map.of("STARTTLS-05", Outcome.SKIPPED);

    /**
     * SubEthaSMTP runs JSSE with the JDK's default suites, and two ANSSI @should requirements fail on it,
     * truly: the JDK enables TLS_ECDHE_ECDSA_WITH_AES_{128,256}_CBC_SHA (CBC with SHA-1
     * HMAC, outside the ANSSI list: TLS-CS-03; its order does win), and JSSE does not implement
     * encrypt_then_mac (RFC 7366), so its CBC suites run MAC-then-encrypt (TLS-CS-04). The reference
     * receivers offer only the ANSSI suites (SuiteRestrictedSslContext), so they pass both.
     */
    private static final Map<String, Outcome> JSSE_DEFAULT_SUITES = Map.of("TLS-CS-03", Outcome.FAILED,
            "TLS-CS-04", Outcome.FAILED);

    @TempDir
    static Path reports;
    /** The run judged here; FrenchEmbeddedGoldenVerdictsTest makes it with the French edition (its @BeforeAll hides this one). */
    static RunOutcome outcome;

    @BeforeAll
    static void runEverythingOnce() throws Exception {
        outcome = run(Judgement.of(PolicyProfile.MODERN));
    }

    static RunOutcome run(Judgement judgement) throws Exception {
        RunPlan plan = new RunPlan(RunPlan.Targets.embeddedDefault(), judgement,
                RunPlan.Connections.defaults(), ReportDestination.withoutHtml(reports));
        return new HarnessRun(plan).execute();
    }

    private static Map<String, Outcome> verdicts(String target) {
        TargetReport report = outcome.summary().targets().stream().filter(t -> t.name().equals(target)).findFirst()
                .orElseThrow(() -> new AssertionError("no results for target " + target));
        return report.results().stream().collect(Collectors.toMap(RequirementResult::requirement,
                RequirementResult::status, (a, b) -> a, TreeMap::new));
    }

    private static Map<String, Outcome> allExcept(Outcome usual, Map<String, Outcome> exceptions) {
        Map<String, Outcome> expected = new TreeMap<>();
        ALL.forEach(id -> expected.put(id, exceptions.getOrDefault(id, NOT_JUDGED_HERE.getOrDefault(id, usual))));
        return expected;
    }

    private static Map<String, Outcome> withJdkDefaultSuites(Map<String, Outcome> defects) {
        Map<String, Outcome> all = new TreeMap<>(JSSE_DEFAULT_SUITES);
        all.putAll(defects);
        return all;
    }

    @Test
    void referencePassesEveryRequirement() {
        assertThat(verdicts("reference")).isEqualTo(allExcept(Outcome.PASSED, Map.of()));
    }

    @Test
    void legacyPlaintextFailsStarttlsAndSkipsTheRest() {
        assertThat(verdicts("legacy-plaintext"))
                .isEqualTo(allExcept(Outcome.SKIPPED, Map.of("STARTTLS-01", Outcome.FAILED)));
    }

    @Test
    void expiredCertificateFailsOnlyChainValidation() {
        assertThat(verdicts("expired-cert")).isEqualTo(allExcept(Outcome.PASSED, Map.of("CERT-01", Outcome.FAILED)));
    }

    @Test
    void wrongHostFailsOnlyNameMatching() {
        assertThat(verdicts("wrong-host")).isEqualTo(allExcept(Outcome.PASSED, Map.of("CERT-02", Outcome.FAILED)));
    }

    /** A self-signed leaf names no CRL and no OCSP responder (CERT-05), like one made with openssl req -x509. */
    @Test
    void selfSignedFailsChainValidationAndNamesNoRevocationSource() {
        assertThat(verdicts("self-signed")).isEqualTo(allExcept(Outcome.PASSED, Map.of("CERT-01", Outcome.FAILED,
                "CERT-05", Outcome.FAILED)));
    }

    @Test
    void subethasmtpKeepsPreTlsStateAndReadvertisesStarttls() {
        assertThat(verdicts("subethasmtp")).isEqualTo(allExcept(Outcome.PASSED,
                withJdkDefaultSuites(Map.of("STARTTLS-03", Outcome.FAILED, "STARTTLS-04", Outcome.FAILED))));
    }

    @Test
    void everyEmbeddedTargetWasJudged() {
        assertThat(outcome.summary().targets()).extracting(TargetReport::name).containsExactly(
                "reference", "legacy-plaintext", "expired-cert", "wrong-host", "self-signed", "subethasmtp",
                "embedded:may", "embedded:encrypt", "embedded:verify");
    }

    /** The sending direction of the embedded default: Angus Mail under each policy (see EmbeddedOutboundRunTest). */
    @Test
    void embeddedSenderFallsBackOnlyWherePolicyAllows() {
        assertThat(verdicts("embedded:verify")).doesNotContainValue(Outcome.FAILED).containsKey("CERT-06");
        assertThat(verdicts("embedded:may")).containsEntry("DOWNGRADE-03", Outcome.FAILED)
                .containsEntry("CERT-06", Outcome.FAILED);
        assertThat(verdicts("embedded:encrypt")).containsEntry("DOWNGRADE-03", Outcome.PASSED)
                .containsEntry("CERT-06", Outcome.FAILED);
    }

    @Test
    void messagesSayWhatWasObserved() {
        TargetReport expired = outcome.summary().targets().stream().filter(t -> t.name().equals("expired-cert"))
                .findFirst().orElseThrow();
        RequirementResult cert01 = expired.results().stream().filter(r -> r.requirement().equals("CERT-01"))
                .findFirst().orElseThrow();
        assertThat(cert01.message()).containsIgnoringCase("expired");
        RequirementResult cert04 = expired.results().stream().filter(r -> r.requirement().equals("CERT-04"))
                .findFirst().orElseThrow();
        assertThat(cert04.message()).contains("keyUsage critical (digitalSignature)", "extendedKeyUsage (serverAuth)",
                "valid for 90 days");
        RequirementResult cert05 = expired.results().stream().filter(r -> r.requirement().equals("CERT-05"))
                .findFirst().orElseThrow();
        assertThat(cert05.message()).contains("http://crl.mta-interop.test/intermediate.crl",
                "http://ocsp.mta-interop.test/", "no OCSP response stapled when asked (status_request, RFC 6066 §8) in TLS 1.3"
                + " and TLS 1.2");
        assertThat(outcome.exitCode()).isEqualTo(1);
    }
}
