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
    private static final Map<String, String> SHORT = Map.of("PATH-01", "TLS", "PATH-02", "networks", "PATH-03", "time");
    private final PathMatrixResult matrix;

    public PathMatrixReport(PathMatrixResult matrix) {
        this.matrix = matrix;
    }

    private Map<String, Verdict> verdicts(PathResult r) {
        return PathVerdicts.of(matrix, r);
    }

    /** "TLS pass · networks FAIL · time pass · 2.1 s". */
    public String label(PathResult r) {
        StringBuilder out = new StringBuilder();
        verdicts(r).forEach((id, v) -> out.append(SHORT.get(id)).append(' ').append(word(v.outcome())).append(" · "));
        return out.append(String.format(Locale.ROOT, "%.1f s", r.secondsToArrival())).toString();
    }

    private static String word(Outcome o) {
        return switch (o) {
            case PASSED -> "pass";
            case FAILED -> "FAIL";
            case BROKEN -> "not tested";
            case SKIPPED -> "skip";
        };
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
        StringBuilder h = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>mta-interop: path matrix</title>
                <style>
                body{font-family:sans-serif;margin:2em;color:#222}
                table{border-collapse:collapse}
                th,td{border:1px solid #999;padding:.6em 1em;text-align:center;vertical-align:top}
                th.corner{font-weight:normal;color:#555}
                td.pass{background:#c8f0c8} td.broken{background:#ffe2a8} td.fail{background:#f6b8b8}
                td .hops{display:block;font-size:.75em;color:#444;text-align:left;white-space:pre-line}
                </style></head><body>
                <h1>Path matrix: end to end across operators</h1>
                <p>Rows send (a message from the operator's test mailbox through its submission service), columns
                receive (read from the operator's test mailbox over IMAP). PATH-01: every hop used TLS; PATH-02: every
                hop's address lies in the networks the operators declare; PATH-03: delivered within the stated time
                (from the sender's acceptance to the first search of the mailbox that found it).</p>
                <table id="path-matrix"><thead><tr><th class="corner">sender ↓ / receiver →</th>""");
        matrix.operators().forEach(r -> h.append("<th scope=\"col\">").append(escape(r)).append("</th>"));
        h.append("</tr></thead><tbody>\n");
        for (String s : matrix.operators()) {
            h.append("<tr><th scope=\"row\">").append(escape(s)).append("</th>");
            for (String r : matrix.operators()) {
                matrix.cell(s, r).ifPresentOrElse(c -> {
                    String title = String.join("\n", verdicts(c).values().stream().map(Verdict::message).toList());
                    h.append("<td class=\"cell ").append(cssClass(c)).append("\" data-sender=\"").append(escape(s))
                            .append("\" data-receiver=\"").append(escape(r)).append("\" title=\"").append(escape(title))
                            .append("\"><span class=\"label\">").append(escape(label(c))).append("</span>")
                            .append("<span class=\"hops\">").append(escape(c.chain().map(ReceivedChain::describe)
                                    .orElse(c.notDeliveredReason()))).append("</span></td>");
                }, () -> h.append("<td class=\"cell untested\">not tested</td>"));
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n<p>").append(matrix.results().size()).append(" pairs, ")
                .append(mustFailures().size()).append(" failing PATH-01 or PATH-02 (must); whole run ")
                .append(matrix.wallTime().toSeconds()).append(" s.</p>\n</body></html>\n");
        return h.toString();
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("| sender ↓ / receiver → |");
        matrix.operators().forEach(r -> md.append(' ').append(r).append(" |"));
        md.append("\n|---|");
        matrix.operators().forEach(r -> md.append("---|"));
        md.append('\n');
        for (String s : matrix.operators()) {
            md.append("| ").append(s).append(" |");
            for (String r : matrix.operators()) {
                md.append(' ').append(matrix.cell(s, r).map(this::label).orElse("not tested")).append(" |");
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
        AllureRenderings.write(allureResults, "Path matrix (PATH-01..03)", "path-matrix", !anyFailed(), html(),
                markdown(), json());
    }
}
