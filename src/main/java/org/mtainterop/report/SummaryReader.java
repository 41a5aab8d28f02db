package org.mtainterop.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a JSON summary written by {@link JsonSummaryWriter} back into a {@link RunSummary}.
 * Strict: an unknown status, severity or language label, an unknown field, or a missing or null field is an
 * {@link IOException} naming the place in the document. One field may be missing: {@code lang}, which summaries
 * written before it existed lack; they ran in English, the only language there was, so they read as {@code en}.
 */
public final class SummaryReader {

    public RunSummary fromJson(String json) throws IOException {
        return fromTree(SummaryJson.MAPPER.readTree(json));
    }

    public RunSummary read(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return fromTree(SummaryJson.MAPPER.readTree(in));
        }
    }

    private static RunSummary fromTree(JsonNode tree) throws IOException {
        if (tree instanceof ObjectNode object && !object.has("lang")) {
            object.put("lang", ReportLanguage.EN.tag());
        }
        return SummaryJson.MAPPER.treeToValue(tree, RunSummary.class);
    }
}
