package org.mtainterop.interop;

import static org.mtainterop.report.HtmlText.escape;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mtainterop.policy.interop.VerifiedInteropDeliveryCheck;
import org.mtainterop.report.AllureRenderings;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.report.TableRenderings;

/**
 * Renders an interop matrix (senders as rows, receivers as columns) as HTML, Markdown and JSON, and attaches it to
 * the Allure results. Rendering only: the facts and their judgement come from {@link InteropMatrixResult} and
 * {@link VerifiedInteropDeliveryCheck}.
 */
public final class InteropMatrixReport {
    private static final String BASE_NAME = "interop-matrix";
    public static final String HTML = BASE_NAME + ".html";
    public static final String MARKDOWN = BASE_NAME + ".md";
    public static final String JSON = BASE_NAME + ".json";
    private final InteropMatrixResult matrix;
    private final ReportLanguage language;

    /** The matrix in English. */
    public InteropMatrixReport(InteropMatrixResult matrix) {
        this(matrix, ReportLanguage.EN);
    }

    /**
     * The matrix in {@code language}: page, cells and Markdown ({@code messages/reports*.properties}, the pair lines
     * in the verdict texts); the JSON is for tools and stays as it is in every language.
     */
    public InteropMatrixReport(InteropMatrixResult matrix, ReportLanguage language) {
        this.matrix = matrix;
        this.language = language;
    }

    /** The cell's label: "TLSv1.3 · verified · 1.4 s", or "not delivered · receiver at fault · 30 s". */
    public static String label(InteropResult r) {
        return label(r, ReportLanguage.EN);
    }

    /** The cell's label in {@code language}: « TLSv1.3 · vérifiée · 1.4 s ». */
    public static String label(InteropResult r, ReportLanguage language) {
        String time = String.format(Locale.ROOT, "%.1f s", r.seconds());
        if (!r.delivered()) {
            return language.text("interop.label.notDelivered")
                    .formatted(language.text("interop.fault." + r.faultSide().name().toLowerCase(Locale.ROOT)), time);
        }
        return language.text("interop.label.delivered").formatted(r.tlsVersion().orElse(language.text("interop.plaintext")),
                language.text(r.verified() ? "interop.verified" : "interop.notVerified"), time);
    }

    private static String cssClass(InteropResult r) {
        return r.meetsInterop01() ? "pass" : r.delivered() ? "warn" : "fail";
    }

    public String html() {
        var l = language;
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(l.tag())
                .append("\"><head><meta charset=\"utf-8\"><title>mta-interop: ").append(escape(l.text("interop.title")))
                .append("</title>\n").append("""
                <style>
                body{font-family:sans-serif;margin:2em;color:#222}
                table{border-collapse:collapse}
                th,td{border:1px solid #999;padding:.6em 1em;text-align:center}
                th.corner{font-weight:normal;color:#555}
                td.pass{background:#c8f0c8} td.warn{background:#ffe2a8} td.fail{background:#f6b8b8}
                td .cipher{display:block;font-size:.75em;color:#444}
                </style></head><body>
                """).append("<h1>").append(escape(l.text("interop.heading"))).append("</h1>\n<p>")
                .append(escape(l.text("interop.intro"))).append("</p>\n")
                .append("<table id=\"interop-matrix\"><thead><tr><th class=\"corner\">")
                .append(escape(l.text("pairs.corner"))).append("</th>");
        matrix.receivers().forEach(r -> h.append("<th scope=\"col\">").append(escape(r)).append("</th>"));
        h.append("</tr></thead><tbody>\n");
        String untested = "<td class=\"cell untested\">" + escape(l.text("pairs.notTested")) + "</td>";
        for (String s : matrix.senders()) {
            h.append("<tr><th scope=\"row\">").append(escape(s)).append("</th>");
            for (String r : matrix.receivers()) {
                matrix.cell(s, r).ifPresentOrElse(c -> h.append("<td class=\"cell ").append(cssClass(c))
                                .append("\" data-sender=\"").append(escape(s)).append("\" data-receiver=\"")
                                .append(escape(r)).append("\" title=\"").append(escape(c.described().render(l)))
                                .append("\">").append("<span class=\"label\">").append(escape(label(c, l))).append("</span>")
                                .append("<span class=\"cipher\">").append(escape(c.cipher().orElse(""))).append("</span></td>"),
                        () -> h.append(untested));
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n<p>").append(escape(l.text("interop.footer").formatted(matrix.results().size(),
                matrix.failures().size(), matrix.wallTime().toSeconds()))).append("</p>\n</body></html>\n");
        return h.toString();
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("| ").append(language.text("pairs.corner")).append(" |");
        matrix.receivers().forEach(r -> md.append(' ').append(r).append(" |"));
        md.append("\n|---|");
        matrix.receivers().forEach(r -> md.append("---|"));
        md.append('\n');
        for (String s : matrix.senders()) {
            md.append("| ").append(s).append(" |");
            for (String r : matrix.receivers()) {
                String cell = matrix.cell(s, r).map(c -> (c.meetsInterop01() ? "" : language.text("interop.failMark"))
                        + label(c, language)).orElse(language.text("pairs.notTested"));
                md.append(' ').append(cell).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("requirement", VerifiedInteropDeliveryCheck.ID);
        root.put("senders", matrix.senders());
        root.put("receivers", matrix.receivers());
        root.put("wallTimeSeconds", matrix.wallTime().toMillis() / 1000.0);
        root.put("pairs", matrix.results().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sender", r.sender());
            m.put("receiver", r.receiver());
            m.put("delivered", r.delivered());
            m.put("seconds", Math.round(r.seconds() * 100) / 100.0);
            m.put("tlsVersion", r.tlsVersion().orElse(null));
            m.put("cipher", r.cipher().orElse(null));
            m.put("verified", r.verified());
            m.put("faultSide", r.faultSide().name().toLowerCase(Locale.ROOT));
            m.put("status", r.meetsInterop01() ? "passed" : "failed");
            m.put("evidence", r.evidence());
            return m;
        }).toList());
        return TableRenderings.indentedJson(root);
    }

    /** Writes interop-matrix.html, .md and .json into {@code dir}; returns their paths. */
    public List<Path> write(Path dir) throws IOException {
        return new TableRenderings(html(), markdown(), json()).write(dir, BASE_NAME);
    }

    /** One Allure result "Interop matrix" carrying the three renderings, failed when any pair fails INTEROP-01. */
    public void attachToAllure(Path allureResults) {
        AllureRenderings.write(allureResults, language.text("interop.allure"), "interop-matrix", matrix.failures().isEmpty(),
                html(), markdown(), json());
    }
}
