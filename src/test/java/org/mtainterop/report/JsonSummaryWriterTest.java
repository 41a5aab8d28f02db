package org.mtainterop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonSummaryWriterTest {

    private static JsonSchema schema;
    private final JsonSummaryWriter writer = new JsonSummaryWriter();

    @BeforeAll
    static void loadSchema() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = JsonSummaryWriterTest.class.getResourceAsStream(SummaryJson.SCHEMA_RESOURCE)) {
            assertThat(in).as("schema on the classpath").isNotNull();
            schema = factory.getSchema(in, config);
        }
    }

    private static Set<String> problems(String json) {
        return schema.validate(json, InputFormat.JSON).stream()
                .map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    @Test
    void writtenSummaryValidatesAgainstTheSchema() {
        assertThat(problems(writer.toJson(SampleSummaries.mixed()))).isEmpty();
    }

    @Test
    void usesLowerCaseLabelsAndIsoInstant() throws IOException {
        JsonNode tree = new ObjectMapper().readTree(writer.toJson(SampleSummaries.mixed()));
        assertThat(tree.get("startedAt").asText()).isEqualTo("2026-03-02T09:15:30.250Z");
        JsonNode first = tree.at("/targets/0/results/0");
        assertThat(first.get("status").asText()).isEqualTo("failed");
        assertThat(first.get("severity").asText()).isEqualTo("must");
        assertThat(first.get("durationMs").isIntegralNumber()).isTrue();
        assertThat(tree.at("/targets/1/port").asInt()).isEqualTo(2525);
    }

    @Test
    void wrongDocumentFailsValidation() {
        String wrong = """
                {"harnessVersion": "x", "startedAt": "yesterday", "profile": "pilot",
                 "targets": [{"name": "t", "host": "h", "port": 70000,
                   "results": [{"requirement": "starttls-1", "status": "ok", "severity": "must",
                     "profiles": ["pilot"], "message": "", "durationMs": -1, "extra": true}]}]}
                """;
        Set<String> problems = problems(wrong);
        assertThat(problems).anyMatch(p -> p.contains("mxName"));      // missing field
        assertThat(problems).anyMatch(p -> p.contains("status"));      // "ok" is no status
        assertThat(problems).anyMatch(p -> p.contains("startedAt"));   // not a date-time
        assertThat(problems).anyMatch(p -> p.contains("port"));
        assertThat(problems).anyMatch(p -> p.contains("requirement"));
        assertThat(problems).anyMatch(p -> p.contains("durationMs"));
        assertThat(problems).anyMatch(p -> p.contains("extra"));
        assertThat(problems).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void writesFileCreatingParentsAndReadsItBack(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("a/b/summary.json");
        Path written = writer.write(SampleSummaries.mixed(), file);

        assertThat(written).isEqualTo(file.toAbsolutePath()).exists();
        assertThat(Files.readString(file)).isEqualTo(writer.toJson(SampleSummaries.mixed())).endsWith("}\n");
        assertThat(Files.list(file.getParent())).containsExactly(file);  // no partial file left behind
        assertThat(new SummaryReader().read(file)).isEqualTo(SampleSummaries.mixed());
    }

    @Test
    void readerRejectsUnknownLabelsAndMissingFields() {
        String json = new JsonSummaryWriter().toJson(SampleSummaries.mixed());
        SummaryReader reader = new SummaryReader();
        assertThatThrownBy(() -> reader.fromJson(json.replaceFirst("\"failed\"", "\"ok\"")))
                .isInstanceOf(IOException.class).hasMessageContaining("ok");
        assertThatThrownBy(() -> reader.fromJson(json.replaceFirst("\"mxName\" *: *\"[^\"]*\",", "")))
                .isInstanceOf(IOException.class).hasMessageContaining("mxName");
        assertThatThrownBy(() -> reader.fromJson(json.replaceFirst("\"lang\" *: *\"en\"", "\"lang\": \"de\"")))
                .isInstanceOf(IOException.class).hasMessageContaining("de");
    }

    @Test
    void theLanguageIsWrittenAndASummaryFromBeforeItExistedReadsAsEnglish() throws IOException {
        RunSummary mixed = SampleSummaries.mixed();
        RunSummary french = new RunSummary(mixed.harnessVersion(), mixed.startedAt(), mixed.profile(), mixed.catalog(),
                mixed.tags(), mixed.strict(), mixed.shard(), ReportLanguage.FR, mixed.targets());
        String json = writer.toJson(french);
        assertThat(SummaryJson.MAPPER.readTree(json).get("lang").asText()).isEqualTo("fr");
        assertThat(problems(json)).isEmpty();
        assertThat(new SummaryReader().fromJson(json)).isEqualTo(french);
        String before = json.replaceFirst(",\\s*\"lang\" *: *\"fr\"", "");
        assertThat(before).doesNotContain("\"lang\"");
        assertThat(new SummaryReader().fromJson(before).lang()).isEqualTo(ReportLanguage.EN);
        assertThat(problems(before)).anyMatch(p -> p.contains("lang")); // the schema asks for it in what is written now
    }
}
