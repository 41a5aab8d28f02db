package org.mtainterop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.policy.Outcome.BROKEN;
import static org.mtainterop.policy.Outcome.FAILED;
import static org.mtainterop.policy.Outcome.PASSED;
import static org.mtainterop.policy.Outcome.SKIPPED;
import static org.mtainterop.policy.Severity.INFO;
import static org.mtainterop.policy.Severity.MUST;
import static org.mtainterop.policy.Severity.SHOULD;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Severity;
import org.junit.jupiter.api.Test;

class ExitCodesTest {

    private static RequirementResult r(String id, Outcome status, Severity severity) {
        return SampleSummaries.result(id, status, severity, "");
    }

    @ParameterizedTest(name = "{0}: {1}/{2} + {3}/{4}, strict={5} -> {6}")
    @CsvSource({
            "all passed or skipped,  PASSED, MUST,   SKIPPED, MUST,   false, 0",
            "must failed,            FAILED, MUST,   PASSED,  SHOULD, false, 1",
            "should failed,          PASSED, MUST,   FAILED,  SHOULD, false, 0",
            "should failed strict,   PASSED, MUST,   FAILED,  SHOULD, true,  1",
            "info failed strict,     PASSED, MUST,   FAILED,  INFO,   true,  0",
            "broken only,            PASSED, MUST,   BROKEN,  MUST,   false, 3",
            "broken info,            PASSED, MUST,   BROKEN,  INFO,   false, 3",
            "failed beats broken,    FAILED, MUST,   BROKEN,  MUST,   false, 1",
            "strict should beats broken, FAILED, SHOULD, BROKEN, MUST, true,  1",
            "should failed + broken, FAILED, SHOULD, BROKEN,  MUST,   false, 3",
    })
    void table(String name, Outcome s1, Severity v1, Outcome s2, Severity v2, boolean strict, int expected) {
        RunSummary summary = SampleSummaries.of(r("STARTTLS-01", s1, v1), r("CERT-01", s2, v2));
        assertThat(ExitCodes.of(summary, strict)).isEqualTo(expected);
    }

    @Test
    void reservedUsageCodeIsNeverAVerdict() {
        assertThat(ExitCodes.USAGE_ERROR).isEqualTo(2);
        assertThat(ExitCodes.of(SampleSummaries.of(), true)).isEqualTo(ExitCodes.OK);
        assertThat(ExitCodes.of(SampleSummaries.of(r("TLS-CS-01", PASSED, MUST), r("DANE-02", SKIPPED, MUST),
                r("REQTLS-01", PASSED, INFO)), true)).isZero();
        assertThat(ExitCodes.of(SampleSummaries.of(r("TLS-CS-01", FAILED, MUST), r("DANE-02", BROKEN, SHOULD)), false))
                .isEqualTo(ExitCodes.REQUIREMENT_FAILED);
    }
}
