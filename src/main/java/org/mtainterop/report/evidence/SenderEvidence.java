package org.mtainterop.report.evidence;

import java.util.ArrayList;
import java.util.List;
import org.mtainterop.adversary.smtp.SessionFacts;
import org.mtainterop.sender.DeliveryAttempt;

/** The evidence of one outbound attempt, as report attachments: summary, receiver-side transcripts, ClientHellos. */
public final class SenderEvidence {
    private SenderEvidence() {
    }

    public static List<Attachment> of(DeliveryAttempt attempt) {
        List<Attachment> out = new ArrayList<>();
        String label = attempt.profile().label();
        StringBuilder summary = new StringBuilder()
                .append("sender:   ").append(attempt.sender()).append('\n')
                .append("receiver: ").append(label).append(" — ").append(attempt.profile().description()).append('\n')
                .append("outcome:  ").append(attempt.summary()).append('\n')
                .append("queue:    ").append(attempt.queue().evidence()).append('\n');
        attempt.problem().ifPresent(p -> summary.append("problem:  ").append(p).append('\n'));
        int n = 0;
        for (SessionFacts s : attempt.sessions()) {
            summary.append("session ").append(++n).append(": ").append(s.summary()).append('\n');
        }
        out.add(Attachment.text("Outbound attempt (" + label + ")", summary.toString()));
        n = 0;
        for (SessionFacts s : attempt.sessions()) {
            n++;
            out.add(Attachment.text("Receiver transcript (" + label + ", session " + n + ")", s.renderedTranscript()));
            int session = n;
            s.clientHello().ifPresent(h -> out.add(Attachment.text("ClientHello (" + label + ", session " + session + ")",
                    h.render())));
        }
        return out;
    }
}
