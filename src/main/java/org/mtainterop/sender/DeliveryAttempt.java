package org.mtainterop.sender;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.SessionFacts;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * One message relayed by a sender toward the adversarial receiver in one profile, observed to the end:
 * every session the sender opened, whether the message arrived, and what the sender's queue said after.
 * "Deferred" is observed, never assumed: no DATA reached the receiver within the window and the queue still
 * holds the message.
 *
 * @param problem why the attempt could not be made or watched (the harness's problem: "could not test")
 */
public record DeliveryAttempt(AdversarialProfile profile, String sender, List<SessionFacts> sessions,
                              Optional<SessionFacts.DeliveredMessage> delivered, QueueState queue, Duration window,
                              Optional<String> problem) {
    public DeliveryAttempt {
        sessions = List.copyOf(sessions);
    }

    public static DeliveryAttempt couldNotTest(AdversarialProfile profile, String sender, String problem) {
        return new DeliveryAttempt(profile, sender, List.of(), Optional.empty(),
                QueueState.unknown(Reason.of("QueueState.notLookedAt")), Duration.ZERO, Optional.of(problem));
    }

    /** No message arrived and the sender still holds it. */
    public boolean deferred() {
        return delivered.isEmpty() && queue.stillQueued().orElse(false);
    }

    /** Any session in which MAIL, RCPT or DATA came before TLS. */
    public Optional<SessionFacts> plaintextTransaction() {
        return sessions.stream().filter(s -> !s.plaintextTransaction().isEmpty()).findFirst();
    }

    public Optional<SessionFacts> firstSession() {
        return sessions.stream().findFirst();
    }

    /** One line: sessions, delivery and queue, in English (evidence). */
    public String summary() {
        return described().render(ReportLanguage.EN);
    }

    /** {@link #summary()} as a message key and its facts, for verdicts in the report's language. */
    public Reason described() {
        String outcome = delivered.map(d -> d.overTls() ? "DeliveryAttempt.deliveredInsideTls" : "DeliveryAttempt.deliveredInPlaintext")
                .orElse(queue.stillQueued().map(q -> q ? "DeliveryAttempt.stillQueued" : "DeliveryAttempt.noLongerQueued")
                        .orElse("DeliveryAttempt.queueNotVisible"));
        return Reason.of("DeliveryAttempt.summary", sessions.size(), window.toMillis(), Reason.of(outcome));
    }
}
