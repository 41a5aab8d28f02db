package org.mtainterop.policy.mtasts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtainterop.mtasts.StsMode;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Verdict;

/** MTASTS-04 judged on hand-written cases: a pass and each failure. */
class MtaStsSenderCheckTest {
    final MtaStsSenderCheck check = new MtaStsSenderCheck();

    static MtaStsSenderCase enforce(boolean faulty, MtaStsSenderCase.Outcome outcome) {
        return new MtaStsSenderCase((faulty ? "bad" : "good") + ".sts.test", StsMode.ENFORCE,
                faulty ? "the MX matches no pattern" : "none", faulty, outcome, "");
    }

    static MtaStsSenderCase testing(MtaStsSenderCase.Outcome outcome) {
        return new MtaStsSenderCase("testing.sts.test", StsMode.TESTING, "the MX matches no pattern", true, outcome, "");
    }

    @Test
    void deferUnderEnforceDeliverOtherwisePasses() {
        Verdict verdict = check.judge("postfix", List.of(enforce(false, MtaStsSenderCase.Outcome.DELIVERED),
                enforce(true, MtaStsSenderCase.Outcome.DEFERRED), testing(MtaStsSenderCase.Outcome.DELIVERED)));
        assertThat(verdict.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(verdict.message()).contains("bad.sts.test (enforce, the MX matches no pattern): deferred");
    }

    @Test
    void eachFailure() {
        assertThat(check.judge("x", List.of(enforce(true, MtaStsSenderCase.Outcome.DELIVERED))).message())
                .contains("delivered to bad.sts.test under enforce although the MX matches no pattern");
        assertThat(check.judge("x", List.of(enforce(false, MtaStsSenderCase.Outcome.DEFERRED))).message())
                .contains("deferred mail to good.sts.test whose MX is valid");
        assertThat(check.judge("x", List.of(testing(MtaStsSenderCase.Outcome.DEFERRED))).message())
                .contains("under testing");
        assertThat(check.judge("x", List.of(enforce(true, MtaStsSenderCase.Outcome.DELIVERED))).outcome())
                .isEqualTo(Outcome.FAILED);
    }

    @Test
    void unjudgedCasesAreBroken() {
        assertThat(check.judge("x", List.of()).outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(check.judge("x", List.of(enforce(true, MtaStsSenderCase.Outcome.GONE))).outcome())
                .isEqualTo(Outcome.BROKEN);
    }
}
