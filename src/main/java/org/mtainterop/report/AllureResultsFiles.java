package org.mtainterop.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The side files Allure reads from a results directory: {@code environment.properties} (shown as the
 * report's Environment widget) and {@code categories.json} (which sorts failures into "requirement not
 * met" and the kinds of "could not test").
 */
public final class AllureResultsFiles {

    /** Classpath location of the categories shipped with the harness. */
    public static final String CATEGORIES_RESOURCE = "/allure/categories.json";

    private AllureResultsFiles() {
    }

    /**
     * Writes {@code environment.properties}, one line per entry in the map's iteration order (Allure
     * keeps that order). Allure reads the file with {@code Properties.load(InputStream)}, that is as
     * ISO-8859-1, so the file is pure ASCII: separators, comment marks, line breaks and backslashes are
     * escaped, and every character outside printable ASCII is written as {@code \}{@code uXXXX}.
     */
    public static Path writeEnvironment(Path resultsDir, Map<String, String> env) throws IOException {
        StringBuilder text = new StringBuilder();
        env.forEach((key, value) -> text
                .append(escape(key, true)).append('=')
                .append(escape(value == null ? "" : value, false)).append('\n'));
        Files.createDirectories(resultsDir);
        Path file = resultsDir.resolve("environment.properties");
        Files.writeString(file, text, StandardCharsets.US_ASCII);
        return file;
    }

    /** Copies the harness's {@code categories.json} into the results directory. */
    public static Path writeCategories(Path resultsDir) throws IOException {
        return writeCategories(resultsDir, ReportLanguage.EN);
    }

    /**
     * Copies the harness's categories in {@code language} ({@code categories.json}, {@code categories_fr.json}: the
     * same statuses and message patterns, the names and descriptions translated) into the results directory.
     */
    public static Path writeCategories(Path resultsDir, ReportLanguage language) throws IOException {
        Files.createDirectories(resultsDir);
        Path file = resultsDir.resolve("categories.json");
        String resource = language == ReportLanguage.EN ? CATEGORIES_RESOURCE
                : CATEGORIES_RESOURCE.replace(".json", "_" + language.tag() + ".json");
        try (InputStream in = AllureResultsFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("resource " + resource + " is missing from the classpath");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** Escapes as {@link java.util.Properties#store(java.io.Writer, String)} documents, plus ASCII-only output. */
    static String escape(String text, boolean isKey) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case '=', ':', '#', '!' -> out.append('\\').append(c);
                case ' ' -> out.append(isKey || i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
