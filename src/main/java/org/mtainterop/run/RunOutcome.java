package org.mtainterop.run;

import java.nio.file.Path;
import java.util.Optional;
import org.mtainterop.report.RunSummary;

/** What a run produced (the JSON summary, the JUnit XML, the Allure results, the HTML report if made): the summary, where the files went, and the process exit code it implies. */
public record RunOutcome(RunSummary summary, Path json, Path junitXml, Path allureResults, Optional<Path> htmlReport,
                         Optional<String> htmlProblem, int exitCode) {
}
