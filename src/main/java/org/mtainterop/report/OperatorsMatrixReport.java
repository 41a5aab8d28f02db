package org.mtainterop.report;

import static org.mtainterop.report.HtmlText.escape;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtainterop.operators.Operator;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.RequirementExplanations;

/**
 * One page per operators file: operators as rows, requirements as columns (catalog order), each cell coloured by
 * the operator's worst outcome over its targets (its MX hosts and, for modern operators, its mail domains), with
 * each target's verdict and reason on hover (the cell's title) and on click (the panel under the table). A
 * requirement not judged for an operator (another profile, another service) is an empty grey cell. The page is
 * self-contained: inline style and script, nothing fetched. Written beside it as Markdown and JSON, like the
 * interop matrix ({@link TableRenderings}). Rendering only: the verdicts are those of the {@link RunSummary}.
 */
public final class OperatorsMatrixReport {
    public static final String BASE_NAME = "operators-matrix";

    private final String operatorsFile;
    private final List<String> operators;
    private final Map<String, String> operatorOfTarget;
    private final RunSummary summary;
    private final RequirementExplanations texts;
    private final ReportLanguage language;

    /**
     * @param operatorsFile    the file's name, shown in the title
     * @param operators        the operators in the file's order
     * @param operatorOfTarget target name to operator name (targets of no operator are left out)
     */
    public OperatorsMatrixReport(String operatorsFile, List<String> operators, Map<String, String> operatorOfTarget,
                                 RunSummary summary, RequirementExplanations texts, ReportLanguage language) {
        this.operatorsFile = operatorsFile;
        this.operators = List.copyOf(operators);
        this.operatorOfTarget = Map.copyOf(operatorOfTarget);
        this.summary = summary;
        this.texts = texts;
        this.language = language;
    }

    /**
     * The matrix of {@code operatorsFile} (its file name in the title, its operators in their order) over
     * {@code summary}, in {@code language}: what {@code run --operators} and {@code merge --operators} write.
     */
    public static OperatorsMatrixReport of(Path operatorsFile, List<Operator> operators,
                                           Map<String, String> operatorOfTarget, RunSummary summary,
                                           ReportLanguage language) {
        return new OperatorsMatrixReport(operatorsFile.getFileName().toString(),
                operators.stream().map(Operator::name).toList(), operatorOfTarget, summary,
                RequirementExplanations.of(language), language);
    }

    /** One target's result in a cell. */
    record Entry(String target, RequirementResult result) {
    }

    /** What one cell shows: the worst outcome and every target's entry. */
    record Cell(Outcome worst, List<Entry> entries) {
    }

    List<String> requirements() {
        return summary.targets().stream().filter(t -> operatorOfTarget.containsKey(t.name()))
                .flatMap(t -> t.results().stream()).map(RequirementResult::requirement).distinct()
                .sorted(CatalogOrder.IDS).toList();
    }

    Optional<Cell> cell(String operator, String requirement) {
        List<Entry> entries = new ArrayList<>();
        for (TargetReport t : summary.targets()) {
            if (operator.equals(operatorOfTarget.get(t.name()))) {
                t.results().stream().filter(r -> r.requirement().equals(requirement))
                        .forEach(r -> entries.add(new Entry(t.name(), r)));
            }
        }
        return entries.stream().map(e -> e.result().status()).reduce(Outcome::worst)
                .map(worst -> new Cell(worst, List.copyOf(entries)));
    }

    private String reason(Cell cell) {
        StringBuilder text = new StringBuilder();
        for (Entry e : cell.entries()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(e.target()).append(": ").append(language.outcome(e.result().status()));
            if (!e.result().message().isBlank()) {
                text.append(" · ").append(ConsoleSummary.oneLine(e.result().message()));
            }
        }
        return text.toString();
    }

