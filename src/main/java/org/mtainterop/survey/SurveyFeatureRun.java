package org.mtainterop.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mtainterop.run.GlueFeatureRun;
import org.mtainterop.run.GlueFeatureRun.ScenarioOutcome;

/**
 * Judges a measured client survey with features/clients (glue {@code org.mtainterop.survey.steps}, Allure plugin),
 * selecting the Examples of the clients and protocols the survey ran by their tags; the launch runs on this
 * thread, with the result bound for its scenarios to read ({@link SurveyRunFacts}).
 */
public final class SurveyFeatureRun {
    static final String GLUE = "org.mtainterop.survey.steps";

    private SurveyFeatureRun() {
    }

    public static List<ScenarioOutcome> judge(SurveyResult result, Path featuresDir, Path allureResults,
                                              ClientSurvey.Settings selection) {
        return SurveyRunFacts.during(result,
                () -> GlueFeatureRun.judge(featuresDir.resolve("clients"), GLUE, tags(selection), allureResults));
    }

    /** "@clients and (@client-curl or @client-python) and (@imap)": the Examples blocks of what ran. */
    static String tags(ClientSurvey.Settings selection) {
        List<String> parts = new ArrayList<>(List.of("@clients"));
        if (!selection.clients().isEmpty()) {
            parts.add("(" + String.join(" or ", selection.clients().stream().map(c -> "@client-" + c).toList()) + ")");
        }
        parts.add("(" + String.join(" or ", selection.protocols().stream().sorted().map(p -> "@" + p.label()).toList()) + ")");
        return String.join(" and ", parts);
    }
}
