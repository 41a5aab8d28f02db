package org.mtainterop.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.report.EnglishLeftovers;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.report.RequirementResult;
import org.mtainterop.report.TargetReport;
import org.mtainterop.run.Judgement;
import org.mtainterop.run.OutboundRun;
import org.mtainterop.run.ReportDestination;
import org.mtainterop.run.RunOutcome;

/**
 * The outbound run of {@link EmbeddedOutboundRunTest} in French ({@code outbound --lang fr}): the same verdicts, and
 * what was observed in French, no English word left once the facts are taken out (the session summaries a failing
 * sender's verdicts quote: {@code adversary/SessionSummaryTest}).
 */
class FrenchEmbeddedOutboundRunTest {
    @TempDir
    Path reports;

    @Test
    void theVerdictsAreTheSameAndWhatWasObservedIsFrench() throws Exception {
        RunOutcome outcome = OutboundRun.execute(new OutboundRun.Plan(OutboundSubjects.expand("embedded"),
                new Judgement(PolicyProfile.MODERN, Optional.empty(), false, ReportLanguage.FR),
                ReportDestination.withoutHtml(reports), DeliveryDriver.Timing.embedded(), 3));
        Map<String, String> statuses = new TreeMap<>();
        List<String> leftovers = new ArrayList<>();
        for (TargetReport t : outcome.summary().targets()) {
            for (RequirementResult r : t.results()) {
                statuses.put(t.name() + " " + r.requirement(), r.status().label());
                List<String> english = EnglishLeftovers.in(r.message());
                if (!english.isEmpty()) {
                    leftovers.add(t.name() + " " + r.requirement() + ": " + english + " in " + r.message());
                }
            }
        }
        assertThat(statuses).hasSize(39).containsEntry("embedded:may DOWNGRADE-03", "failed")
                .containsEntry("embedded:may CERT-06", "failed").containsEntry("embedded:verify CERT-06", "passed")
                .containsEntry("embedded:verify DOWNGRADE-03", "passed");
        assertThat(outcome.summary().lang()).isEqualTo(ReportLanguage.FR);
        assertThat(leftovers).isEmpty();
    }
}
