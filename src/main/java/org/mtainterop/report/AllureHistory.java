package org.mtainterop.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Allure's history kept between runs in a directory of its own ({@code --history DIR}), so that the report's
 * trend graphs show the runs over time. Allure carries history so: what the previous report wrote under
 * {@code history/} is copied into the next run's {@code allure-results/history/} before generation; the new report
 * then holds the previous entries plus this run's. The single-file report inlines its {@code history/*.json}, so
 * they are read back from {@code index.html} into {@code DIR}.
 *
 * <p>Each run also gets an {@code executor.json} with a build order one past the highest in the history, which
 * numbers the runs on the trend graph's axis. A directory that holds something other than Allure history is a
 * configuration error naming the file ({@link #check}), found before the run starts.
 */
public final class AllureHistory {
    /** The files Allure 2 keeps as history. */
    public static final List<String> FILES = List.of("history.json", "history-trend.json", "categories-trend.json",
            "duration-trend.json", "retry-trend.json");

    private static final Pattern INLINED = Pattern.compile("d\\('history/([a-z-]+\\.json)','([A-Za-z0-9+/=]*)'\\)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    public AllureHistory(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    /**
     * Checks that the history directory is usable: absent (the first run), or a directory whose history files are
     * the JSON Allure writes. Throws {@link IllegalArgumentException} naming the file otherwise.
     */
    public void check() {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IllegalArgumentException("--history " + directory + ": not a directory");
        }
        for (String name : FILES) {
            Path file = directory.resolve(name);
            if (Files.exists(file)) {
                read(file);
            }
        }
    }

    /** The number of runs the history holds (entries of its history trend; 0 before the first run). */
    public int runs() {
        Path trend = directory.resolve("history-trend.json");
        return Files.isRegularFile(trend) ? read(trend).size() : 0;
    }

    /**
     * Copies the kept history into {@code allureResults/history/} and writes {@code executor.json} naming this run
     * (build order one past the history's highest); returns this run's number.
     */
    public int restoreInto(Path allureResults) throws IOException {
        Path target = allureResults.resolve("history");
        Files.createDirectories(target);
        for (String name : FILES) {
            Path kept = directory.resolve(name);
            if (Files.isRegularFile(kept)) {
                Files.copy(kept, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        int run = lastBuildOrder() + 1;
        Map<String, Object> executor = new LinkedHashMap<>();
        executor.put("name", "mta-interop");
        executor.put("type", "mta-interop");
        executor.put("buildOrder", run);
        executor.put("buildName", "mta-interop run " + run);
        executor.put("reportName", "mta-interop");
        Files.writeString(allureResults.resolve("executor.json"), TableRenderings.indentedJson(executor),
                StandardCharsets.UTF_8);
        return run;
    }

    /** Saves the history of the single-file report {@code indexHtml} into the history directory; returns the files. */
    public List<Path> saveFrom(Path indexHtml) throws IOException {
        String html = Files.readString(indexHtml, StandardCharsets.UTF_8);
        Files.createDirectories(directory);
        List<Path> saved = new ArrayList<>();
        Matcher m = INLINED.matcher(html);
        while (m.find()) {
            if (FILES.contains(m.group(1))) {
                Path file = directory.resolve(m.group(1));
                Path partial = directory.resolve(m.group(1) + ".part");
                Files.write(partial, Base64.getDecoder().decode(m.group(2)));
                saved.add(Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE));
            }
        }
        if (saved.isEmpty()) {
            throw new IOException(indexHtml + " holds no Allure history (not a single-file Allure 2 report?)");
        }
        return saved;
    }

    private int lastBuildOrder() {
        Path trend = directory.resolve("history-trend.json");
        if (!Files.isRegularFile(trend)) {
            return 0;
        }
        JsonNode entries = read(trend);
        int highest = 0;
        for (JsonNode entry : entries) {
            highest = Math.max(highest, entry.path("buildOrder").asInt(0));
        }
        return Math.max(highest, entries.size());
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode node = JSON.readTree(file.toFile());
            boolean shapeOk = file.getFileName().toString().equals("history.json") ? node != null && node.isObject()
                    : node != null && node.isArray();
            if (!shapeOk) {
                throw new IllegalArgumentException("--history " + file + ": not Allure history (expected a JSON "
                        + (file.getFileName().toString().equals("history.json") ? "object" : "array") + ")");
            }
            return node;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new IllegalArgumentException("--history " + file + (at == null ? "" : ":" + at.getLineNr())
                    + ": not Allure history JSON (" + e.getOriginalMessage() + (at == null ? ""
                    : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ")", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("--history " + file + ": cannot read it (" + e.getMessage() + ")", e);
        }
    }
}
