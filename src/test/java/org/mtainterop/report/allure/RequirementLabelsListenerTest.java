package org.mtainterop.report.allure;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.TestResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A result no target owns (written outside an mta-interop run) is labelled as such, in the language of the edition its
 * feature belongs to: « cible inconnue » for the French features, "unknown target" for the English ones.
 */
class RequirementLabelsListenerTest {

    private static TestResult outsideARun(String featureUri) {
        TestResult result = new TestResult().setName("STARTTLS is advertised").setHistoryId("h").setTestCaseId("t")
                .setLabels(new ArrayList<>(List.of(new Label().setName("gherkin_uri").setValue(featureUri),
                        new Label().setName("tag").setValue("@REQ-STARTTLS-01"))));
        new RequirementLabelsListener().beforeTestWrite(result);
        return result;
    }

    private static String label(TestResult result, String name) {
        return result.getLabels().stream().filter(l -> name.equals(l.getName())).map(Label::getValue).findFirst().orElseThrow();
    }

    @Test
    void anEnglishFeaturesResultIsAnUnknownTarget() {
        TestResult result = outsideARun("features/inbound/starttls.feature");
        assertThat(label(result, "target")).isEqualTo("unknown target");
        assertThat(label(result, "parentSuite")).isEqualTo("unknown target");
        assertThat(result.getName()).isEqualTo("STARTTLS is advertised [unknown target]");
        assertThat(result.getParameters()).extracting(Parameter::getValue).containsExactly("unknown target");
        assertThat(label(result, "requirement")).isEqualTo("STARTTLS-01");
    }

    @Test
    void aFrenchFeaturesResultIsACibleInconnue() {
        TestResult result = outsideARun("features/fr/inbound/starttls.feature");
        assertThat(label(result, "target")).isEqualTo("cible inconnue");
        assertThat(label(result, "parentSuite")).isEqualTo("cible inconnue");
        assertThat(result.getName()).isEqualTo("STARTTLS is advertised [cible inconnue]");
    }

    @Test
    void withoutAFeatureTheLabelIsEnglish() {
        TestResult result = new TestResult().setName("x").setHistoryId("h").setTestCaseId("t").setLabels(new ArrayList<>());
        new RequirementLabelsListener().beforeTestWrite(result);
        assertThat(label(result, "target")).isEqualTo("unknown target");
    }
}