    public String html() {
        var l = language;
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(l.tag()).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>mta-interop: ").append(escape(l.text("matrix.title"))).append(" · ")
                .append(escape(operatorsFile)).append("</title>\n").append("""
                <style>
                body{font-family:sans-serif;margin:2em;color:#222}
                table{border-collapse:collapse}
                th,td{border:1px solid #999;padding:.4em .6em;text-align:center;font-size:.85em}
                thead th{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}
                tbody th{text-align:left}
                td.cell{cursor:pointer;min-width:1.5em}
                .passed{background:#c8f0c8} .failed{background:#f6b8b8} .broken{background:#ffe2a8}
                .skipped{background:#dde4f0} .none{background:#f4f4f4;color:#999}
                #legend span{display:inline-block;padding:.2em .8em;margin-right:.5em;border:1px solid #999}
                #reason{white-space:pre-wrap;border:1px solid #999;padding:.6em;min-height:2em;margin-top:1em}
                </style></head><body>
                """);
        h.append("<h1>").append(escape(l.text("matrix.title"))).append(": ").append(escape(operatorsFile))
                .append("</h1>\n<p>").append(escape(l.text("matrix.intro")
                        .formatted(summary.harnessVersion(), summary.profile(), summary.startedAt())))
                .append("</p>\n<p id=\"legend\">");
        for (Outcome o : Outcome.values()) {
            h.append("<span class=\"").append(o.label()).append("\" data-outcome=\"").append(o.label()).append("\">")
                    .append(escape(l.outcome(o))).append("</span>");
        }
        h.append("<span class=\"none\" data-outcome=\"none\">").append(escape(l.text("matrix.none")))
                .append("</span></p>\n<table id=\"operators-matrix\"><thead><tr><th>")
                .append(escape(l.text("matrix.corner"))).append("</th>");
        List<String> requirements = requirements();
        for (String req : requirements) {
            h.append("<th scope=\"col\" title=\"").append(escape(texts.title(req).orElse(req))).append("\">")
                    .append(escape(req)).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (String op : operators) {
            h.append("<tr><th scope=\"row\">").append(escape(op)).append("</th>");
            for (String req : requirements) {
                h.append(cell(op, req).map(c -> "<td class=\"cell " + c.worst().label() + "\" data-operator=\""
                                + escape(op) + "\" data-requirement=\"" + escape(req) + "\" data-outcome=\""
                                + c.worst().label() + "\" tabindex=\"0\" title=\"" + escape(reason(c)) + "\">"
                                + escape(l.symbol(c.worst())) + "</td>")
                        .orElse("<td class=\"cell none\" data-operator=\"" + escape(op) + "\" data-requirement=\""
                                + escape(req) + "\" data-outcome=\"none\" title=\"" + escape(l.text("matrix.none"))
                                + "\"></td>"));
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n<div id=\"reason\" aria-live=\"polite\">").append(escape(l.text("matrix.click")))
                .append("</div>\n").append("""
                <script>
                document.querySelectorAll('td.cell').forEach(function (td) {
                  function show() {
                    document.getElementById('reason').textContent = td.dataset.operator + ' · '
                      + td.dataset.requirement + '\\n' + td.title;
                  }
                  td.addEventListener('click', show);
                  td.addEventListener('keydown', function (e) { if (e.key === 'Enter') { show(); } });
                });
                </script>
                </body></html>
                """);
        return h.toString();
    }

    public String markdown() {
        List<String> requirements = requirements();
        StringBuilder md = new StringBuilder("| ").append(language.text("matrix.corner")).append(" |");
        requirements.forEach(r -> md.append(' ').append(r).append(" |"));
        md.append("\n|---|");
        requirements.forEach(r -> md.append("---|"));
        md.append('\n');
        for (String op : operators) {
            md.append("| ").append(op).append(" |");
            for (String req : requirements) {
                md.append(' ').append(cell(op, req).map(c -> language.outcome(c.worst())).orElse("")).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("operatorsFile", operatorsFile);
        root.put("profile", summary.profile());
        root.put("startedAt", summary.startedAt().toString());
        root.put("requirements", requirements());
        List<Object> rows = new ArrayList<>();
        for (String op : operators) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("operator", op);
            Map<String, Object> cells = new LinkedHashMap<>();
            for (String req : requirements()) {
                cell(op, req).ifPresent(c -> {
                    Map<String, Object> cell = new LinkedHashMap<>();
                    cell.put("status", c.worst().label());
                    cell.put("targets", c.entries().stream().map(e -> Map.of("target", e.target(),
                            "status", e.result().status().label(), "message", e.result().message())).toList());
                    cells.put(req, cell);
                });
            }
            row.put("requirements", cells);
            rows.add(row);
        }
        root.put("operators", rows);
        return TableRenderings.indentedJson(root);
    }

    /** Writes operators-matrix.html, .md and .json into {@code dir}; returns their paths (the HTML first). */
    public List<Path> write(Path dir) throws IOException {
        return new TableRenderings(html(), markdown(), json()).write(dir, BASE_NAME);
    }
}
