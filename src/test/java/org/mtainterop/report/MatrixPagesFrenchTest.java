package org.mtainterop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.interop.CannedInteropMatrix;
import org.mtainterop.interop.InteropMatrixReport;
import org.mtainterop.path.CannedPathMatrix;
import org.mtainterop.path.PathMatrixReport;

/**
 * The interop and path matrices of a French run (canned facts, no Docker): page, cells, cell titles and Markdown in
 * French, no English word of the harness's own left once the facts are taken out; headless Chromium (started once for
 * the class) renders both pages; the English pages are byte for byte what they were before the pages had a language
 * (src/test/resources/.../matrix-pages, written by the code before the change).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatrixPagesFrenchTest {
    private Path dir;

    private final InteropMatrixReport interopFr = new InteropMatrixReport(CannedInteropMatrix.withOneFailure(), ReportLanguage.FR);
    private final PathMatrixReport pathFr = new PathMatrixReport(CannedPathMatrix.mixed(), ReportLanguage.FR);
    private String dom;

    @BeforeAll
    void renderBothPagesInOneChromium(@TempDir Path scratch) throws Exception {
        dir = scratch;
        if (!Files.isExecutable(HeadlessChromium.CHROMIUM)) {
            return; // the Chromium test says so (skipped, or failed under CI)
        }
        interopFr.write(dir);
        pathFr.write(dir);
        // Test-only frame: both pages side by side; once loaded, each page's body, language, title and computed cell
        // colours are copied into this document, which Chromium prints.
        Path frame = dir.resolve("both.html");
        Files.writeString(frame, """
                <!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
                <iframe id="interop" src="interop-matrix.html"></iframe><iframe id="path" src="path-matrix.html"></iframe>
                <section id="copy-interop"></section><section id="copy-path"></section>
                <script>
                window.addEventListener('load', function () {
                  ['interop', 'path'].forEach(function (id) {
                    var d = document.getElementById(id).contentDocument;
                    d.querySelectorAll('td.cell').forEach(function (td) {
                      td.setAttribute('data-computed', getComputedStyle(td).backgroundColor);
                      td.setAttribute('data-text', td.innerText);
                    });
                    var copy = document.getElementById('copy-' + id);
                    copy.setAttribute('data-lang', d.documentElement.lang);
                    copy.setAttribute('data-title', d.title);
                    copy.innerHTML = d.body.innerHTML;
                  });
                });
                </script></body></html>
                """, StandardCharsets.UTF_8);
        dom = HeadlessChromium.open(dir, frame, "--allow-file-access-from-files", "--virtual-time-budget=5000",
                "--dump-dom");
    }

    @Test
    void theEnglishPagesAreAsBefore() throws IOException {
        InteropMatrixReport interop = new InteropMatrixReport(CannedInteropMatrix.withOneFailure());
        PathMatrixReport path = new PathMatrixReport(CannedPathMatrix.mixed());
        assertThat(interop.html()).isEqualTo(before("interop-en.html"));
        assertThat(interop.markdown()).isEqualTo(before("interop-en.md"));
        assertThat(interop.json()).isEqualTo(before("interop-en.json"));
        assertThat(path.html()).isEqualTo(before("path-en.html"));
        assertThat(path.markdown()).isEqualTo(before("path-en.md"));
    }

    @Test
    void theFrenchPagesSayItInFrench() {
        assertThat(interopFr.html()).contains("<html lang=\"fr\">", "<title>mta-interop: matrice d'interopérabilité</title>",
                "Matrice d'interopérabilité : MTA de référence", "expéditeur ↓ / destinataire →",
                "9 paires, 1 en échec ; exécution complète (conteneurs compris) 14 s.",
                "TLSv1.3 · vérifié · 0.4 s", "non remis · destinataire en cause · 30.0 s",
                "title=\"exim → opensmtpd : non remis");
        assertThat(interopFr.markdown()).startsWith("| expéditeur ↓ / destinataire → | postfix | exim | opensmtpd |")
                .contains("**ÉCHEC** non remis · destinataire en cause · 30.0 s");
        assertThat(pathFr.html()).contains("<html lang=\"fr\">", "Matrice des chemins : de bout en bout entre opérateurs",
                "TLS NON CONFORME · réseaux conforme · délai conforme · 3.0 s",
                "saut 2 : mx.a.test [10.9.0.1] → mx.b.test avec ESMTP, sans TLS",
                "non lu chez b (imap.b.test:143) : absent de la boîte après 90 s",
                "4 paires, 2 en échec sur PATH-01 ou PATH-02 (obligatoires) ; exécution complète 70 s.");
        assertThat(pathFr.markdown()).contains("| b | TLS NON CONFORME · réseaux conforme · délai conforme · 3.0 s | "
                + "TLS non testé · réseaux non testé · délai NON CONFORME · 90.0 s |");
        assertThat(interopFr.json()).isEqualTo(new InteropMatrixReport(CannedInteropMatrix.withOneFailure()).json());
    }

    @Test
    void noEnglishWordOfTheHarnessIsLeftInTheFrenchPages() {
        for (String page : List.of(interopFr.html(), interopFr.markdown(), pathFr.html(), pathFr.markdown())) {
            String text = page.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]*>", " ")
                    .replaceAll("title=\"", " ").replace("&quot;", "\"")
                    // the sending MTA's queue and log, quoted as the interop evidence
                    .replaceAll("queue: [^\"<]*Error", " ");
            assertThat(EnglishLeftovers.in(text)).as(text).isEmpty();
        }
        String titles = String.join("\n", Pattern.compile("title=\"([^\"]*)\"").matcher(pathFr.html()).results()
                .map(m -> m.group(1)).toList());
        assertThat(titles).contains("a → b : ").doesNotContain("Could not test");
        assertThat(EnglishLeftovers.in(titles)).as(titles).isEmpty();
    }

    @Test
    void theFrenchMatricesGoToAllureUnderFrenchNames() throws IOException {
        Path results = dir.resolve("allure-results");
        interopFr.attachToAllure(results);
        pathFr.attachToAllure(results);
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(results)) {
            for (Path p : files.filter(p -> p.toString().endsWith("-result.json")).toList()) {
                all.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertThat(all).contains("\"name\":\"Matrice d'interopérabilité (INTEROP-01)", "\"name\":\"Matrice des chemins (PATH-01..03)");
    }

    @Test
    void chromiumRendersTheFrenchCells() {
        HeadlessChromium.requireInstalled();
        assertThat(dom).contains("id=\"copy-interop\" data-lang=\"fr\" data-title=\"mta-interop: matrice d'interopérabilité\"",
                "id=\"copy-path\" data-lang=\"fr\" data-title=\"mta-interop: matrice des chemins\"");
        List<String> interop = cells(section("copy-interop"), "pass|warn|fail");
        assertThat(interop).hasSize(9);
        assertThat(interop).filteredOn(c -> c.contains("data-computed=\"rgb(200, 240, 200)\"")
                && c.contains("data-text=\"TLSv1.3 · vérifié · ")).hasSize(8);
        assertThat(interop).filteredOn(c -> c.contains("class=\"cell fail\"")).singleElement().asString()
                .contains("data-sender=\"exim\"", "data-receiver=\"opensmtpd\"", "data-computed=\"rgb(246, 184, 184)\"",
                        "non remis · destinataire en cause · 30.0 s");
        List<String> path = cells(section("copy-path"), "pass|broken|fail");
        assertThat(path).hasSize(4);
        assertThat(path).filteredOn(c -> c.contains("data-sender=\"b\"") && c.contains("data-receiver=\"a\""))
                .singleElement().asString().contains("data-computed=\"rgb(246, 184, 184)\"", "TLS NON CONFORME",
                        "avec ESMTP, sans TLS");
        assertThat(path).filteredOn(c -> c.contains("data-sender=\"b\"") && c.contains("data-receiver=\"b\""))
                .singleElement().asString().contains("absent de la boîte après 90 s");
        assertThat(EnglishLeftovers.in(String.join("\n", Pattern.compile("data-text=\"([^\"]*)\"").matcher(dom).results()
                .map(m -> m.group(1)).toList()))).isEmpty();
    }

    private String section(String id) {
        Matcher m = Pattern.compile("<section id=\"" + id + "\"(.*?)</section>", Pattern.DOTALL).matcher(dom);
        assertThat(m.find()).as(id + " copied from its frame").isTrue();
        return m.group(1);
    }

    private static List<String> cells(String html, String classes) {
        Matcher m = Pattern.compile("<td class=\"cell (" + classes + ")\"[^>]*>.*?</td>", Pattern.DOTALL).matcher(html);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static String before(String name) throws IOException {
        try (InputStream in = MatrixPagesFrenchTest.class.getResourceAsStream("matrix-pages/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
