package org.mtainterop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clients}: usage errors exit 2 before anything starts; Angus Mail alone runs without Docker and writes the reports. */
class ClientsCommandTest {
    @TempDir
    Path reports;

    private int run(StringWriter out, StringWriter err, String... args) {
        return MtaInteropCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void anUnknownClientIsAUsageErrorNamingTheKnownOnes() {
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "clients", "--client", "outlook")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown client 'outlook'").contains("curl").contains("angus-mail");
    }

    @Test
    void anUnknownProtocolOrCaseIsAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "clients", "--protocol", "nntp")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown access protocol 'nntp'");
        StringWriter err2 = new StringWriter();
        assertThat(run(new StringWriter(), err2, "clients", "--case", "rot13")).isEqualTo(2);
        assertThat(err2.toString()).contains("unknown survey case 'rot13'").contains("response-injection");
    }

    @Test
    void angusMailOverPop3RunsWithoutDockerAndWritesTheSurvey() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "clients", "--client", "angus-mail", "--protocol", "pop3", "--report-dir",
                reports.toString());
        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("| angus-mail · pop3 | works | works | safe |")
                .contains("12 cells (1 program × protocol rows, 12 cases)");
        assertThat(reports.resolve("client-survey.html")).isNotEmptyFile();
        assertThat(Files.readString(reports.resolve("client-survey.json"))).contains("\"client\" : \"angus-mail\"")
                .doesNotContain("\"client\" : \"curl\"");
        try (var files = Files.list(reports.resolve("allure-results"))) {
            assertThat(files.filter(p -> p.toString().endsWith("-result.json")).count()).isEqualTo(13); // 12 + the table
        }
    }

    /** {@code --lang fr}: the French edition of the survey judges the same cells, its scenarios and verdicts in French. */
    @Test
    void theFrenchEditionJudgesTheSameCellsInFrench() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "clients", "--client", "angus-mail", "--protocol", "pop3", "--case", "expired-cert",
                "--lang", "fr", "--report-dir", reports.toString());
        assertThat(code).as(out + "\n" + err).isZero();
        List<String> results = new ArrayList<>();
        try (var files = Files.list(reports.resolve("allure-results"))) {
            for (Path p : files.filter(p -> p.toString().endsWith("-result.json")).toList()) {
                results.add(Files.readString(p));
            }
        }
        assertThat(results).anySatisfy(r -> assertThat(r)
                .contains("angus-mail en pop3 renonce face à un serveur qui présente un certificat expiré")
                .contains("\"status\":\"passed\""));
        assertThat(results).anySatisfy(r -> assertThat(r)
                .contains("angus-mail en pop3 fonctionne avec un serveur qui est conforme"));
        StringBuilder everything = new StringBuilder();
        try (var files = Files.list(reports.resolve("allure-results"))) {
            for (Path p : files.toList()) {
                everything.append(Files.readString(p)).append('\n');
            }
        }
        // the compliant control's verdict, what the session did included, in French (SurveyCellJudgement.control)
        assertThat(everything).contains("angus-mail en pop3 (").contains("; code de sortie du client 0")
                .doesNotContain("; client exit ").doesNotContain(" over pop3 (");
        assertThat(String.join("\n", results)).doesNotContain("gives up on a server that")
                .doesNotContain("presents a certificate for another name") // the case as the French rows word it
                .contains("features/fr/clients/survey.feature");
        StringWriter err2 = new StringWriter();
        assertThat(run(new StringWriter(), err2, "clients", "--lang", "de")).isEqualTo(2);
        assertThat(err2.toString()).contains("--lang 'de'");
    }

    @Test
    void theJsonSummaryGoesWhereJsonSaysAndTheRestIntoTheReportDir() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path json = reports.resolve("elsewhere/survey.json");
        int code = run(out, err, "clients", "--client", "angus-mail", "--protocol", "pop3", "--case", "no-starttls",
                "--json", json.toString(), "--report-dir", reports.resolve("dir").toString());
        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(Files.readString(json)).contains("\"client\" : \"angus-mail\"");
        assertThat(reports.resolve("dir/client-survey.html")).isNotEmptyFile();
        assertThat(reports.resolve("dir/client-survey.json")).doesNotExist();
        assertThat(out.toString()).contains("wrote " + json);
    }
}
