package org.mtainterop.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a {@link RunSummary} as the JSON document described by
 * {@code src/main/resources/schema/summary.schema.json}: statuses and severities as lower-case
 * labels, {@code startedAt} as an ISO-8601 instant, pretty-printed, UTF-8, ending with a newline.
 * Read it back with {@link SummaryReader}.
 */
public final class JsonSummaryWriter {

    /** The JSON text of the summary. */
    public String toJson(RunSummary summary) {
        try {
            return SummaryJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(summary) + "\n";
        } catch (JsonProcessingException e) {
            // Records of strings, numbers and enums always serialize; this is a programming error.
            throw new UncheckedIOException("cannot serialize the run summary", e);
        }
    }

    /**
     * Writes the summary to {@code file}, creating its parent directories. The file is written beside
     * its final name and then moved into place, so a reader never sees half a document.
     */
    public Path write(RunSummary summary, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.writeString(partial, toJson(summary), StandardCharsets.UTF_8);
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
