package org.mtainterop.survey;

import static org.mtainterop.report.HtmlText.escape;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mtainterop.policy.Severity;
import org.mtainterop.policy.clients.ClientCell;
import org.mtainterop.policy.clients.ClientCellVerdict;
import org.mtainterop.policy.clients.ClientRequirement;
import org.mtainterop.report.AllureRenderings;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.report.TableRenderings;

/**
 * Renders a client survey (programs as rows, server cases as columns, each cell coloured and labelled) as HTML,
 * Markdown and JSON, and attaches it to the Allure results. Rendering only: the words come from
 * {@link SurveyCellJudgement}.
 */
public final class ClientSurveyReport {
    private static final String BASE_NAME = "client-survey";
    public static final String HTML = BASE_NAME + ".html";
    public static final String MARKDOWN = BASE_NAME + ".md";
    public static final String JSON = BASE_NAME + ".json";
    private final SurveyResult result;
    private final Map<SurveyCell, ClientCell> judged = new LinkedHashMap<>();
    private final List<SurveyCase> columns;
    private final ReportLanguage language;

    /** The survey in English. */
    public ClientSurveyReport(SurveyResult result) {
        this(result, ReportLanguage.EN);
    }

    /** The survey in {@code language}: page, cells and their titles, legend, headline and Markdown; the JSON as it is. */
    public ClientSurveyReport(SurveyResult result, ReportLanguage language) {
        this.result = result;
        this.language = language;
        result.cells().forEach(c -> judged.put(c, SurveyCellJudgement.classify(result, c)));
        this.columns = Arrays.stream(SurveyCase.values())
                .filter(k -> result.cells().stream().anyMatch(c -> c.surveyCase() == k)).toList();
    }

    /** The CSS class of a word: pass (works, safe), fail (a defect), na, or warn (could not judge). */
    static String cssClass(ClientCellVerdict v) {
        if (v.defect()) {
            return "fail";
        }
        return switch (v) {
            case WORKS, SAFE -> "pass";
            case NOT_APPLICABLE -> "na";
            default -> "warn";
        };
    }

    private Optional<SurveyCell> cell(String row, SurveyCase column) {
        return result.cells().stream().filter(c -> row.equals(c.client() + " · " + c.protocol().label())
                && c.surveyCase() == column).findFirst();
    }

    /** Cells whose defect breaks a @must requirement (CLIENT-01..03). */
    public long mustFailures() {
        return judged.entrySet().stream().filter(e -> e.getValue().verdict().defect())
                .filter(e -> requirement(e.getKey()).map(r -> r.severity() == Severity.MUST).orElse(false)).count();
    }

    private static Optional<ClientRequirement> requirement(SurveyCell cell) {
        return cell.surveyCase().requirement().flatMap(id -> Arrays.stream(ClientRequirement.values())
                .filter(r -> r.id().equals(id)).findFirst());
    }

    /** "187 cells (14 programs × protocols, 12 cases) in 74 s: 120 safe or working, 9 defects, ..." */
    public String headline() {
        Map<ClientCellVerdict, Long> counts = new EnumMap<>(ClientCellVerdict.class);
        judged.values().forEach(c -> counts.merge(c.verdict(), 1L, Long::sum));
        StringBuilder h = new StringBuilder(language.text("survey.headline").formatted(result.cells().size(),
                result.rows().size(), columns.size(), result.wallTime().toSeconds()));
        StringBuilder each = new StringBuilder();
        counts.forEach((v, n) -> each.append(' ').append(n).append(' ').append(label(v)).append(','));
        each.setLength(Math.max(0, each.length() - 1));
        return h.append(language.text("survey.headline.tail").formatted(each, mustFailures())).toString();
    }

    private String label(ClientCellVerdict v) {
        return language.text("survey.label." + v.name());
    }

