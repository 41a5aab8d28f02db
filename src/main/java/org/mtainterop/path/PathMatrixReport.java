package org.mtainterop.path;

import static org.mtainterop.report.HtmlText.escape;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Verdict;
import org.mtainterop.report.AllureRenderings;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.report.TableRenderings;

/**
 * Renders a path matrix (sending operators as rows, receiving operators as columns; each cell PATH-01, -02 and -03
 * of that pair) as HTML, Markdown and JSON, and attaches it to the Allure results. Rendering only: the facts come
 * from {@link PathMatrixResult}, the verdicts from the PATH checks ({@link PathVerdicts}).
 */
public final class PathMatrixReport {
    private static final String BASE_NAME = "path-matrix";
    public static final String HTML = BASE_NAME + ".html";
    public static final String MARKDOWN = BASE_NAME + ".md";
    public static final String JSON = BASE_NAME + ".json";
    private final PathMatrixResult matrix;
    private final ReportLanguage language;

    /** The matrix in English. */
    public PathMatrixReport(PathMatrixResult matrix) {
        this(matrix, ReportLanguage.EN);
    }

    /**
     * The matrix in {@code language}: page, cells (the verdicts and hops too) and Markdown; the JSON is for tools
     * and stays as it is in every language.
     */
    public PathMatrixReport(PathMatrixResult matrix, ReportLanguage language) {
        this.matrix = matrix;
        this.language = language;
    }

    private Map<String, Verdict> verdicts(PathResult r) {
        return PathVerdicts.of(matrix, r);
    }

    /** "TLS pass · networks FAIL · time pass · 2.1 s" (« TLS conforme · réseaux NON CONFORME · … » in French). */
    public String label(PathResult r) {
        StringBuilder out = new StringBuilder();
        verdicts(r).forEach((id, v) -> out.append(language.text("path.short." + id)).append(' ')
                .append(language.text("path.word." + v.outcome().label())).append(" · "));
        return out.append(String.format(Locale.ROOT, "%.1f s", r.secondsToArrival())).toString();
    }

    private String cssClass(PathResult r) {
        return switch (PathVerdicts.worst(List.copyOf(verdicts(r).values()))) {
            case PASSED -> "pass";
            case FAILED -> "fail";
            case BROKEN, SKIPPED -> "broken";
        };
    }

    /** The pairs with at least one failed @must requirement (PATH-01, PATH-02). */
    public List<PathResult> mustFailures() {
        return matrix.results().stream().filter(r -> verdicts(r).entrySet().stream()
                .anyMatch(e -> !e.getKey().equals("PATH-03") && e.getValue().outcome() == Outcome.FAILED)).toList();
    }

    public boolean anyFailed() {
        return matrix.results().stream().anyMatch(r -> verdicts(r).values().stream()
                .anyMatch(v -> v.outcome() == Outcome.FAILED));
    }

    public boolean anyBroken() {
        return matrix.results().stream().anyMatch(r -> verdicts(r).values().stream()
                .anyMatch(v -> v.outcome() == Outcome.BROKEN));
    }

