package org.mtainterop.sender;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.AdversarialReceiver;
import org.mtainterop.adversary.smtp.SessionFacts;

/**
 * Makes one {@link DeliveryAttempt}: switches the receiver to a profile, hands the sender a fresh message and
 * watches until the message arrives, or the sender has gone quiet (no session open for {@code quiet}) — then
 * reads the sender's queue. For {@link AdversarialProfile#FAIL_FIRST_HANDSHAKE} it asks the sender to retry
 * once, so the retry's ClientHello is seen in seconds, not after the MTA's back-off.
 */
public final class DeliveryDriver {
    /** How long to wait for anything, how long the sender must stay quiet to be done, and the retry's grace. */
    public record Timing(Duration window, Duration quiet, Duration retryGrace) {
        public static Timing defaults() {
            return new Timing(Duration.ofSeconds(25), Duration.ofMillis(2500), Duration.ofSeconds(8));
        }

        /** For the embedded sender, which delivers synchronously: no need to wait for a queue manager. */
        public static Timing embedded() {
            return new Timing(Duration.ofSeconds(10), Duration.ofMillis(150), Duration.ofSeconds(3));
        }
    }

    private static final Duration KICK_INTERVAL = Duration.ofSeconds(4);

    private final Timing timing;

    public DeliveryDriver(Timing timing) {
        this.timing = timing;
    }

    public DeliveryAttempt attempt(SenderUnderTest sender, AdversarialReceiver receiver, AdversarialProfile profile,
                                   String recipient, String envelopeFrom) {
        Instant start = Instant.now();
        try {
            sender.clearQueue();
            waitUntilIdle(receiver, Duration.ofSeconds(10));
            receiver.profile(profile);
            int before = receiver.sessions().size();
            TestMessage message = TestMessage.create(envelopeFrom, recipient, "mta-interop outbound " + profile.label());
            sender.submit(message);
            Instant deadline = start.plus(timing.window());
            boolean retried = false;
            Instant quietSince = null;
            Instant nextKick = Instant.now().plus(KICK_INTERVAL);
            while (Instant.now().isBefore(deadline)) {
                List<SessionFacts> seen = receiver.sessionsAfter(before);
                if (ours(seen, message).isPresent()) {
                    break;
                }
                if (seen.isEmpty() && receiver.activeSessions() == 0 && Instant.now().isAfter(nextKick)) {
                    // nothing yet: the MTA may be holding the destination back after the previous attempt's
                    // failure (OpenSMTPD disables a failed route for 15 s); ask again rather than wait its schedule
                    sender.retryNow();
                    nextKick = Instant.now().plus(KICK_INTERVAL);
                }
                boolean idle = receiver.activeSessions() == 0 && !seen.isEmpty();
                quietSince = idle ? (quietSince == null ? Instant.now() : quietSince) : null;
                if (idle && Duration.between(quietSince, Instant.now()).compareTo(timing.quiet()) >= 0) {
                    if (profile == AdversarialProfile.FAIL_FIRST_HANDSHAKE && !retried && seen.size() == 1) {
                        retried = true;
                        quietSince = null;
                        deadline = Instant.now().plus(timing.retryGrace());
                        sender.retryNow();
                        continue;
                    }
                    break;
                }
                Thread.sleep(100);
            }
            waitUntilIdle(receiver, Duration.ofSeconds(5));
            List<SessionFacts> sessions = receiver.sessionsAfter(before);
            Optional<SessionFacts.DeliveredMessage> delivered = ours(sessions, message);
            QueueState queue = sender.queueState(message);
            sender.clearQueue();
            return new DeliveryAttempt(profile, sender.name(), sessions, delivered, queue,
                    Duration.between(start, Instant.now()), Optional.empty());
        } catch (SenderException e) {
            return DeliveryAttempt.couldNotTest(profile, sender.name(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryAttempt.couldNotTest(profile, sender.name(), "interrupted");
        }
    }

    private static Optional<SessionFacts.DeliveredMessage> ours(List<SessionFacts> sessions, TestMessage message) {
        return sessions.stream().flatMap(s -> s.delivered().stream())
                .filter(d -> d.messageId().map(message.messageId()::equals).orElse(false)).findFirst();
    }

    private static void waitUntilIdle(AdversarialReceiver receiver, Duration max) throws InterruptedException {
        Instant until = Instant.now().plus(max);
        while (receiver.activeSessions() > 0 && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
    }
}
