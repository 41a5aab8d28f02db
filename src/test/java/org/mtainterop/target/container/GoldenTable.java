package org.mtainterop.target.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.mtainterop.report.CatalogOrder;
import org.mtainterop.report.RequirementResult;
import org.mtainterop.report.RunSummary;
import org.mtainterop.report.TargetReport;
import org.mtainterop.run.HarnessHome;

/**
 * A committed table of expected verdicts (target × requirement → status) under containers/, shown in
 * containers/README.md between {@code <!-- NAME:begin -->} and {@code <!-- NAME:end -->}. A golden test
 * compares a run with it; with {@code -Dgolden.update=true} it rewrites both from the run, for review.
 */
public final class GoldenTable {
    private final String name;
    private final String firstColumn;
    private final String heading;
    private final Path tsv;
    private final Path readme = HarnessHome.directory().resolve("containers/README.md");
    private final Comparator<String> columnOrder;
    private final UnaryOperator<String> cellText;

    GoldenTable(String name, String firstColumn, String heading) {
        this(name, firstColumn, heading, CatalogOrder.IDS, status -> switch (status) {
            case "passed" -> "pass";
            case "failed" -> "**FAIL**";
            case "broken" -> "broken";
            case "skipped" -> "skip";
            default -> "";
        });
    }

    /**
     * @param columnOrder how the README table's columns are ordered
     * @param cellText    how a status reads in the README table
     */
    public GoldenTable(String name, String firstColumn, String heading, Comparator<String> columnOrder,
                       UnaryOperator<String> cellText) {
        this.name = name;
        this.firstColumn = firstColumn;
        this.heading = heading;
        this.tsv = HarnessHome.directory().resolve("containers/" + name + ".tsv");
        this.columnOrder = columnOrder;
        this.cellText = cellText;
    }

    /** Compares the run with the table (rewriting it first when asked); empty when they agree. */
    List<String> differencesFrom(RunSummary run, String generator) throws IOException {
        return differencesFrom(statuses(run), key -> messageOf(run, key), generator);
    }

    /**
     * Compares {@code actual} (row TAB column → status) with the table (rewriting it first when asked); empty when
     * they agree. {@code messageOf} explains a key's actual status in a difference.
     */
    public List<String> differencesFrom(Map<String, String> actual, UnaryOperator<String> messageOf,
                                        String generator) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            write(actual, generator);
        }
        if (!Files.exists(tsv)) {
            return List.of("golden table " + tsv + " missing (generate it with -Dgolden.update=true)");
        }
        Map<String, String> expected = read();
        List<String> differences = new ArrayList<>();
        expected.forEach((key, status) -> {
            String got = actual.get(key);
            if (!status.equals(got)) {
                differences.add(key.replace('\t', ' ') + ": expected " + status + ", got " + got + " — "
                        + messageOf.apply(key));
            }
        });
        actual.keySet().stream().filter(k -> !expected.containsKey(k))
                .forEach(k -> differences.add(k.replace('\t', ' ') + ": not in the golden table (" + actual.get(k) + ")"));
        return differences;
    }

    public Path path() {
        return tsv;
    }

    private static Map<String, String> statuses(RunSummary run) {
        Map<String, String> table = new TreeMap<>();
        for (TargetReport t : run.targets()) {
            for (RequirementResult r : t.results()) {
                table.put(t.name() + "\t" + r.requirement(), r.status().label());
            }
        }
        return table;
    }

    private static String messageOf(RunSummary run, String key) {
        String[] parts = key.split("\t");
        return run.targets().stream().filter(t -> t.name().equals(parts[0]))
                .flatMap(t -> t.results().stream()).filter(r -> r.requirement().equals(parts[1]))
                .map(RequirementResult::message).findFirst().orElse("");
    }

    private Map<String, String> read() throws IOException {
        Map<String, String> table = new TreeMap<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            table.put(cols[0] + "\t" + cols[1], cols[2]);
        }
        return table;
    }

    private void write(Map<String, String> table, String generator) throws IOException {
        StringBuilder rows = new StringBuilder("# target\trequirement\texpected status — generated by " + generator + "\n");
        table.forEach((k, v) -> rows.append(k).append('\t').append(v).append('\n'));
        Files.writeString(tsv, rows, StandardCharsets.UTF_8);
        if (Files.exists(readme)) {
            String begin = "<!-- " + name + ":begin -->";
            String end = "<!-- " + name + ":end -->";
            String text = Files.readString(readme, StandardCharsets.UTF_8);
            int b = text.indexOf(begin);
            int e = text.indexOf(end);
            String matrix = begin + "\n" + markdown(table) + end;
            text = b >= 0 && e > b ? text.substring(0, b) + matrix + text.substring(e + end.length())
                    : text + "\n## " + heading + "\n\n" + matrix + "\n";
            Files.writeString(readme, text, StandardCharsets.UTF_8);
        }
    }

    private String markdown(Map<String, String> table) {
        List<String> targets = table.keySet().stream().map(k -> k.split("\t")[0]).distinct().toList();
        List<String> requirements = table.keySet().stream().map(k -> k.split("\t")[1]).distinct()
                .sorted(columnOrder).toList();
        StringBuilder md = new StringBuilder("| " + firstColumn + " | ").append(String.join(" | ", requirements))
                .append(" |\n|---|");
        requirements.forEach(r -> md.append("---|"));
        md.append('\n');
        for (String t : targets) {
            md.append("| ").append(t).append(" |");
            for (String r : requirements) {
                md.append(' ').append(cellText.apply(table.getOrDefault(t + "\t" + r, ""))).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }
}
