package org.mtainterop.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.report.EnglishLeftovers;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.mtainterop.clients.AccessProtocolKind;
import org.mtainterop.clients.AngusMailSurveyClient;
import org.mtainterop.policy.clients.ClientCellVerdict;
import org.mtainterop.run.GlueFeatureRun.ScenarioOutcome;
import org.mtainterop.report.HeadlessChromium;
import org.mtainterop.run.HarnessHome;

/**
 * The survey end to end without Docker: Angus Mail (in this JVM) and a careless scripted IMAP program meet the real
 * adversarial server in every IMAP case; the careless one must be caught, the features judge Angus Mail's rows, and
 * headless Chromium renders the table.
 */
class EmbeddedClientSurveyTest {
    static SurveyResult survey;
    static ClientSurvey.Settings settings;

    @TempDir
    Path dir;

    @BeforeAll
    static void runTheSurvey() {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        settings = new ClientSurvey.Settings(List.of(), EnumSet.of(AccessProtocolKind.IMAP),
                EnumSet.allOf(SurveyCase.class), 4, Duration.ofSeconds(15));
        survey = ClientSurvey.run(settings, List.of(new AngusMailSurveyClient(loopback), new CarelessImapClient(loopback)),
                loopback);
    }

    private static ClientCellVerdict word(String client, SurveyCase c) {
        SurveyCell cell = survey.cell(client, AccessProtocolKind.IMAP, c).orElseThrow();
        return SurveyCellJudgement.classify(survey, cell).verdict();
    }

