package org.mtainterop.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtainterop.policy.Outcome;

class AllureResultsFilesTest {

    private static final String DEFECT = "Requirement not met (product defect)";
    private static final String UNREACHABLE = "Could not test: target unreachable or timed out";
    private static final String HARNESS = "Harness error";
    private static final String SKIPPED = "Not applicable (skipped)";

    @Test
    void categoriesParseAndSeparateDefectsFromCouldNotTest(@TempDir Path results) throws IOException {
        Path file = AllureResultsFiles.writeCategories(results);
        JsonNode categories = new ObjectMapper().readTree(file.toFile());

        assertThat(categories.isArray()).isTrue();
        assertThat(categories.findValuesAsText("name")).containsExactly(DEFECT, UNREACHABLE, HARNESS, SKIPPED);
        assertThat(statuses(categories.get(0))).containsExactly("failed");
        assertThat(statuses(categories.get(1))).containsExactly("broken");
        assertThat(statuses(categories.get(2))).containsExactly("broken");
        assertThat(statuses(categories.get(3))).containsExactly("skipped");
    }

    /** Allure 2 puts a result in every category that matches (Pattern.DOTALL, whole message). */
    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
            "failed  | CERT-02: no SAN matches mx.example.net                 | " + DEFECT,
            "broken  | Could not test: TLS handshake aborted                  | " + UNREACHABLE,
            "broken  | could not test mx1                                     | " + UNREACHABLE,
            "broken  | Connection refused by 192.0.2.1:25                     | " + UNREACHABLE,
            "broken  | mx.example.net:25 timed out after 10 s                 | " + UNREACHABLE,
            "broken  | Host is unreachable                                    | " + UNREACHABLE,
            "broken  | Unknown host mx.invalid                                | " + UNREACHABLE,
            "broken  | 'java.lang.NullPointerException\n\tat Probe.run'       | " + HARNESS,
            "broken  | Step undefined: the MX refuses TLS 1.0                 | " + HARNESS,
            "skipped | No TLSA record                                         | " + SKIPPED,
    })
    void eachResultLandsInExactlyOneCategory(String status, String message, String expected) throws IOException {
        assertThat(matchingCategories(status, message)).containsExactly(expected);
    }

    @Test
    void outcomesMapOneToOneOntoAllureStatuses() {
        for (Outcome outcome : Outcome.values()) {
            assertThat(AllureStatuses.of(outcome).value()).isEqualTo(outcome.label());
        }
    }

    @Test
    void environmentIsEscapedAndRoundTrips(@TempDir Path results) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("harness.version", "0.1.0");
        env.put("target list", "mx1=a:25, mx2#b");
        env.put("profile", " anssi\\modern ");
        env.put("note", "line1\nline2\ttab!");
        env.put("opérateur", "Orange ✓ 😀");

        Path file = AllureResultsFiles.writeEnvironment(results.resolve("allure-results"), env);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, StandardCharsets.US_ASCII)).doesNotContain("\uFFFD")
                .startsWith("harness.version=0.1.0\n").contains("target\\ list=mx1\\=a\\:25, mx2\\#b");
        Properties loaded = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            loaded.load(in);  // as Allure reads it: ISO-8859-1 stream
        }
        assertThat(loaded).containsExactlyInAnyOrderEntriesOf(env);
    }

    private static List<String> statuses(JsonNode category) {
        List<String> statuses = new ArrayList<>();
        category.get("matchedStatuses").forEach(s -> statuses.add(s.asText()));
        return statuses;
    }

    /** The French categories sort a French broken verdict (« Non testé : … ») as the English ones sort theirs. */
    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
            "broken  | Non testé : le serveur n'a présenté aucun certificat   | Non testé : cible injoignable ou délai dépassé",
            "broken  | Could not test: TLS handshake aborted                  | Non testé : cible injoignable ou délai dépassé",
            "broken  | 'java.lang.NullPointerException\n\tat Probe.run'       | Erreur du banc d'essai",
    })
    void frenchResultsLandInExactlyOneCategory(String status, String message, String expected) throws IOException {
        assertThat(matchingCategories(status, message, "/allure/categories_fr.json")).containsExactly(expected);
    }

    private static List<String> matchingCategories(String status, String message) throws IOException {
        return matchingCategories(status, message, AllureResultsFiles.CATEGORIES_RESOURCE);
    }

    private static List<String> matchingCategories(String status, String message, String resource) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = AllureResultsFiles.class.getResourceAsStream(resource)) {
            for (JsonNode category : new ObjectMapper().readTree(in)) {
                boolean statusMatches = statuses(category).contains(status);
                JsonNode regex = category.get("messageRegex");
                boolean messageMatches = regex == null
                        || Pattern.compile(regex.asText(), Pattern.DOTALL).matcher(message).matches();
                if (statusMatches && messageMatches) {
                    names.add(category.get("name").asText());
                }
            }
        }
        return names;
    }
}