    public String html() {
        var l = language;
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(l.tag())
                .append("\"><head><meta charset=\"utf-8\"><title>mta-interop: ").append(escape(l.text("survey.title")))
                .append("</title>\n").append("""
                <style>
                body{font-family:sans-serif;margin:2em;color:#222}
                table{border-collapse:collapse}
                th,td{border:1px solid #999;padding:.4em .6em;text-align:center;font-size:.9em}
                th.corner{font-weight:normal;color:#555}
                td.pass{background:#c8f0c8} td.fail{background:#f6b8b8} td.warn{background:#ffe2a8} td.na{background:#e4e4e4;color:#666}
                th .req{display:block;font-weight:normal;font-size:.8em;color:#555}
                </style></head><body>
                """).append("<h1>").append(escape(l.text("survey.heading"))).append("</h1>\n<p>")
                .append(l.text("survey.intro")).append("</p>\n") // the harness's own words, written as HTML
                .append("<table id=\"client-survey\"><thead><tr><th class=\"corner\">")
                .append(escape(l.text("survey.corner"))).append("</th>");
        for (SurveyCase c : columns) {
            h.append("<th scope=\"col\" title=\"").append(escape(c.worded().render(l))).append("\">").append(escape(c.label()))
                    .append("<span class=\"req\">").append(escape(c.requirement().orElse(l.text("survey.control"))))
                    .append("</span></th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (String row : result.rows()) {
            h.append("<tr><th scope=\"row\">").append(escape(row)).append("</th>");
            for (SurveyCase column : columns) {
                Optional<SurveyCell> cell = cell(row, column);
                if (cell.isEmpty()) {
                    h.append("<td class=\"cell na\" data-case=\"").append(column.label())
                            .append("\">").append(escape(label(ClientCellVerdict.NOT_APPLICABLE))).append("</td>");
                    continue;
                }
                ClientCell word = judged.get(cell.get());
                h.append("<td class=\"cell ").append(cssClass(word.verdict())).append("\" data-client=\"")
                        .append(escape(cell.get().client())).append("\" data-protocol=\"")
                        .append(cell.get().protocol().label()).append("\" data-case=\"").append(column.label())
                        .append("\" title=\"").append(escape(word.said().render(l))).append("\">")
                        .append(escape(label(word.verdict()))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n<h2>").append(escape(l.text("survey.legend"))).append("</h2>\n<ul>\n");
        for (ClientCellVerdict v : ClientCellVerdict.values()) {
            h.append("<li><b>").append(escape(label(v))).append("</b>: ")
                    .append(escape(l.text("survey.meaning." + v.name()))).append("</li>\n");
        }
        h.append("</ul>\n<p>").append(escape(headline())).append("</p>\n</body></html>\n");
        return h.toString();
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("| ").append(language.text("survey.corner")).append(" |");
        columns.forEach(c -> md.append(' ').append(c.label()).append(" |"));
        md.append("\n|---|");
        columns.forEach(c -> md.append("---|"));
        md.append('\n');
        for (String row : result.rows()) {
            md.append("| ").append(row).append(" |");
            for (SurveyCase column : columns) {
                String text = cell(row, column).map(c -> {
                    ClientCellVerdict v = judged.get(c).verdict();
                    return v.defect() ? "**" + label(v) + "**" : label(v);
                }).orElse(label(ClientCellVerdict.NOT_APPLICABLE));
                md.append(' ').append(text).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("requirements", Arrays.stream(ClientRequirement.values()).map(ClientRequirement::id).toList());
        root.put("cases", columns.stream().map(SurveyCase::label).toList());
        root.put("wallTimeSeconds", result.wallTime().toMillis() / 1000.0);
        root.put("cells", result.cells().stream().map(c -> {
            ClientCell word = judged.get(c);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("client", c.client());
            m.put("protocol", c.protocol().label());
            m.put("case", c.surveyCase().label());
            m.put("tls", c.surveyCase().mode().label());
            m.put("requirement", c.surveyCase().requirement().orElse(null));
            m.put("verdict", word.verdict().name().toLowerCase(Locale.ROOT));
            m.put("label", word.verdict().label());
            m.put("reason", word.reason());
            m.put("clientExitCode", c.run().exitCode());
            m.put("clientTimedOut", c.run().timedOut());
            m.put("seconds", Math.round(c.run().took().toMillis() / 10.0) / 100.0);
            m.put("sessions", c.sessions().size());
            return m;
        }).toList());
        return TableRenderings.indentedJson(root);
    }

    /** Writes client-survey.html, .md and .json into {@code dir}; returns their paths. */
    public List<Path> write(Path dir) throws IOException {
        return new TableRenderings(html(), markdown(), json()).write(dir, BASE_NAME);
    }

    /** One Allure result "Client survey" with the three renderings, failed when a cell breaks a @must requirement. */
    public void attachToAllure(Path allureResults) {
        AllureRenderings.write(allureResults, language.text("survey.allure"), "client-survey", mustFailures() == 0,
                html(), markdown(), json());
    }
}
