package org.mtainterop.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.mtainterop.policy.Outcome;

/**
 * The one-screen text summary printed at the end of a run: per target a header, one line per
 * requirement in catalog order, the totals, and where the reports are. Plain text unless colour is
 * asked for; the caller decides (for example: a terminal, and no {@code NO_COLOR} variable).
 */
public final class ConsoleSummary {

    /** Longest message shown on a requirement line, ellipsis included. */
    public static final int MESSAGE_WIDTH = 90;

    private static final String ELLIPSIS = "...";
    private static final String RESET = "\u001b[0m";

    /** Target name to the header of its group (an operator); empty: no grouping. */
    private final Map<String, String> groupHeaders;
    private final ReportLanguage language;

    public ConsoleSummary() {
        this(Map.of(), ReportLanguage.EN);
    }

    private ConsoleSummary(Map<String, String> groupHeaders, ReportLanguage language) {
        this.groupHeaders = Map.copyOf(groupHeaders);
        this.language = language;
    }

    /** The same summary in {@code language} ({@code --lang}): its words, the verdicts' messages as measured. */
    public ConsoleSummary in(ReportLanguage language) {
        return new ConsoleSummary(groupHeaders, language);
    }

    /**
     * The same summary laid out per group: targets with the same header together (in order of first
     * appearance) under that header; targets without one last, under "other targets".
     */
    public ConsoleSummary groupedBy(Map<String, String> headerOfTarget) {
        return new ConsoleSummary(headerOfTarget, language);
    }

    /** Renders without colour. Either path may be null when that output was not produced. */
    public String render(RunSummary summary, Path reportLocation, Path jsonLocation) {
        return render(summary, reportLocation, jsonLocation, false);
    }

    /** Renders, with ANSI colours on the status words when {@code colour} is true. */
    public String render(RunSummary summary, Path reportLocation, Path jsonLocation, boolean colour) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, language.text("console.header") + "%n",
                summary.harnessVersion(), summary.profile(), summary.startedAt()));
        Map<Outcome, Integer> totals = new EnumMap<>(Outcome.class);
        int idWidth = idWidth(summary);
        String currentGroup = null;
        for (TargetReport target : grouped(summary.targets())) {
            if (!groupHeaders.isEmpty()) {
                String group = groupHeaders.getOrDefault(target.name(), language.text("console.other"));
                if (!group.equals(currentGroup)) {
                    out.append(String.format(Locale.ROOT, "%n== %s ==%n", group));
                    currentGroup = group;
                }
            }
            if (target.port() == 0) { // a mail domain: judged from what it publishes, not at an address
                out.append(String.format(Locale.ROOT, "%n" + language.text("console.domain") + "%n",
                        target.name(), target.host()));
            } else {
                out.append(String.format(Locale.ROOT, "%n" + language.text("console.target") + "%n",
                        target.name(), hostForDisplay(target.host()), target.port(), target.mxName()));
            }
            if (target.results().isEmpty()) {
                out.append(String.format("  %s%n", language.text("console.none")));
            }
            List<RequirementResult> sorted = target.results().stream().sorted(CatalogOrder.RESULTS).toList();
            for (RequirementResult result : sorted) {
                totals.merge(result.status(), 1, Integer::sum);
                out.append(String.format(Locale.ROOT, "  %s  %-" + idWidth + "s  %-6s  %s",
                        statusWord(result.status(), colour, language), result.requirement(),
                        result.severity().label(), oneLine(result.message())).stripTrailing());
                out.append(System.lineSeparator());
            }
        }
        out.append(String.format(Locale.ROOT, "%n" + language.text("console.totals") + "%n",
                totals.getOrDefault(Outcome.PASSED, 0), totals.getOrDefault(Outcome.FAILED, 0),
                totals.getOrDefault(Outcome.BROKEN, 0), totals.getOrDefault(Outcome.SKIPPED, 0)));
        if (reportLocation != null) {
            out.append(String.format(language.text("console.html") + "%n", reportLocation.toAbsolutePath()));
        }
        if (jsonLocation != null) {
            out.append(String.format(language.text("console.json") + "%n", jsonLocation.toAbsolutePath()));
        }
        return out.toString();
    }

    private List<TargetReport> grouped(List<TargetReport> targets) {
        if (groupHeaders.isEmpty()) {
            return targets;
        }
        List<String> order = new ArrayList<>();
        targets.stream().map(t -> groupHeaders.get(t.name())).filter(Objects::nonNull).distinct()
                .forEach(order::add);
        return targets.stream().sorted(Comparator.comparingInt(t -> {
            int index = order.indexOf(groupHeaders.get(t.name()));
            return index < 0 ? order.size() : index;
        })).toList();
    }

    /** IPv6 literals in brackets, so the port stays readable: {@code [2001:db8::25]:25}. */
    private static String hostForDisplay(String host) {
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static int idWidth(RunSummary summary) {
        return summary.targets().stream().flatMap(t -> t.results().stream())
                .mapToInt(r -> r.requirement().length()).max().orElse(1);
    }

    private static String statusWord(Outcome status, boolean colour, ReportLanguage language) {
        String padded = language == ReportLanguage.EN ? String.format(Locale.ROOT, "%-7s", status.name())
                : String.format(Locale.ROOT, "%-12s", language.text("console.status." + status.label()));
        if (!colour) {
            return padded;
        }
        String code = switch (status) {
            case PASSED -> "\u001b[32m";
            case FAILED -> "\u001b[1;31m";
            case BROKEN -> "\u001b[33m";
            case SKIPPED -> "\u001b[90m";
        };
        return code + padded + RESET;
    }

    /** The message on one line, control characters removed, cut to {@link #MESSAGE_WIDTH}. */
    static String oneLine(String message) {
        String flat = message.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (flat.length() <= MESSAGE_WIDTH) {
            return flat;
        }
        int cut = MESSAGE_WIDTH - ELLIPSIS.length();
        if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
            cut--;
        }
        return flat.substring(0, cut).stripTrailing() + ELLIPSIS;
    }
}
