package org.mtainterop.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.RequirementExplanations;
import org.mtainterop.policy.Severity;

/**
 * The run as JUnit XML for CI systems (Jenkins, GitLab, GitHub Actions reporters, Maven surefire-report): one
 * {@code <testsuites>} file per run, one {@code <testsuite>} per target, one {@code <testcase>} per requirement
 * judged on it, in catalog order. Rendering only: the verdicts are those of the {@link RunSummary}.
 *
 * <p>The outcome vocabulary maps so: failed is a {@code <failure>} (the requirement is not met), broken an
 * {@code <error>} (could not test: unreachable, timeout, harness error; never a product defect), skipped a
 * {@code <skipped>}; each carries the verdict's reason. The layout is the Ant/Jenkins one (attributes
 * {@code name tests failures errors skipped time timestamp hostname id package}, then {@code properties},
 * test cases, {@code system-out}, {@code system-err}), which every consumer reads. Characters XML 1.0 cannot
 * carry (control characters from a peer's reply) are written as {@code \}{@code uXXXX}.
 */
public final class JunitXmlReport {
    /** The file name in the report directory when no {@code --junit FILE} is given. */
    public static final String FILE_NAME = "junit.xml";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final RunSummary summary;
    private final RequirementExplanations texts;

    public JunitXmlReport(RunSummary summary, RequirementExplanations texts) {
        this.summary = summary;
        this.texts = texts;
    }

    /** Writes the report to {@code file} (its directory made if needed); returns the file. */
    public Path write(Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        // buffered: the XML writer hands the stream a few bytes at a time (a system call each, unbuffered: 2 % of a
        // 1,000-target run's CPU, on the run's serial end)
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            try {
                render(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML to " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private void render(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuites");
        xml.writeAttribute("name", "mta-interop " + summary.harnessVersion() + ", profile " + summary.profile());
        Counts all = Counts.of(summary.targets().stream().flatMap(t -> t.results().stream()).toList());
        all.writeTo(xml);
        xml.writeCharacters("\n");
        int id = 0;
        for (TargetReport target : summary.targets()) {
            suite(xml, target, id++);
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private void suite(XMLStreamWriter xml, TargetReport target, int id) throws XMLStreamException {
        List<RequirementResult> results = target.results().stream().sorted(CatalogOrder.RESULTS).toList();
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", safe(target.name()));
        Counts.of(results).writeTo(xml);
        xml.writeAttribute("timestamp", TIMESTAMP.format(summary.startedAt().truncatedTo(ChronoUnit.SECONDS)));
        xml.writeAttribute("hostname", hostname());
        xml.writeAttribute("id", Integer.toString(id));
        xml.writeAttribute("package", "mta-interop");
        xml.writeCharacters("\n  ");
        xml.writeStartElement("properties");
        property(xml, "profile", summary.profile());
        property(xml, "host", target.port() == 0 ? target.host() : target.host() + ":" + target.port());
        property(xml, "checked-as", target.mxName());
        xml.writeEndElement();
        for (RequirementResult r : results) {
            testCase(xml, target, r);
        }
        xml.writeCharacters("\n  ");
        xml.writeEmptyElement("system-out");
        xml.writeCharacters("\n  ");
        xml.writeEmptyElement("system-err");
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private void testCase(XMLStreamWriter xml, TargetReport target, RequirementResult r) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        String title = texts.title(r.requirement()).map(t -> " " + t).orElse("");
        xml.writeAttribute("name", safe(r.requirement() + title + " [@" + r.severity().label() + "]"));
        xml.writeAttribute("classname", safe(target.name()));
        xml.writeAttribute("time", seconds(r.durationMs()));
        String reason = safe(r.message());
        switch (r.status()) {
            case PASSED -> { }
            case FAILED -> outcome(xml, "failure", reason, r.severity() == Severity.MUST
                    ? "requirement-not-met" : "requirement-not-met-" + r.severity().label());
            case BROKEN -> outcome(xml, "error", reason, "could-not-test");
            case SKIPPED -> {
                xml.writeStartElement("skipped");
                xml.writeAttribute("message", reason);
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
    }

    private static void outcome(XMLStreamWriter xml, String element, String reason, String type)
            throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("message", reason);
        xml.writeAttribute("type", type);
        xml.writeCharacters(reason);
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", safe(value == null ? "" : value));
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    /**
     * The host the run ran on, for the {@code hostname} attribute Ant requires: {@code HOSTNAME}, else
     * {@code /etc/hostname}, else {@code localhost}. Never a DNS lookup (InetAddress.getLocalHost can wait on one).
     */
    private static String hostname() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            try {
                Path etc = Path.of("/etc/hostname");
                name = Files.isRegularFile(etc) && Files.size(etc) < 256 ? Files.readString(etc).strip() : null;
            } catch (IOException | RuntimeException e) {
                name = null;
            }
        }
        return name == null || name.isBlank() ? "localhost" : safe(name.strip());
    }

    /** The text with every character XML 1.0 cannot carry written as a visible {@code \}{@code uXXXX}. */
    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (allowed) {
                out.appendCodePoint(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            }
        });
        return out.toString();
    }

    /** The counters a suite (or the whole run) carries. */
    private record Counts(int tests, int failures, int errors, int skipped, long millis) {
        static Counts of(List<RequirementResult> results) {
            return new Counts(results.size(), count(results, Outcome.FAILED), count(results, Outcome.BROKEN),
                    count(results, Outcome.SKIPPED), results.stream().mapToLong(RequirementResult::durationMs).sum());
        }

        private static int count(List<RequirementResult> results, Outcome outcome) {
            return (int) results.stream().filter(r -> r.status() == outcome).count();
        }

        void writeTo(XMLStreamWriter xml) throws XMLStreamException {
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", Integer.toString(errors));
            xml.writeAttribute("skipped", Integer.toString(skipped));
            xml.writeAttribute("time", seconds(millis));
        }
    }
}
