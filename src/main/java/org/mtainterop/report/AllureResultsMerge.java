package org.mtainterop.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The Allure results of several shards as one results directory, as Allure itself merges them (it reads every
 * result, container and attachment file of every directory it is given; their names are UUIDs): every file copied
 * into {@code into}, the categories written once, and one {@code environment.properties} (the first shard's, with
 * the targets of all and the shards listed). One directory, so the HTML report, history and other Allure tools read
 * the merged run as they read a run.
 */
public final class AllureResultsMerge {
    private static final String ENVIRONMENT = "environment.properties";
    private static final String CATEGORIES = "categories.json";

    private AllureResultsMerge() {
    }

    /**
     * Copies the results of {@code shards} (each a shard's {@code allure-results/}) into {@code into}, an existing
     * fresh directory; a file name found in two shards with different bytes is refused (two runs' files mixed).
     */
    public static void merge(List<Path> shards, Path into) throws IOException {
        merge(shards, into, ReportLanguage.EN);
    }

    /** As {@link #merge(List, Path)}, the categories written in {@code language} (merge --lang). */
    public static void merge(List<Path> shards, Path into, ReportLanguage language) throws IOException {
        Map<String, Path> copied = new LinkedHashMap<>();
        List<Properties> environments = new ArrayList<>();
        for (Path shard : shards) {
            if (!Files.isDirectory(shard)) {
                throw new IllegalArgumentException(shard + ": no Allure results (every shard's report directory has"
                        + " allure-results/)");
            }
            try (Stream<Path> files = Files.list(shard)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.equals(CATEGORIES)) {
                        continue;
                    }
                    if (name.equals(ENVIRONMENT)) {
                        environments.add(read(file));
                        continue;
                    }
                    Path before = copied.putIfAbsent(name, file);
                    if (before != null) {
                        if (Files.mismatch(before, file) != -1) {
                            throw new IllegalArgumentException("Allure results " + before + " and " + file
                                    + " have the same name and different contents: not shards of one run");
                        }
                        continue;
                    }
                    Files.copy(file, into.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        AllureResultsFiles.writeCategories(into, language);
        AllureResultsFiles.writeEnvironment(into, environment(environments));
    }

    private static Map<String, String> environment(List<Properties> shards) {
        Map<String, String> env = new LinkedHashMap<>();
        List<String> targets = new ArrayList<>();
        for (Properties p : shards) {
            for (String key : p.stringPropertyNames().stream().sorted().toList()) {
                if (key.equals("targets")) {
                    String t = p.getProperty(key);
                    if (!t.isBlank() && !t.equals("none in this shard")) {
                        targets.add(t);
                    }
                } else if (!key.equals("shard")) {
                    env.putIfAbsent(key, p.getProperty(key));
                }
            }
        }
        env.put("targets", String.join(", ", targets));
        env.put("merged", shards.size() + " shards");
        return env;
    }

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            p.load(in);
        }
        return p;
    }
}
