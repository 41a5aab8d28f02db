package org.mtainterop.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.report.ReportLanguage;

/**
 * The same golden verdicts as {@link EmbeddedGoldenVerdictsTest}, every one of its tests, from the French edition
 * ({@code --lang fr}: features/fr/, French glue expressions bound to the same steps); and the Allure results in
 * French: feature names, verdict texts (title, why, fixes) and categories.
 */
class FrenchEmbeddedGoldenVerdictsTest extends EmbeddedGoldenVerdictsTest {

    @BeforeAll
    static void runEverythingOnce() throws Exception {
        outcome = run(new Judgement(PolicyProfile.MODERN, Optional.empty(), false, ReportLanguage.FR));
    }

    private static String allResults() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(outcome.allureResults())) {
            for (Path f : files.sorted().toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void theAllureResultsAreInFrench() throws Exception {
        String all = allResults();
        assertThat(all).contains("\"value\":\"STARTTLS sur le port 25 (RFC 3207)\"",
                "Le MX annonce STARTTLS", "Le MTA d'envoi vérifie le certificat du MX de réception",
                "La chaîne est complète, non expirée et remonte à une ancre de confiance",
                "Pourquoi c'est important : ", "Comment corriger :", "Verdict : non conforme",
                "Exigence non satisfaite (défaut du produit)")
                .doesNotContain("\"value\":\"STARTTLS on port 25 (RFC 3207)\"", "Why it matters:", "How to fix:");
        assertThat(Files.readString(outcome.allureResults().resolve("categories.json")))
                .contains("Non testé : cible injoignable ou délai dépassé");
    }

    @Test
    void theEnglishFilesWereNotRead() throws Exception {
        List<String> uris = java.util.regex.Pattern.compile("features/[\\w/.-]+\\.feature").matcher(allResults())
                .results().map(m -> m.group()).distinct().toList();
        assertThat(uris).isNotEmpty().allMatch(u -> u.startsWith("features/fr/"));
    }
}
