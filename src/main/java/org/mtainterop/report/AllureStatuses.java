package org.mtainterop.report;

import io.qameta.allure.model.Status;
import org.mtainterop.policy.Outcome;

/**
 * Our outcome vocabulary onto Allure's statuses, one to one (house rule 3). The categories in
 * {@code allure/categories.json} rely on it: "failed" is a product defect, "broken" is "could not
 * test" or a harness error, never a defect.
 */
public final class AllureStatuses {

    private AllureStatuses() {
    }

    public static Status of(Outcome outcome) {
        return switch (outcome) {
            case PASSED -> Status.PASSED;
            case FAILED -> Status.FAILED;
            case BROKEN -> Status.BROKEN;
            case SKIPPED -> Status.SKIPPED;
        };
    }
}
