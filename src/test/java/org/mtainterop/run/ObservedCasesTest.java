package org.mtainterop.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.adversary.smtp.AdversarialProfile.BAD_SIGNATURE;
import static org.mtainterop.adversary.smtp.AdversarialProfile.EXPIRED_CERT;
import static org.mtainterop.adversary.smtp.AdversarialProfile.SELF_SIGNED;
import static org.mtainterop.adversary.smtp.AdversarialProfile.UNTRUSTED_CA;
import static org.mtainterop.adversary.smtp.AdversarialProfile.WRONG_HOST;
import static org.mtainterop.policy.fixture.OutboundFacts.attempt;
import static org.mtainterop.policy.fixture.OutboundFacts.session;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Severity;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.checks.outbound.BadCertificateRefusedCheck;
import org.mtainterop.policy.fixture.DeliveryAttemptFixture;
import org.mtainterop.policy.fixture.OutboundFacts;
import org.mtainterop.report.RequirementResult;

/**
 * A requirement judged on the cases observed (receive with some receiver profiles only): CERT-06's five scenarios
 * judged on hand-written session facts, each case observed or not, then combined by the ledger as a run does.
 */
class ObservedCasesTest {
    private static final List<AdversarialProfile> CASES = List.of(EXPIRED_CERT, SELF_SIGNED, WRONG_HOST, UNTRUSTED_CA,
            BAD_SIGNATURE);

    /** A verifying sender: refused the chain, no MAIL. */
    private static DeliveryAttemptFixture refused(AdversarialProfile p) {
        return attempt(p).queueNotVisible();
    }

    /** A sender that went on after the bad chain: MAIL inside TLS. */
    private static DeliveryAttemptFixture wentOn(AdversarialProfile p) {
        return attempt(p).sessions(session(p).transactionInsideTls("MAIL", "RCPT", "DATA")).queueNotVisible();
    }

    /** Judges each case as its scenario does (observed: the fixture; absent: not observed) and combines them. */
    private static RequirementResult judged(Map<AdversarialProfile, DeliveryAttemptFixture> observed) {
        ResultLedger ledger = new ResultLedger();
        for (AdversarialProfile p : CASES) {
            OutboundFacts.Judging judging = OutboundFacts.judging(new BadCertificateRefusedCheck(p));
            judging = observed.containsKey(p) ? judging.with(observed.get(p)) : judging.notObserved(p);
            Verdict v = judging.verdict();
            String scenario = "CERT-06 " + p.label();
            ledger.noteCase(scenario, p.label(), observed.containsKey(p));
            ledger.record("sender", new RequirementResult(v.requirementId(), v.outcome(), Severity.MUST,
                    List.of("pilot"), v.message(), 1), scenario);
        }
        List<RequirementResult> results = ledger.resultsOf("sender");
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    @Test
    void oneObservedPassingCasePassesAndNamesTheCasesNotObserved() {
        RequirementResult r = judged(Map.of(EXPIRED_CERT, refused(EXPIRED_CERT)));
        assertThat(r.status()).isEqualTo(Outcome.PASSED);
        assertThat(r.message()).contains("with an MX that presents an expired leaf, no MAIL was sent")
                .endsWith("[covered: expired-cert; not observed: self-signed, wrong-host, untrusted-ca, bad-signature]");
        assertThat(r.durationMs()).isEqualTo(5);
    }

    @Test
    void aFailureInAnyObservedCaseFailsIt() {
        RequirementResult r = judged(Map.of(EXPIRED_CERT, refused(EXPIRED_CERT), BAD_SIGNATURE, wentOn(BAD_SIGNATURE)));
        assertThat(r.status()).isEqualTo(Outcome.FAILED);
        assertThat(r.message()).contains("leaf signature does not verify, the sender accepted the chain and sent MAIL")
                .contains("covered: expired-cert, bad-signature; not observed: self-signed, wrong-host, untrusted-ca");
    }

    @Test
    void aSingleObservedFailingCaseFailsIt() {
        RequirementResult r = judged(Map.of(WRONG_HOST, wentOn(WRONG_HOST)));
        assertThat(r.status()).isEqualTo(Outcome.FAILED);
        assertThat(r.message()).contains("another host name");
    }

    @Test
    void nothingObservedIsNotTestedWithTheReason() {
        RequirementResult r = judged(Map.of());
        assertThat(r.status()).isEqualTo(Outcome.SKIPPED);
        assertThat(r.message()).startsWith("not tested: no case was observed (expired-cert, self-signed, wrong-host,"
                + " untrusted-ca, bad-signature); not observed: no session with the receiver in profile expired-cert");
    }

    @Test
    void everyCaseObservedAndPassingPassesWithoutACoverageNote() {
        RequirementResult r = judged(Map.of(EXPIRED_CERT, refused(EXPIRED_CERT), SELF_SIGNED, refused(SELF_SIGNED),
                WRONG_HOST, refused(WRONG_HOST), UNTRUSTED_CA, refused(UNTRUSTED_CA), BAD_SIGNATURE,
                refused(BAD_SIGNATURE)));
        assertThat(r.status()).isEqualTo(Outcome.PASSED);
        assertThat(r.message()).doesNotContain("not observed");
    }

    @Test
    void scenariosWithoutCasesKeepTheWorstResult() {
        ResultLedger ledger = new ResultLedger();
        for (Outcome o : Set.of(Outcome.PASSED, Outcome.SKIPPED, Outcome.BROKEN)) {
            ledger.record("mx", new RequirementResult("CERT-01", o, Severity.MUST, List.of("pilot"), o.label(), 1));
        }
        assertThat(ledger.resultsOf("mx")).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Outcome.BROKEN);
            assertThat(r.message()).isEqualTo("broken");
        });
    }
}
