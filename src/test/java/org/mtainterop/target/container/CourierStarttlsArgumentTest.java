package org.mtainterop.target.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.report.RequirementResult;
import org.mtainterop.report.TargetReport;
import org.mtainterop.run.HarnessRun;
import org.mtainterop.run.Judgement;
import org.mtainterop.run.ReportDestination;
import org.mtainterop.run.RunOutcome;
import org.mtainterop.run.RunPlan;
import org.mtainterop.run.TargetSpec;

/**
 * STARTTLS-02's failing reference case: Courier 1.0.16 (Debian bookworm) advertises STARTTLS, then answers
 * {@code STARTTLS foo} with {@code 502 ESMTP command error}, not RFC 3207's 501. The harness probes it as any
 * {@code --target} and must give containers/golden-courier.tsv (regenerate with {@code -Dgolden.update=true}).
 */
class CourierStarttlsArgumentTest {
    @TempDir
    Path reports;

    @Test
    void courierAnswersStarttlsWithAnArgumentWith502() throws Exception {
        DockerRequirement.assumeImage(CourierContainer.IMAGE, "containers/build-images.sh courier");
        TestPki pki = TestPki.generate();
        try (CourierContainer courier = new CourierContainer()) {
            courier.withCertificate(pki.issue(CertificateProfile.VALID, courier.getMxName())).start();
            RunPlan plan = new RunPlan(new RunPlan.Targets(List.of(new TargetSpec("127.0.0.1",
                    courier.getSmtpEndpoint().port())), Optional.of(courier.getMxName()), List.of(), List.of(),
                    List.of()), new Judgement(PolicyProfile.MODERN, Optional.of("@REQ-STARTTLS-01 or @REQ-STARTTLS-02"),
                    false), RunPlan.Connections.defaults(), ReportDestination.withoutHtml(reports));
            RunOutcome outcome = new HarnessRun(plan).execute();
            Map<String, String> statuses = new TreeMap<>();
            Map<String, String> messages = new TreeMap<>();
            for (TargetReport t : outcome.summary().targets()) {
                for (RequirementResult r : t.results()) {
                    statuses.put("courier:stock\t" + r.requirement(), r.status().label());
                    messages.put("courier:stock\t" + r.requirement(), r.message());
                }
            }
            assertThat(messages.get("courier:stock\tSTARTTLS-02")).isEqualTo("STARTTLS foo was answered 502 ESMTP"
                    + " command error, not 501 (RFC 3207 §4: no parameters allowed)");
            GoldenTable golden = new GoldenTable("golden-courier", "MTA:profile", "Golden verdicts: Courier (STARTTLS-02)");
            assertThat(golden.differencesFrom(statuses, messages::get, "CourierStarttlsArgumentTest"))
                    .as("differences from " + golden.path()).isEmpty();
        }
    }
}
