package org.mtainterop.steps;

import io.cucumber.java.Scenario;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.mtainterop.policy.Check;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.HandshakeVariant;
import org.mtainterop.probe.Observation;
import org.mtainterop.probe.ProbeCrashedException;
import org.mtainterop.report.evidence.Attachment;
import org.mtainterop.report.evidence.AccessEvidence;
import org.mtainterop.report.evidence.EvidenceAttachments;
import org.mtainterop.run.ActiveRun;

/**
 * The per-scenario world (house rule 6): the target being judged, the observations this scenario looked
 * at (their evidence is attached once), and the translation of a verdict into a Cucumber outcome.
 */
public final class ScenarioTarget {
    private final ActiveRun run;
    private final Set<Observation> attached = EnumSet.noneOf(Observation.class);
    private Scenario scenario;

    public ScenarioTarget() {
        this.run = ActiveRun.current();
    }

    void bind(Scenario cucumberScenario) {
        this.scenario = cucumberScenario;
    }

    ActiveRun run() {
        return run;
    }

    /** Looks the observation up in the fact store (running it if nobody has yet) and attaches its evidence. */
    public void observe(Observation observation) {
        if (!attached.add(observation)) {
            return;
        }
        var facts = run.facts();
        java.util.List<Attachment> evidence = run.evidenceOf(observation, () -> guarded(() -> switch (observation) {
            case STARTTLS_DIALOGUE -> EvidenceAttachments.of(facts.dialogue());
            case PIPELINED_STARTTLS -> EvidenceAttachments.of(facts.pipelinedStarttls());
            case HANDSHAKE_WITHOUT_SNI -> EvidenceAttachments.of("no SNI", facts.handshake(HandshakeVariant.WITHOUT_SNI));
            case HANDSHAKE_UNKNOWN_SNI -> EvidenceAttachments.of("unknown SNI", facts.handshake(HandshakeVariant.UNKNOWN_SNI));
            case HANDSHAKE_TLS12_ONLY -> EvidenceAttachments.of("TLS 1.2 only", facts.handshake(HandshakeVariant.TLS12_ONLY));
            case TLS_ENUMERATION -> EvidenceAttachments.of(facts.tlsEnumeration());
            case ACCESS_DIALOGUE -> AccessEvidence.of(facts.accessDialogue());
            case ACCESS_PIPELINED -> AccessEvidence.of(facts.accessPipelined());
            case ACCESS_TLS12_ONLY -> AccessEvidence.of("TLS 1.2 only", facts.accessTls12Only());
            case ACCESS_IMPLICIT_TLS_PORT -> facts.accessImplicitTlsPort()
                    .map(h -> AccessEvidence.of("implicit-TLS port", h)).orElse(java.util.List.of());
            case ACCESS_CLEARTEXT_LOGIN -> AccessEvidence.of(facts.accessCleartextLogin());
        }));
        if (scenario != null) {
            evidence.forEach(a -> scenario.attach(a.content(), a.mediaType(), a.name()));
        }
    }

    /** Judges the requirement and ends the step as the verdict says: pass, fail, skip or broken. */
    public void expect(Check check) {
        Verdict verdict = guarded(() -> check.judge(run.facts()));
        if (scenario != null) {
            run.ledger().noteVerdict(scenario.getId(), verdict);
        }
        VerdictStep.end(scenario, verdict);
    }

    private static <T> T guarded(Supplier<T> work) {
        try {
            return work.get();
        } catch (ProbeCrashedException e) {
            throw new CouldNotTestException(Verdict.COULD_NOT_TEST + e.getMessage());
        }
    }
}
