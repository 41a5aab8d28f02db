package org.mtainterop.cli;

import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mtainterop.adversary.access.AccessSessionFacts;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.clients.ClientRequirement;
import org.mtainterop.policy.clients.ClientVerdictText;
import org.mtainterop.report.AllureStatuses;
import org.mtainterop.report.ReportLanguage;

/**
 * Allure results for client verdicts judged straight from {@link AccessSessionFacts} (no Cucumber run): one result
 * per client and requirement, labelled like the feature results (requirement, severity, profile, target) and
 * carrying the verdict text and each session's redacted transcript and ClientHello as evidence.
 */
final class ClientAllureResults {
    private final FileSystemResultsWriter writer;
    private final ReportLanguage language;

    /** Results in {@code language} (the run's {@code --lang}): name, suite, verdict and its text; the evidence as data. */
    ClientAllureResults(Path allureResults, ReportLanguage language) {
        this.writer = new FileSystemResultsWriter(allureResults);
        this.language = language;
    }

    void write(String target, ClientRequirement requirement, Verdict verdict, List<AccessSessionFacts> sessions) {
        String uuid = UUID.randomUUID().toString();
        List<Attachment> attachments = new ArrayList<>();
        attachments.add(attach(language.text("verdict.attachment"), ClientVerdictText.render(verdict, language)));
        for (int i = 0; i < sessions.size(); i++) {
            AccessSessionFacts s = sessions.get(i);
            String which = s.service().label().toUpperCase(Locale.ROOT) + " (session " + (i + 1) + ")";
            attachments.add(attach("Transcript, server side: " + which, s.renderedTranscript()));
            s.clientHello().ifPresent(h -> attachments.add(attach("ClientHello: " + which, h.render())));
        }
        long start = sessions.isEmpty() ? System.currentTimeMillis() : sessions.get(0).started().toEpochMilli();
        long stop = sessions.isEmpty() ? start : sessions.get(sessions.size() - 1).ended().toEpochMilli();
        TestResult result = new TestResult().setUuid(uuid)
                .setName(requirement.id() + " " + requirement.title(language) + " [" + target + "]")
                .setFullName("clients." + requirement.id() + "." + target)
                .setHistoryId(requirement.id() + "|" + target).setTestCaseId(requirement.id())
                .setStatus(AllureStatuses.of(verdict.outcome()))
                .setStatusDetails(new StatusDetails().setMessage(verdict.message(language)))
                .setStart(start).setStop(Math.max(start, stop))
                .setLabels(List.of(label("requirement", requirement.id()), label("severity", switch (requirement.severity()) {
                    case MUST -> "critical";
                    case SHOULD -> "normal";
                    case INFO -> "trivial";
                }), label("profile", requirement.profile().label()), label("target", target), label("parentSuite", target),
                        label("suite", language.text("clients.allure.suite")), label("tag", "@REQ-" + requirement.id())))
                .setParameters(List.of(new Parameter().setName("target").setValue(target)))
                .setAttachments(attachments);
        writer.write(result);
    }

    private Attachment attach(String name, String text) {
        String source = UUID.randomUUID() + "-attachment.txt";
        writer.write(source, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        return new Attachment().setName(name).setSource(source).setType("text/plain");
    }

    private static Label label(String name, String value) {
        return new Label().setName(name).setValue(value);
    }
}
