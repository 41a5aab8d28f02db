package org.mtainterop.steps;

import io.cucumber.java.Scenario;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.report.evidence.SenderEvidence;
import org.mtainterop.run.ActiveRun;
import org.mtainterop.sender.SenderFacts;

/**
 * The per-scenario world of an outbound scenario (house rule 6): the sending MTA being judged, the receiver
 * profiles this scenario looked at (their evidence is attached once), and the verdict's translation into a
 * Cucumber outcome.
 */
public final class ScenarioSender {
    private final ScenarioTarget scenarioTarget;
    private final Set<AdversarialProfile> attached = EnumSet.noneOf(AdversarialProfile.class);
    private Scenario scenario;

    public ScenarioSender(ScenarioTarget scenarioTarget) {
        this.scenarioTarget = scenarioTarget;
    }

    private ActiveRun run() {
        return scenarioTarget.run();
    }

    private SenderFacts facts() {
        return run().sender().orElseThrow(() -> new CouldNotTestException(Verdict.COULD_NOT_TEST
                + "outbound scenarios need a sending MTA: run them with the outbound run or the receive command"));
    }

    void bind(Scenario cucumberScenario) {
        this.scenario = cucumberScenario;
    }

    /** Looks the attempt in this profile up (making it if nobody has yet) and attaches its evidence. */
    public void observe(AdversarialProfile profile) {
        if (!attached.add(profile) || scenario == null) {
            return;
        }
        facts().attempt(profile).ifPresent(a ->
                SenderEvidence.of(a).forEach(e -> scenario.attach(e.content(), e.mediaType(), e.name())));
    }

    /** Judges the requirement on the attempts its check needs (their evidence attached) and ends the step as the verdict says. */
    public void expect(SenderCheck check) {
        Set<AdversarialProfile> needs = check.needs(MailService.SMTP);
        needs.forEach(this::observe);
        SenderFacts snapshot = facts().snapshot(needs);
        Verdict verdict = check.judge(snapshot);
        if (scenario != null) {
            run().ledger().noteVerdict(scenario.getId(), verdict);
            run().ledger().noteCase(scenario.getId(), needs.stream().sorted().map(AdversarialProfile::label)
                    .collect(Collectors.joining("+")), needs.stream().allMatch(p -> snapshot.attempt(p).isPresent()));
        }
        VerdictStep.end(scenario, verdict);
    }
}