    /** {@code clients --lang fr}: the survey's tables in French, their cell titles too; the JSON as in English. */
    @Test
    void theTablesOfAFrenchRunAreFrench() {
        ClientSurveyReport french = new ClientSurveyReport(survey, ReportLanguage.FR);
        String html = french.html();
        assertThat(html).contains("<html lang=\"fr\">", "Enquête : les logiciels de messagerie face à un serveur hostile",
                "logiciel · protocole ↓ / serveur →", "<h2>Légende</h2>", "<b>fonctionne</b>: témoin conforme",
                "enfreignent une exigence @must");
        assertThat(french.markdown()).startsWith("| logiciel · protocole ↓ / serveur → |");
        assertThat(french.json()).isEqualTo(new ClientSurveyReport(survey).json());
        String text = html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]*>", " ") + "\n"
                + String.join("\n", java.util.regex.Pattern.compile("title=\"([^\"]*)\"").matcher(html).results()
                .map(m -> m.group(1)).toList());
        for (SurveyCase c : SurveyCase.values()) {
            text = text.replace(c.label(), " "); // the cases' names, as --case takes them: facts
        }
        assertThat(EnglishLeftovers.in(text)).as(text).isEmpty();
        for (ClientCellVerdict v : ClientCellVerdict.values()) { // the English table words are the verdicts' own
            assertThat(ReportLanguage.EN.text("survey.label." + v.name())).isEqualTo(v.label());
            assertThat(ReportLanguage.EN.text("survey.meaning." + v.name())).isEqualTo(v.meaning());
        }
    }

    @Test
    void everyProgramRanEveryImapCase() {
        assertThat(survey.cells()).hasSize(2 * SurveyCase.values().length);
        assertThat(survey.rows()).containsExactly("angus-mail · imap", "careless · imap");
    }

    @Test
    void theCarelessProgramIsCaught() {
        assertThat(word(CarelessImapClient.NAME, SurveyCase.COMPLIANT)).isEqualTo(ClientCellVerdict.WORKS);
        assertThat(word(CarelessImapClient.NAME, SurveyCase.COMPLIANT_IMPLICIT)).isEqualTo(ClientCellVerdict.WORKS);
        assertThat(word(CarelessImapClient.NAME, SurveyCase.NO_STARTTLS)).isEqualTo(ClientCellVerdict.CREDENTIALS_LEAKED);
        assertThat(word(CarelessImapClient.NAME, SurveyCase.STARTTLS_ERROR)).isEqualTo(ClientCellVerdict.CREDENTIALS_LEAKED);
        for (SurveyCase bad : List.of(SurveyCase.EXPIRED_CERT, SurveyCase.WRONG_HOST, SurveyCase.SELF_SIGNED,
                SurveyCase.UNTRUSTED_CA)) {
            assertThat(word(CarelessImapClient.NAME, bad)).as(bad.label()).isEqualTo(ClientCellVerdict.ACCEPTED_BAD_CERTIFICATE);
        }
        ClientSurveyReport report = new ClientSurveyReport(survey);
        assertThat(report.mustFailures()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void angusMailWorksOnTheControlsAndRefusesBadCertificates() {
        assertThat(word(AngusMailSurveyClient.NAME, SurveyCase.COMPLIANT)).isEqualTo(ClientCellVerdict.WORKS);
        assertThat(word(AngusMailSurveyClient.NAME, SurveyCase.COMPLIANT_IMPLICIT)).isEqualTo(ClientCellVerdict.WORKS);
        for (SurveyCase bad : List.of(SurveyCase.EXPIRED_CERT, SurveyCase.WRONG_HOST, SurveyCase.SELF_SIGNED,
                SurveyCase.UNTRUSTED_CA, SurveyCase.NO_STARTTLS)) {
            assertThat(word(AngusMailSurveyClient.NAME, bad)).as(bad.label()).isEqualTo(ClientCellVerdict.SAFE);
        }
    }

    @Test
    void theFeaturesJudgeEachSelectedRowAndAgreeWithTheTable() throws IOException {
        ClientSurvey.Settings angusOnly = new ClientSurvey.Settings(List.of(AngusMailSurveyClient.NAME),
                settings.protocols(), settings.cases(), 1, settings.jobDeadline());
        List<ScenarioOutcome> outcomes = SurveyFeatureRun.judge(survey, HarnessHome.features(), dir, angusOnly);
        assertThat(outcomes).hasSize(SurveyCase.values().length);
        assertThat(outcomes).filteredOn(o -> o.name().contains("works with a server that"))
                .hasSize(2).allMatch(o -> o.status() == Status.SUCCESSFUL);
        ClientSurveyReport report = new ClientSurveyReport(survey);
        for (ScenarioOutcome o : outcomes) {
            SurveyCase c = SurveyCase.parse(o.name().replaceFirst(".* a server that ", ""));
            boolean defect = word(AngusMailSurveyClient.NAME, c).defect();
            assertThat(o.status() == Status.FAILED).as(o.name() + ": " + o.message()).isEqualTo(defect);
        }
        assertThat(report.json()).doesNotContain("careless: STARTTLS"); // configuration text stays in the evidence
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-result.json"));
        }
    }

    @Test
    void theLoginNeverReachesEvidenceReportsOrAllure() throws IOException {
        ClientSurveyReport report = new ClientSurveyReport(survey);
        report.attachToAllure(dir);
        SurveyFeatureRun.judge(survey, HarnessHome.features(), dir, settings);
        StringBuilder everything = new StringBuilder(report.html()).append(report.markdown()).append(report.json());
        survey.cells().forEach(c -> everything.append(c.evidence()));
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                everything.append(Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(everything.toString()).doesNotContainPattern("LOGIN survey-[0-9a-f]{8} ")
                .doesNotContainPattern("(?<![0-9a-f])[0-9a-f]{24}(?![0-9a-f])"); // the random password's shape
    }

    @Test
    void chromiumRendersOneLabelledCellPerProgramAndCase() throws Exception {
        HeadlessChromium.requireInstalled();
        Path html = new ClientSurveyReport(survey).write(dir).get(0);
        String dom = HeadlessChromium.open(dir, html, "--dump-dom");
        Matcher cells = Pattern.compile("<td class=\"cell (pass|fail|warn|na)\"[^>]*>([^<]*)</td>").matcher(dom);
        List<String> found = new ArrayList<>();
        while (cells.find()) {
            found.add(cells.group());
        }
        assertThat(found).hasSize(2 * SurveyCase.values().length);
        assertThat(found).filteredOn(c -> c.contains("data-client=\"careless\"") && c.contains("data-case=\"no-starttls\""))
                .singleElement().asString().contains("class=\"cell fail\"").contains(">credentials leaked</td>");
        assertThat(found).filteredOn(c -> c.contains("data-client=\"angus-mail\"") && c.contains("data-case=\"compliant\""))
                .singleElement().asString().contains("class=\"cell pass\"").contains(">works</td>");
        Path png = dir.resolve("client-survey.png");
        HeadlessChromium.open(dir, html, "--screenshot=" + png, "--window-size=1400,500", "--virtual-time-budget=5000");
        assertThat(Files.readAllBytes(png)).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }
}
