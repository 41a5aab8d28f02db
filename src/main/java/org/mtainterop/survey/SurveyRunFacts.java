package org.mtainterop.survey;

/**
 * The client survey of the current run, handed to the steps of features/clients: measured once before the
 * features run, shared by every scenario, withdrawn by the run that published it.
 */
public final class SurveyRunFacts {
    private static volatile SurveyResult current;

    private SurveyRunFacts() {
    }

    static void publish(SurveyResult result) {
        current = result;
    }

    static void withdraw() {
        current = null;
    }

    public static SurveyResult result() {
        SurveyResult result = current;
        if (result == null) {
            throw new IllegalStateException("no client survey is active: features/clients are run by"
                    + " './mta-interop clients' or by the test suite");
        }
        return result;
    }
}
