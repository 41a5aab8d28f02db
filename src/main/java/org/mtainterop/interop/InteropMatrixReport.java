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

    public InteropMatrixReport(InteropMatrixResult matrix) {
        this.matrix = matrix;
    }

    /** The cell's label: "TLSv1.3 · verified · 1.4 s", or "not delivered · receiver at fault · 30 s". */
    public static String label(InteropResult r) {
        String time = String.format(Locale.ROOT, "%.1f s", r.seconds());
        if (!r.delivered()) {
            return "not delivered · " + r.faultSide().name().toLowerCase(Locale.ROOT) + " at fault · " + time;
        }
        return r.tlsVersion().orElse("plaintext") + " · " + (r.verified() ? "verified" : "not verified") + " · " + time;
    }

    private static String cssClass(InteropResult r) {
        return r.meetsInterop01() ? "pass" : r.delivered() ? "warn" : "fail";
    }

    public String html() {
        StringBuilder h = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>mta-interop: interop matrix</title>
                <style>
                body{font-family:sans-serif;margin:2em;color:#222}
                table{border-collapse:collapse}
                th,td{border:1px solid #999;padding:.6em 1em;text-align:center}
                th.corner{font-weight:normal;color:#555}
                td.pass{background:#c8f0c8} td.warn{background:#ffe2a8} td.fail{background:#f6b8b8}
                td .cipher{display:block;font-size:.75em;color:#444}
                </style></head><body>
                <h1>Interop matrix: reference MTAs</h1>
                <p>INTEROP-01: each pair delivers over verified TLS 1.2+. Rows send, columns receive; every sender
                relays under OUTBOUND_POLICY=verify. Time: from injection into the sender to the first read of the
                receiver's mailbox that found the message (an upper bound: messages are injected together and
                mailboxes read in rounds of about half a second).</p>
                <table id="interop-matrix"><thead><tr><th class="corner">sender ↓ / receiver →</th>""");
        matrix.receivers().forEach(r -> h.append("<th scope=\"col\">").append(escape(r)).append("</th>"));
        h.append("</tr></thead><tbody>\n");
        for (String s : matrix.senders()) {
            h.append("<tr><th scope=\"row\">").append(escape(s)).append("</th>");
            for (String r : matrix.receivers()) {
                matrix.cell(s, r).ifPresentOrElse(c -> h.append("<td class=\"cell ").append(cssClass(c))
                                .append("\" data-sender=\"").append(escape(s)).append("\" data-receiver=\"")
                                .append(escape(r)).append("\" title=\"").append(escape(c.verdict())).append("\">")
                                .append("<span class=\"label\">").append(escape(label(c))).append("</span>")
                                .append("<span class=\"cipher\">").append(escape(c.cipher().orElse(""))).append("</span></td>"),
                        () -> h.append("<td class=\"cell untested\">not tested</td>"));
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n<p>").append(matrix.results().size()).append(" pairs, ")
                .append(matrix.failures().size()).append(" failing; whole run (containers included) ")
                .append(matrix.wallTime().toSeconds()).append(" s.</p>\n</body></html>\n");
        return h.toString();
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("| sender ↓ / receiver → |");
        matrix.receivers().forEach(r -> md.append(' ').append(r).append(" |"));
        md.append("\n|---|");
        matrix.receivers().forEach(r -> md.append("---|"));
        md.append('\n');
        for (String s : matrix.senders()) {
            md.append("| ").append(s).append(" |");
            for (String r : matrix.receivers()) {
                String cell = matrix.cell(s, r).map(c -> (c.meetsInterop01() ? "" : "**FAIL** ") + label(c))
                        .orElse("not tested");
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
        AllureRenderings.write(allureResults, "Interop matrix (INTEROP-01)", "interop-matrix", matrix.failures().isEmpty(),
                html(), markdown(), json());
    }
}
