package org.mtainterop.path;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.cli.MtaInteropCommand;

/**
 * The {@code path} command against the test bed ({@link PathTestBed}): four operators in containers, 16 pairs, one
 * message each. Golden: a ↔ b and every operator to itself pass PATH-01..03; c's relay hop is cleartext (PATH-01 fails
 * naming it); u's relay lies outside u's declared networks (PATH-02 fails naming its addresses); exit 1; the
 * messages are deleted; no output file and no console line holds a password.
 */
class PathContainerTest {
    @TempDir
    static Path dir;
    private static PathTestBed bed;
    private static int exitCode;
    private static String console;
    private static JsonNode matrix;
    private static Path reports;

    @BeforeAll
    static void runThePaths() throws IOException {
        PathTestBed.assumeAvailable();
        long start = System.nanoTime();
        bed = PathTestBed.start();
        System.out.printf("path test bed: %d ms to start 10 containers%n", (System.nanoTime() - start) / 1_000_000);
        Path operators = bed.writeOperatorsFile(dir);
        reports = dir.resolve("reports");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        start = System.nanoTime();
        exitCode = MtaInteropCommand.execute(new String[] {"path", "--operators", operators.toString(),
            "--deliver-within", "60", "--timeout", "60", "--report-dir", reports.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        console = out + err.toString();
        System.out.println(console);
        System.out.printf("path: %d ms for 16 pairs (CLI)%n", (System.nanoTime() - start) / 1_000_000);
        matrix = new ObjectMapper().readTree(reports.resolve("path-matrix.json").toFile());
        if (!console.contains("16 pairs")) {
            System.out.println(bed.logs(""));
        } else if (console.contains("not in the mailbox")) {
            System.out.println(bed.logs("relay") + bed.logs("postfix"));
        }
    }

    @AfterAll
    static void stop() {
        if (bed != null) {
            bed.close();
        }
    }

    private static JsonNode pair(String sender, String receiver) {
        for (JsonNode p : matrix.get("pairs")) {
            if (p.get("sender").asText().equals(sender) && p.get("receiver").asText().equals(receiver)) {
                return p;
            }
        }
        throw new AssertionError("no pair " + sender + " → " + receiver + " in " + matrix);
    }

    private static String status(String sender, String receiver, String id) {
        return pair(sender, receiver).get("verdicts").get(id).get("status").asText();
    }

    private static String message(String sender, String receiver, String id) {
        return pair(sender, receiver).get("verdicts").get(id).get("message").asText();
    }

    @Test
    void compliantPairsPassAllThree() {
        for (String[] p : new String[][] {{"a", "b"}, {"b", "a"}, {"a", "a"}, {"b", "b"}, {"c", "c"}, {"u", "u"},
            {"a", "c"}, {"b", "u"}}) {
            for (String id : List.of("PATH-01", "PATH-02", "PATH-03")) {
                assertThat(status(p[0], p[1], id)).as(p[0] + " → " + p[1] + " " + id + ": "
                        + message(p[0], p[1], id)).isEqualTo("passed");
            }
        }
        JsonNode hops = pair("a", "b").get("hops");
        assertThat(hops).hasSize(3);
        assertThat(hops.get(0).get("with").asText()).isEqualTo("ESMTPSA");
        assertThat(hops.get(1).get("with").asText()).isEqualTo("ESMTPS");
        assertThat(hops.get(2).get("with").asText()).isEqualTo("LMTPS");
        assertThat(hops.get(1).get("tlsVersion").asText()).isEqualTo("TLSv1.3");
        assertThat(message("a", "b", "PATH-01")).contains("all 3 network hop(s) used TLS");
    }

    @Test
    void aCleartextRelayHopFailsPath01NamingIt() {
        for (String receiver : List.of("a", "b", "u")) {
            assertThat(status("c", receiver, "PATH-01")).isEqualTo("failed");
            assertThat(message("c", receiver, "PATH-01")).contains("1 hop(s) without TLS")
                    .contains("mx.c.test [" + bed.address("postfix-c", "c") + "] → relay.c.test with ESMTP, no TLS");
            assertThat(status("c", receiver, "PATH-02")).isEqualTo("passed");
        }
    }

    @Test
    void anUndeclaredRelayFailsPath02NamingTheAddresses() {
        for (String receiver : List.of("a", "b", "c")) {
            assertThat(status("u", receiver, "PATH-02")).isEqualTo("failed");
            assertThat(message("u", receiver, "PATH-02")).contains(bed.address("relay-u", "exchange"))
                    .contains(bed.address("postfix-u", "outsourced"));
            assertThat(status("u", receiver, "PATH-01")).isEqualTo("passed");
        }
    }

    @Test
    void exitCodeAndRenderings() throws IOException {
        assertThat(exitCode).as(console).isEqualTo(1);
        assertThat(matrix.get("pairs")).hasSize(16);
        assertThat(reports.resolve("path-matrix.html")).content().contains("id=\"path-matrix\"");
        assertThat(reports.resolve("path-matrix.md")).content().contains("| sender ↓ / receiver → | a | b | c | u |");
        try (Stream<Path> files = Files.list(reports.resolve("allure-results"))) {
            assertThat(files.filter(p -> p.toString().endsWith("-result.json")).count()).isEqualTo(4); // 3 + matrix
        }
    }

    @Test
    void chromiumRendersTheRealMatrix() throws Exception {
        org.mtainterop.report.HeadlessChromium.requireInstalled();
        String dom = org.mtainterop.report.HeadlessChromium.open(dir, reports.resolve("path-matrix.html"), "--dump-dom");
        java.util.regex.Matcher cells = java.util.regex.Pattern.compile("<td class=\"cell (pass|broken|fail)\"[^>]*>",
                java.util.regex.Pattern.DOTALL).matcher(dom);
        List<String> classes = new ArrayList<>();
        while (cells.find()) {
            classes.add(cells.group(1));
        }
        assertThat(classes).hasSize(16);
        assertThat(classes.stream().filter("fail"::equals).count()).isEqualTo(6); // c → a, b, u and u → a, b, c
        assertThat(classes.stream().filter("pass"::equals).count()).isEqualTo(10);
    }

    @Test
    void everyMessageWasDeletedAfterReading() {
        for (String o : PathTestBed.OPERATORS) {
            assertThat(bed.mailbox(o)).doesNotContain(PathMessage.TAG_HEADER);
        }
        matrix.get("pairs").forEach(p -> assertThat(p.get("afterReading").asText()).as(p.toString())
                .startsWith("deleted (UID EXPUNGE"));
    }

    @Test
    void noOutputFileNorTheConsoleHoldsAPassword() throws IOException {
        List<String> secrets = new ArrayList<>();
        for (String o : PathTestBed.OPERATORS) {
            String pw = bed.password(o);
            secrets.add(pw);
            secrets.add(Base64.getEncoder().encodeToString(pw.getBytes(StandardCharsets.UTF_8)));
            secrets.add(Base64.getEncoder().encodeToString(("\0test\0" + pw).getBytes(StandardCharsets.UTF_8)));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(reports)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSizeGreaterThan(5);
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String s : secrets) {
                assertThat(text).as(f.toString()).doesNotContain(s);
            }
        }
        secrets.forEach(s -> assertThat(console).doesNotContain(s));
        // the transcripts are there, redacted
        String allure = files.stream().filter(f -> f.toString().contains("attachment")).map(f -> {
            try {
                return Files.readString(f);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).reduce("", String::concat);
        assertThat(allure).contains("AUTH PLAIN <redacted>").contains("LOGIN <redacted>");
    }
}