    public String html() {
        var l = language;
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(l.tag())
                .append("\"><head><meta charset=\"utf-8\"><title>mta-interop: ").append(escape(l.text("path.title")))
                .append("</title>\n").append("""
                <style>
                body{font-family:sans-serif;margin:2em;color:#222}
                table{border-collapse:collapse}
                th,td{border:1px solid #999;padding:.6em 1em;text-align:center;vertical-align:top}
                th.corner{font-weight:normal;color:#555}
                td.pass{background:#c8f0c8} td.broken{background:#ffe2a8} td.fail{background:#f6b8b8}
                td .hops{display:block;font-size:.75em;color:#444;text-align:left;white-space:pre-line}
                </style></head><body>
                """).append("<h1>").append(escape(l.text("path.heading"))).append("</h1>\n<p>")
                .append(escape(l.text("path.intro"))).append("</p>\n")
                .append("<table id=\"path-matrix\"><thead><tr><th class=\"corner\">")
                .append(escape(l.text("pairs.corner"))).append("</th>");
        matrix.operators().forEach(r -> h.append("<th scope=\"col\">").append(escape(r)).append("</th>"));
        h.append("</tr></thead><tbody>\n");
        String untested = "<td class=\"cell untested\">" + escape(l.text("pairs.notTested")) + "</td>";
        for (String s : matrix.operators()) {
            h.append("<tr><th scope=\"row\">").append(escape(s)).append("</th>");
            for (String r : matrix.operators()) {
                matrix.cell(s, r).ifPresentOrElse(c -> {
                    String title = String.join("\n", verdicts(c).values().stream().map(v -> v.message(l)).toList());
                    h.append("<td class=\"cell ").append(cssClass(c)).append("\" data-sender=\"").append(escape(s))
                            .append("\" data-receiver=\"").append(escape(r)).append("\" title=\"").append(escape(title))
                            .append("\"><span class=\"label\">").append(escape(label(c))).append("</span>")
                            .append("<span class=\"hops\">").append(escape(c.chain().map(ch -> ch.described().render(l))
                                    .orElseGet(() -> c.notDelivered().render(l)))).append("</span></td>");
                }, () -> h.append(untested));
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n<p>").append(escape(l.text("path.footer").formatted(matrix.results().size(),
                mustFailures().size(), matrix.wallTime().toSeconds()))).append("</p>\n</body></html>\n");
        return h.toString();
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("| ").append(language.text("pairs.corner")).append(" |");
        matrix.operators().forEach(r -> md.append(' ').append(r).append(" |"));
        md.append("\n|---|");
        matrix.operators().forEach(r -> md.append("---|"));
        md.append('\n');
        for (String s : matrix.operators()) {
            md.append("| ").append(s).append(" |");
            for (String r : matrix.operators()) {
                md.append(' ').append(matrix.cell(s, r).map(this::label).orElse(language.text("pairs.notTested")))
                        .append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("requirements", List.of("PATH-01", "PATH-02", "PATH-03"));
        root.put("operators", matrix.operators());
        root.put("wallTimeSeconds", matrix.wallTime().toMillis() / 1000.0);
        root.put("pairs", matrix.results().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sender", r.sender());
            m.put("receiver", r.receiver());
            m.put("messageId", r.message().messageId());
            m.put("submitted", r.submission().succeeded());
            m.put("submission", r.submission().outcome());
            m.put("delivered", r.delivered());
            m.put("mailbox", r.mailbox().map(SessionFacts::outcome).orElse(null));
            m.put("seconds", Math.round(r.secondsToArrival() * 100) / 100.0);
            m.put("statedSeconds", r.statedTime().toSeconds());
            m.put("afterReading", r.deletion());
            m.put("hops", r.chain().map(c -> c.hops().stream().map(PathMatrixReport::hop).toList()).orElse(List.of()));
            Map<String, Object> requirements = new LinkedHashMap<>();
            verdicts(r).forEach((id, v) -> requirements.put(id, Map.of("status", v.outcome().label(),
                    "message", v.message())));
            m.put("verdicts", requirements);
            return m;
        }).toList());
        return TableRenderings.indentedJson(root);
    }

    private static Map<String, Object> hop(ReceivedHop h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", h.index());
        m.put("transport", h.transport().name().toLowerCase(Locale.ROOT));
        m.put("from", h.fromName().orElse(null));
        m.put("fromAddress", h.fromAddress().orElse(null));
        m.put("by", h.byName().orElse(null));
        m.put("with", h.protocol().orElse(null));
        m.put("tlsVersion", h.tlsVersion().orElse(null));
        m.put("cipher", h.cipher().orElse(null));
        m.put("date", h.date().map(Object::toString).orElse(null));
        m.put("problem", h.problem().isEmpty() ? null : h.problem());
        m.put("text", h.describe());
        return m;
    }

    /** Writes path-matrix.html, .md and .json into {@code dir}; returns their paths. */
    public List<Path> write(Path dir) throws IOException {
        return new TableRenderings(html(), markdown(), json()).write(dir, BASE_NAME);
    }

    /** One Allure result "Path matrix" carrying the three renderings, failed when any pair fails a requirement. */
    public void attachToAllure(Path allureResults) {
        AllureRenderings.write(allureResults, language.text("path.allure"), "path-matrix", !anyFailed(), html(),
                markdown(), json());
    }
}
