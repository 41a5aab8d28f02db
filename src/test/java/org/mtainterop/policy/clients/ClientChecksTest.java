package org.mtainterop.policy.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.policy.Severity;
import org.mtainterop.policy.Verdict;

/**
 * The registry and the judging rules that need no session: which profile exercises which requirement, what a
 * policy profile includes, "not applicable" and "could not test". The verdicts on real sessions, passing and failing,
 * are in AngusMailAgainstProfilesTest and VulnerableClientsTest.
 */
class ClientChecksTest {

    @Test
    void eachProfileButTheControlExercisesExactlyOneRequirement() {
        assertThat(ClientChecks.exercisedBy(AccessServerProfile.COMPLIANT)).isEmpty();
        assertThat(ClientChecks.exercisedBy(AccessServerProfile.NO_STARTTLS).orElseThrow().requirementId()).isEqualTo("CLIENT-01");
        assertThat(ClientChecks.exercisedBy(AccessServerProfile.STARTTLS_ERROR).orElseThrow().requirementId()).isEqualTo("CLIENT-01");
        assertThat(ClientChecks.exercisedBy(AccessServerProfile.HANDSHAKE_ABORT).orElseThrow().requirementId()).isEqualTo("CLIENT-01");
        for (AccessServerProfile bad : List.of(AccessServerProfile.EXPIRED_CERT, AccessServerProfile.WRONG_HOST,
                AccessServerProfile.SELF_SIGNED, AccessServerProfile.UNTRUSTED_CA)) {
            assertThat(ClientChecks.exercisedBy(bad).orElseThrow().requirementId()).isEqualTo("CLIENT-02");
        }
        assertThat(ClientChecks.exercisedBy(AccessServerProfile.RESPONSE_INJECTION).orElseThrow().requirementId()).isEqualTo("CLIENT-03");
        assertThat(ClientChecks.exercisedBy(AccessServerProfile.TAMPERED_CAPABILITIES).orElseThrow().requirementId()).isEqualTo("CLIENT-04");
        assertThat(ClientChecks.exercisedBy(AccessServerProfile.IMPLICIT_PLAINTEXT).orElseThrow().requirementId()).isEqualTo("CLIENT-05");
        for (AccessServerProfile p : AccessServerProfile.values()) {
            assertThat(ClientChecks.all().stream().filter(c -> c.requirement().exercisedBy(p)).count())
                    .isEqualTo(p == AccessServerProfile.COMPLIANT ? 0 : 1);
        }
    }

    @Test
    void policyProfilesIncludeTheCatalogsRows() {
        assertThat(ClientChecks.includedIn(PolicyProfile.PILOT)).extracting(ClientCheck::requirementId)
                .containsExactly("CLIENT-01", "CLIENT-02");
        assertThat(ClientChecks.includedIn(PolicyProfile.ANSSI)).extracting(ClientCheck::requirementId)
                .containsExactly("CLIENT-01", "CLIENT-02", "CLIENT-03", "CLIENT-04");
        assertThat(ClientChecks.includedIn(PolicyProfile.MODERN)).hasSize(5);
        assertThat(ClientRequirement.CLIENT_04.severity()).isEqualTo(Severity.SHOULD);
        assertThat(ClientRequirement.CLIENT_01.severity()).isEqualTo(Severity.MUST);
    }

    @Test
    void aProfileThatDoesNotExerciseARequirementIsNotApplicable() {
        Verdict v = new InjectedResponsesIgnoredCheck().judge(AccessServerProfile.NO_STARTTLS, List.of());
        assertThat(v.outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(v.message()).startsWith("not applicable").contains("response-injection");
    }

    @Test
    void aClientThatNeverConnectedCouldNotBeTestedNeverPasses() {
        for (ClientCheck check : ClientChecks.all()) {
            AccessServerProfile exercising = Arrays.stream(AccessServerProfile.values())
                    .filter(p -> check.requirement().exercisedBy(p)).findFirst().orElseThrow();
            Verdict v = check.judge(exercising, List.of());
            assertThat(v.outcome()).as(check.requirementId()).isEqualTo(Outcome.BROKEN);
            assertThat(v.message()).startsWith(Verdict.COULD_NOT_TEST).contains("never connected");
        }
        assertThat(ClientCellVerdict.classify(AccessServerProfile.COMPLIANT, List.of()).verdict())
                .isEqualTo(ClientCellVerdict.NO_CONNECTION);
    }

    @Test
    void failedVerdictsSayHowToFixThem() {
        String text = ClientVerdictText.render(Verdict.failed("CLIENT-02", "accepted the expired certificate"));
        assertThat(text).contains("CLIENT-02 — A client rejects", "Verdict:  failed", "Observed: accepted",
                "Why it matters:", "RFC 6125", "How to fix:");
        assertThat(ClientVerdictText.render(Verdict.passed("CLIENT-02", "refused"))).doesNotContain("How to fix");
        for (ClientCellVerdict cell : ClientCellVerdict.values()) {
            assertThat(cell.label()).isNotBlank();
            assertThat(cell.meaning()).isNotBlank();
        }
    }
}
