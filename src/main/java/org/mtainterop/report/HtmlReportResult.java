package org.mtainterop.report;

import java.nio.file.Path;

/**
 * What {@link AllureHtmlReport#generate} did: either {@code ok} with the {@code index.html} to open,
 * or not ok with a one-paragraph {@code problem} fit to show the user as is (no stack trace).
 */
public record HtmlReportResult(boolean ok, Path indexHtml, String problem) {

    public static HtmlReportResult generated(Path indexHtml) {
        return new HtmlReportResult(true, indexHtml, null);
    }

    public static HtmlReportResult failed(String problem) {
        return new HtmlReportResult(false, null, problem);
    }
}
