package org.mtainterop.path;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mtainterop.operators.NetworkBlock;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * What one ordered pair of operators did in a path run, as facts (house rule 2): the submission at A, the read of
 * B's mailbox, the Received chain of the message found there, the networks A and B declare and the time the run
 * states for delivery. {@code PATH-01..03} judge it.
 *
 * @param secondsToArrival A's acceptance to the first search that found the message (or to giving up)
 * @param chain            the Received fields of B's copy; empty when the message was not found
 * @param deletion         what became of the message: deleted, kept (--keep), or why not deleted
 * @param waitedInVain     B's mailbox was read and searched for the whole wait, and the message was not there
 */
public record PathResult(String sender, String receiver, PathMessage message, SessionFacts submission,
                         Optional<SessionFacts> mailbox, Optional<ReceivedChain> chain, double secondsToArrival,
                         String deletion, boolean waitedInVain, List<NetworkBlock> senderNetworks, List<NetworkBlock> receiverNetworks,
                         Duration statedTime) {

    public PathResult {
        senderNetworks = List.copyOf(senderNetworks);
        receiverNetworks = List.copyOf(receiverNetworks);
    }

    /** "a → b". */
    public String pair() {
        return sender + " → " + receiver;
    }

    /** The message was found in B's mailbox (its header read). */
    public boolean delivered() {
        return chain.isPresent();
    }

    /** Why there is no chain to judge, in English: the submission's or the read's outcome. */
    public String notDeliveredReason() {
        return notDelivered().render(ReportLanguage.EN);
    }

    /** {@link #notDeliveredReason()} in the report's language; names, endpoints and replies stay facts. */
    public Reason notDelivered() {
        if (!submission.succeeded()) {
            return Reason.of("PathResult.notSubmitted", sender, submission.endpoint(), submission.said());
        }
        return mailbox.map(m -> Reason.of("PathResult.notRead", receiver, m.endpoint(), m.said()))
                .orElse(Reason.of("PathResult.mailboxNotRead", receiver));
    }

    /** Evidence for reports: both sessions, the hops, the deletion; transcripts already redacted. */
    public String evidence() {
        StringBuilder out = new StringBuilder();
        out.append("message ").append(message.messageId()).append(" from ").append(message.from()).append(" to ")
                .append(message.to()).append('\n');
        out.append("submission at ").append(submission.endpoint()).append(": ").append(submission.outcome())
                .append(submission.tls().map(t -> " [" + t + "]").orElse("")).append('\n');
        mailbox.ifPresent(m -> out.append("mailbox at ").append(m.endpoint()).append(": ").append(m.outcome())
                .append(m.tls().map(t -> " [" + t + "]").orElse("")).append('\n'));
        if (!deletion.isEmpty()) {
            out.append("after reading: ").append(deletion).append('\n');
        }
        chain.ifPresent(c -> out.append("Received chain, oldest first:\n").append(c.describe()));
        out.append("declared networks: ").append(sender).append(' ').append(senderNetworks).append(", ")
                .append(receiver).append(' ').append(receiverNetworks).append('\n');
        out.append("\n--- submission transcript ---\n").append(submission.transcript());
        mailbox.ifPresent(m -> out.append("\n--- IMAP transcript ---\n").append(m.transcript()));
        return out.toString();
    }
}
