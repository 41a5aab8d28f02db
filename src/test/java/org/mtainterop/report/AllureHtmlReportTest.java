package org.mtainterop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllureHtmlReportTest {

    private static final String RESULT = """
            {"uuid": "0b6f6c2e-7d55-4d0e-9a51-3f0c3b0e7a11", "historyId": "starttls-01-mx1",
             "name": "STARTTLS-01 STARTTLS is advertised in the EHLO reply",
             "fullName": "STARTTLS dialogue: STARTTLS-01", "status": "failed",
             "statusDetails": {"message": "EHLO reply of mx1.example.net lists no STARTTLS"},
             "stage": "finished", "start": 1772442930000, "stop": 1772442930420,
             "labels": [{"name": "feature", "value": "STARTTLS dialogue"},
                        {"name": "tag", "value": "REQ-STARTTLS-01"}]}
            """;

    /** Data files inlined by --single-file: d('name','base64'). */
    private static final Pattern INLINED = Pattern.compile("d\\('([^']+)','([^']*)'\\)");

    @Test
    void generatesSingleFileReportOffline(@TempDir Path tmp) throws IOException {
        Path home = AllureHtmlReport.locateAllureHome();
        // Maven unpacks allure-commandline at generate-resources, before any test: missing is a real failure.
        assertThat(home.resolve("bin")).as("allure-commandline unpacked (./mvnw -q generate-resources)").isDirectory();
        Path results = tmp.resolve("allure-results");
        Files.createDirectories(results);
        Files.writeString(results.resolve("0b6f6c2e-7d55-4d0e-9a51-3f0c3b0e7a11-result.json"), RESULT);
        AllureResultsFiles.writeCategories(results);
        AllureResultsFiles.writeEnvironment(results, Map.of("mta-interop.profile", "anssi"));

        Path out = tmp.resolve("report/html");
        HtmlReportResult result = new AllureHtmlReport(home).generate(results, out);

        assertThat(result.problem()).isNull();
        assertThat(result.ok()).isTrue();
        assertThat(result.indexHtml()).isEqualTo(out.toAbsolutePath().resolve("index.html")).isRegularFile();
        assertThat(Files.list(out)).containsExactly(result.indexHtml());  // one file: opens from file://
        assertThat(AllureHtmlReport.logFileFor(out)).exists().content().contains("Report successfully generated");

        String html = Files.readString(result.indexHtml());
        assertThat(html).contains("<title>Allure Report</title>").doesNotContain("googletagmanager.com");
        Map<String, String> data = inlinedData(html);
        assertThat(data).containsKeys("data/categories.json", "widgets/environment.json", "widgets/summary.json");
        assertThat(data.get("data/categories.json")).contains("Requirement not met (product defect)");
        assertThat(data.get("widgets/environment.json")).contains("mta-interop.profile", "anssi");
        assertThat(data.entrySet()).anySatisfy(e -> {
            assertThat(e.getKey()).startsWith("data/test-cases/");
            assertThat(e.getValue()).contains("STARTTLS-01 STARTTLS is advertised in the EHLO reply",
                    "EHLO reply of mx1.example.net lists no STARTTLS");
        });
    }

    @Test
    void missingAllureIsAProblemNotAnException(@TempDir Path tmp) {
        HtmlReportResult result = new AllureHtmlReport(tmp.resolve("no-allure")).generate(tmp, tmp.resolve("out"));
        assertThat(result.ok()).isFalse();
        assertThat(result.indexHtml()).isNull();
        assertThat(result.problem()).contains("not found", "./mvnw -q generate-resources",
                AllureHtmlReport.HOME_PROPERTY, AllureHtmlReport.HOME_ENV);
    }

    @Test
    void missingResultsIsAProblem(@TempDir Path tmp) throws IOException {
        Path home = tmp.resolve("allure");
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin/allure"), "#!/bin/sh\nexit 0\n");
        Files.writeString(home.resolve("bin/allure.bat"), "@exit /b 0\r\n");
        HtmlReportResult result = new AllureHtmlReport(home).generate(tmp.resolve("none"), tmp.resolve("out"));
        assertThat(result.ok()).isFalse();
        assertThat(result.problem()).contains("No Allure results");
    }

    @Test
    void locatesAllureHomeInDocumentedOrder() {
        Map<String, String> props = new TreeMap<>(Map.of("user.dir", "/work/cwd"));
        Map<String, String> env = new TreeMap<>();
        Path fallback = Path.of("/work/cwd", "target", "allure", "allure-2.34.1");
        assertThat(AllureHtmlReport.locateAllureHome(props::get, env::get)).isEqualTo(fallback);

        props.put(AllureHtmlReport.PROJECT_HOME_PROPERTY, "/opt/mta-interop");
        assertThat(AllureHtmlReport.locateAllureHome(props::get, env::get))
                .isEqualTo(Path.of("/opt/mta-interop/target/allure/allure-2.34.1"));

        env.put(AllureHtmlReport.HOME_ENV, "/from/env");
        assertThat(AllureHtmlReport.locateAllureHome(props::get, env::get)).isEqualTo(Path.of("/from/env"));

        props.put(AllureHtmlReport.HOME_PROPERTY, "  ");   // blank is ignored
        assertThat(AllureHtmlReport.locateAllureHome(props::get, env::get)).isEqualTo(Path.of("/from/env"));
        props.put(AllureHtmlReport.HOME_PROPERTY, "/from/property");
        assertThat(AllureHtmlReport.locateAllureHome(props::get, env::get)).isEqualTo(Path.of("/from/property"));
    }

    private static Map<String, String> inlinedData(String html) {
        Map<String, String> data = new TreeMap<>();
        Matcher m = INLINED.matcher(html);
        while (m.find()) {
            data.put(m.group(1), new String(Base64.getDecoder().decode(m.group(2)), StandardCharsets.UTF_8));
        }
        return data;
    }
}
