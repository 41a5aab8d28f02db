package org.mtainterop.survey;

import java.util.List;
import java.util.Optional;
import org.mtainterop.adversary.access.AccessSessionFacts;
import org.mtainterop.clients.AccessProtocolKind;
import org.mtainterop.clients.ClientRun;

/**
 * What one mail program did in one survey case: its own run (exit code, redacted output) and the sessions the
 * adversarial server recorded. Measurement only; {@link SurveyCellJudgement} judges it.
 *
 * @param problem why the cell could not be measured (the server could not start, ...), if so
 */
public record SurveyCell(String client, AccessProtocolKind protocol, SurveyCase surveyCase, ClientRun run,
                         List<AccessSessionFacts> sessions, Optional<String> problem) {
    public SurveyCell {
        sessions = List.copyOf(sessions);
    }

    /** "curl/imap/no-starttls": how the cell is named in evidence and JSON. */
    public String key() {
        return client + "/" + protocol.label() + "/" + surveyCase.label();
    }

    /** The client's run and the server's sessions, as one plain-text attachment (never a credential). */
    public String evidence() {
        StringBuilder e = new StringBuilder("client ").append(client).append(", ").append(protocol.label()).append(" (")
                .append(surveyCase.mode().label()).append("), server ").append(surveyCase.profile().label())
                .append(": ").append(surveyCase.profile().description()).append('\n');
        problem.ifPresent(p -> e.append("could not measure: ").append(p).append('\n'));
        e.append("client run: ").append(run).append('\n');
        e.append("client configuration:\n").append(run.configuration()).append('\n');
        e.append("client output:\n").append(run.output()).append('\n');
        e.append(sessions.size()).append(" session(s) on the server\n");
        for (AccessSessionFacts s : sessions) {
            e.append("\n== ").append(s.summary()).append('\n').append(s.renderedTranscript()).append('\n');
        }
        return e.toString();
    }
}
