package org.mtainterop.report;

import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

/**
 * One Allure result carrying a table's three renderings (HTML, Markdown, JSON) as attachments: how the interop
 * matrix and the client survey appear in the Allure report beside their scenarios.
 */
public final class AllureRenderings {
    private AllureRenderings() {
    }

    /**
     * @param name     the result's title, e.g. "Interop matrix (INTEROP-01)"
     * @param id       its full name and history id, e.g. "interop-matrix"
     * @param passed   passed, or failed
     */
    public static void write(Path allureResults, String name, String id, boolean passed, String html, String markdown,
                             String json) {
        AllureLifecycle lifecycle = new AllureLifecycle(new FileSystemResultsWriter(allureResults));
        String uuid = UUID.randomUUID().toString();
        lifecycle.scheduleTestCase(new TestResult().setUuid(uuid).setName(name).setFullName(id).setHistoryId(id)
                .setStatus(passed ? Status.PASSED : Status.FAILED));
        lifecycle.startTestCase(uuid);
        lifecycle.addAttachment(name + " (HTML)", "text/html", "html", html.getBytes(StandardCharsets.UTF_8));
        lifecycle.addAttachment(name + " (Markdown)", "text/markdown", "md", markdown.getBytes(StandardCharsets.UTF_8));
        lifecycle.addAttachment(name + " (JSON)", "application/json", "json", json.getBytes(StandardCharsets.UTF_8));
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);
    }
}
