package org.mtainterop.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.report.RequirementResult;
import org.mtainterop.report.TargetReport;
import org.mtainterop.run.OutboundRun;
import org.mtainterop.run.RunOutcome;
import org.mtainterop.run.Judgement;
import org.mtainterop.run.ReportDestination;

/**
 * The whole outbound path with no Docker: the embedded sender under each policy, every receiver profile on
 * loopback, judged by features/outbound through Cucumber; the verdicts follow from Angus Mail's documented
 * behaviour (STARTTLS required or not, identity checked or not).
 */
class EmbeddedOutboundRunTest {
    @TempDir
    Path reports;

    @Test
    void embeddedSendersGiveTheirExpectedVerdicts() throws Exception {
        RunOutcome outcome = OutboundRun.execute(new OutboundRun.Plan(OutboundSubjects.expand("embedded"),
                Judgement.of(PolicyProfile.MODERN), ReportDestination.withoutHtml(reports), DeliveryDriver.Timing.embedded(), 3));
        Map<String, String> actual = new TreeMap<>();
        for (TargetReport t : outcome.summary().targets()) {
            for (RequirementResult r : t.results()) {
                actual.put(t.name() + " " + r.requirement(), r.status().label());
                System.out.println(t.name() + " " + r.requirement() + " " + r.status().label() + " — " + r.message());
            }
        }
        Map<String, String> expected = new TreeMap<>();
        for (String policy : new String[] {"may", "encrypt", "verify"}) {
            String s = "embedded:" + policy + " ";
            expected.put(s + "STARTTLS-06", "passed");
            expected.put(s + "STARTTLS-07", "passed");
            expected.put(s + "DOWNGRADE-02", "passed");
            expected.put(s + "DOWNGRADE-03", policy.equals("may") ? "failed" : "passed");
            expected.put(s + "DOWNGRADE-04", "passed");
            expected.put(s + "CERT-06", policy.equals("verify") ? "passed" : "failed");
            expected.put(s + "CERT-07", "passed");
            expected.put(s + "TLS-VER-01", "passed");
            expected.put(s + "TLS-VER-02", "passed");
            expected.put(s + "TLS-CS-01", "passed");
            expected.put(s + "TLS-KX-01", "passed");
            expected.put(s + "TLS-EXT-02", "passed");
            expected.put(s + "TLS-EXT-03", "passed");
        }
        assertThat(actual).isEqualTo(expected);
    }
}
