package org.mtainterop.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A report table's three renderings (the interop matrix, the client survey): HTML for people, Markdown for
 * tickets and mail, JSON for tools, written side by side as {@code <base>.html}, {@code .md} and {@code .json}.
 */
public record TableRenderings(String html, String markdown, String json) {
    /** The JSON text of a table's tree of maps and lists, indented, ending with a newline. */
    public static String indentedJson(Object root) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code baseName}.html, .md and .json into {@code dir}; returns their paths. */
    public List<Path> write(Path dir, String baseName) throws IOException {
        Files.createDirectories(dir);
        return List.of(Files.writeString(dir.resolve(baseName + ".html"), html, StandardCharsets.UTF_8),
                Files.writeString(dir.resolve(baseName + ".md"), markdown, StandardCharsets.UTF_8),
                Files.writeString(dir.resolve(baseName + ".json"), json, StandardCharsets.UTF_8));
    }
}
