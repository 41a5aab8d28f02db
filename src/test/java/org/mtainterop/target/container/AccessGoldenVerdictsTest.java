package org.mtainterop.target.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.report.RequirementResult;
import org.mtainterop.report.TargetReport;
import org.mtainterop.run.HarnessRun;
import org.mtainterop.run.RunOutcome;
import org.mtainterop.run.RunPlan;
import org.mtainterop.run.Judgement;
import org.mtainterop.run.ReportDestination;

/**
 * Golden verdicts for user access: Dovecot in every profile, each of its six services (submission,
 * submissions, imap, imaps, pop3, pop3s) judged by the whole harness, must give exactly the committed table
 * containers/golden-access.tsv (shown in containers/README.md). Regenerate both after a deliberate change
 * with {@code ./mvnw test -Dtest=AccessGoldenVerdictsTest -Dgolden.update=true}, then review the diff.
 */
class AccessGoldenVerdictsTest {

    @TempDir
    static Path reports;
    private static RunOutcome outcome;

    @BeforeAll
    static void judgeEveryDovecotProfile() throws Exception {
        DockerRequirement.assumeDovecot();
        RunPlan plan = new RunPlan(RunPlan.Targets.accessReferences(List.of(DovecotProfile.values())),
                Judgement.of(PolicyProfile.MODERN), RunPlan.Connections.defaults(), ReportDestination.withoutHtml(reports));
        outcome = new HarnessRun(plan).execute();
    }

    @Test
    void everyServiceOfEveryProfileGivesItsGoldenVerdicts() throws IOException {
        GoldenTable golden = new GoldenTable("golden-access", "dovecot:profile/service", "Golden verdicts: user access (Dovecot)");
        assertThat(golden.differencesFrom(outcome.summary(),
                "AccessGoldenVerdictsTest")).as("differences from " + golden.path()).isEmpty();
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
    void legacyTlsVerdictsNameTheServiceThatAcceptsTls10() {
        for (TargetReport t : outcome.summary().targets()) {
            if (t.name().startsWith("dovecot:legacy-tls/")) {
                String service = MailService.parse(t.name().substring(t.name().indexOf('/') + 1)).displayName();
                assertThat(t.results()).filteredOn(r -> r.requirement().equals("TLS-VER-02")).singleElement()
                        .satisfies(r -> assertThat(r.message()).as(t.name())
                                .startsWith(service + " on " + t.port() + " accepts TLSv1 and TLSv1.1"));
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
}
