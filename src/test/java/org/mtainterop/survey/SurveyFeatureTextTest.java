package org.mtainterop.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mtainterop.clients.SurveyClients;
import org.mtainterop.run.HarnessHome;

/**
 * features/clients/survey.feature (and its French edition, features/fr/clients/survey.feature) lists every
 * program × protocol × case the survey runs, no more, no less.
 * Regenerate with {@code ./mvnw test -Dtest=SurveyFeatureTextTest -Dgolden.update=true}.
 */
class SurveyFeatureTextTest {
    static final Path FEATURE = HarnessHome.features().resolve("clients").resolve("survey.feature");
    static final Path FRENCH_FEATURE = HarnessHome.features().resolve("fr").resolve("clients").resolve("survey.feature");

    static String rendering() {
        return SurveyFeatureText.render(SurveyClients.all(null, InetAddress.getLoopbackAddress()));
    }

    static String frenchRendering() {
        return SurveyFeatureText.renderFrench(SurveyClients.all(null, InetAddress.getLoopbackAddress()));
    }

    @Test
    void theCheckedInFeatureIsTheRenderingOfTheSurveysClientsAndCases() throws IOException {
        sameAsCheckedIn(FEATURE, rendering());
    }

    @Test
    void theCheckedInFrenchEditionIsItsRenderingToo() throws IOException {
        sameAsCheckedIn(FRENCH_FEATURE, frenchRendering());
        String text = frenchRendering();
        for (SurveyCase c : SurveyCase.values()) {
            assertThat(text).contains("| " + c.frenchWording() + " |").doesNotContain("| " + c.wording() + " |");
            assertThat(SurveyCase.parse(c.frenchWording())).isEqualTo(c);
        }
        assertThat(text).startsWith("# language: fr\n");
        assertThat(text.split("Plan du scénario:", -1)).hasSize(SurveyExpectation.values().length + 1);
    }

    private static void sameAsCheckedIn(Path feature, String expected) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(feature.getParent());
            Files.writeString(feature, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(feature, StandardCharsets.UTF_8))
                .as(feature + " is out of date; regenerate with -Dgolden.update=true")
                .isEqualTo(expected);
    }

    @Test
    void everyCaseAppearsInExactlyOneOutlineAndGetmailHasNoStarttlsRows() {
        String text = rendering();
        for (SurveyCase c : SurveyCase.values()) {
            assertThat(text).contains("| " + c.wording() + " |");
        }
        assertThat(text).doesNotContain("| getmail6 | imap | does not offer STARTTLS |")
                .contains("| getmail6 | imap | answers in plaintext on its implicit-TLS port |")
                .contains("@client-angus-mail @pop3");
        assertThat(text.split("Scenario Outline:", -1)).hasSize(SurveyExpectation.values().length + 1);
    }
}
