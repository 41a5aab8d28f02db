package org.mtainterop.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a JSON summary written by {@link JsonSummaryWriter} back into a {@link RunSummary}.
 * Strict: an unknown status or severity label, an unknown field, or a missing or null field is an
 * {@link IOException} naming the place in the document.
 */
public final class SummaryReader {

    public RunSummary fromJson(String json) throws IOException {
        return SummaryJson.MAPPER.readValue(json, RunSummary.class);
    }

    public RunSummary read(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return SummaryJson.MAPPER.readValue(in, RunSummary.class);
        }
    }
}
