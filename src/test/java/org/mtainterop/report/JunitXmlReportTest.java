package org.mtainterop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.RequirementExplanations;
import org.mtainterop.policy.Severity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML of a run: its structure, the Ant/Jenkins schema, and a real consumer (python3-junitparser). */
class JunitXmlReportTest {

    @TempDir
    Path dir;

    private Path write(RunSummary summary) throws Exception {
        return new JunitXmlReport(summary, RequirementExplanations.bundled()).write(dir.resolve("out/junit.xml"));
    }

    @Test
    void oneSuitePerTargetOneCasePerRequirementInCatalogOrder() throws Exception {
        Document doc = parse(write(SampleSummaries.mixed()));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("8");
        assertThat(root.getAttribute("failures")).isEqualTo("2");
        assertThat(root.getAttribute("errors")).isEqualTo("1");
        assertThat(root.getAttribute("skipped")).isEqualTo("1");
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        Element mx1 = (Element) suites.item(0);
        assertThat(mx1.getAttribute("name")).isEqualTo("mx1");
        assertThat(mx1.getAttribute("tests")).isEqualTo("6");
        assertThat(mx1.getAttribute("failures")).isEqualTo("2");
        assertThat(mx1.getAttribute("timestamp")).isEqualTo("2026-03-02T09:15:30");
        List<String> names = new ArrayList<>();
        NodeList cases = mx1.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            names.add(((Element) cases.item(i)).getAttribute("name").split(" ")[0]);
        }
        assertThat(names).containsExactly("STARTTLS-01", "STARTTLS-02", "STARTTLS-10", "TLS-VER-02", "CERT-02", "DANE-01");
        Element cert02 = (Element) cases.item(4);
        assertThat(cert02.getAttribute("name")).startsWith("CERT-02 ").endsWith("[@must]");
        assertThat(cert02.getAttribute("classname")).isEqualTo("mx1");
        assertThat(cert02.getAttribute("time")).isEqualTo("0.042");
        Element failure = (Element) cert02.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("requirement-not-met");
        assertThat(failure.getAttribute("message")).contains("No SAN dNSName matches mx1.example.net");
        Element should = (Element) ((Element) cases.item(1)).getElementsByTagName("failure").item(0);
        assertThat(should.getAttribute("type")).isEqualTo("requirement-not-met-should");
        assertThat(((Element) cases.item(5)).getElementsByTagName("skipped").item(0).getAttributes()
                .getNamedItem("message").getNodeValue()).isEqualTo("No TLSA record published");
        assertThat(((Element) cases.item(0)).getChildNodes().getLength()).as("a pass has no outcome element").isZero();
        Element broken = (Element) ((Element) suites.item(1)).getElementsByTagName("error").item(0);
        assertThat(broken.getAttribute("type")).isEqualTo("could-not-test");
        assertThat(broken.getTextContent()).contains("timed out after 10 s");
    }

    @Test
    void validAgainstTheAntJenkinsSchemaEvenWithControlCharactersFromAPeer() throws Exception {
        RunSummary hostile = SampleSummaries.of(SampleSummaries.result("STARTTLS-01", Outcome.FAILED, Severity.MUST,
                "EHLO reply was \u0000\u0007\u001b[31m <b>&\"quoted\"</b> \uD83D\uDCE7"));
        for (RunSummary summary : List.of(SampleSummaries.mixed(), hostile)) {
            Path xml = write(summary);
            var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(getClass().getResource("junit-ant-jenkins.xsd"));
            schema.newValidator().validate(new StreamSource(xml.toFile()));
        }
        Element failure = (Element) parse(dir.resolve("out/junit.xml")).getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message"))
                .isEqualTo("EHLO reply was \\u0000\\u0007\\u001B[31m <b>&\"quoted\"</b> \uD83D\uDCE7");
    }

    @Test
    void aRealConsumerReadsEveryOutcome() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        Assumptions.assumeTrue(Files.isExecutable(python), "python3 not installed");
        Process probe = new ProcessBuilder(python.toString(), "-c", "import junitparser").start();
        Assumptions.assumeTrue(probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0,
                "python3-junitparser not installed (apt-get install python3-junitparser)");
        Path xml = write(SampleSummaries.mixed());
        String script = """
                import sys
                from junitparser import JUnitXml, Failure, Error, Skipped
                for suite in JUnitXml.fromfile(sys.argv[1]):
                    print("suite", suite.name, suite.tests, suite.failures, suite.errors, suite.skipped)
                    for case in suite:
                        kinds = [type(r).__name__ + ":" + (r.message or "") for r in case.result]
                        print(" case", case.name.split(" ")[0], case.classname, case.time, "|".join(kinds) or "passed")
                """;
        Process p = new ProcessBuilder(python.toString(), "-c", script, xml.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("suite mx1 6 2 0 1", "suite mx2 2 0 1 0",
                " case STARTTLS-01 mx1 0.042 passed",
                " case CERT-02 mx1 0.042 Failure:No SAN dNSName matches mx1.example.net",
                " case DANE-01 mx1 0.042 Skipped:No TLSA record published",
                " case ACCESS-01 mx2 0.042 Error:Could not test: mx2.example.net:2525 timed out after 10 s");
    }

    private static Document parse(Path xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(xml.toFile());
    }
}
