package org.mtainterop.path;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.operators.MailboxCredential;
import org.mtainterop.operators.Operator;
import org.mtainterop.operators.TestMailbox;

/**
 * One path run: for every ordered pair (A, B) of the operators that declare a test mailbox (A = B included), one
 * message from A's test mailbox, submitted through A's submission service, to B's test mailbox, then read from B's
 * IMAP service and (unless {@code keep}) deleted. One message per pair per run, to the declared test mailboxes only.
 * Pairs run concurrently ({@link #PARALLEL_PAIRS} at once), each bounded by its sessions' deadlines.
 */
public final class PathRun {
    static final int PARALLEL_PAIRS = 8;

    /**
     * @param deliverWithin the time PATH-03 states
     * @param timeout       how long B's mailbox is searched for the message
     * @param environment   where {@code password_env} variables are read (the process environment)
     */
    public record Settings(List<Operator> operators, Duration deliverWithin, Duration timeout, boolean keep,
                           NetworkLimits limits, Function<String, String> environment) {
        public Settings {
            operators = List.copyOf(operators);
        }
    }

    private record Participant(Operator operator, TestMailbox mailbox, MailboxCredential credential, TrustAnchors trust) {
    }

    private PathRun() {
    }

    /** The operators a path run takes part in: those with a test mailbox. */
    public static List<Operator> participants(List<Operator> operators) {
        return operators.stream().filter(o -> o.testMailbox().isPresent()).toList();
    }

    /**
     * Runs every pair; an {@link IllegalArgumentException} naming the operators file's field before any connection
     * when a password cannot be read.
     */
    public static PathMatrixResult run(Settings settings) {
        long start = System.nanoTime();
        Map<String, Participant> participants = new LinkedHashMap<>();
        for (Operator o : participants(settings.operators())) {
            TestMailbox m = o.testMailbox().get();
            List<Path> ca = o.trustCa().map(List::of).orElse(List.of());
            participants.put(o.name(), new Participant(o, m, m.credential(settings.environment()),
                    TrustAnchors.jdkDefaultsAnd(ca)));
        }
        if (participants.isEmpty()) {
            throw new IllegalArgumentException("no operator in the operators file has a test_mailbox: nothing to send");
        }
        SecretScrub scrub = new SecretScrub(participants.values().stream().map(Participant::credential).toList());
        NetworkLimits imapLimits = settings.limits().withSessionDeadline(settings.timeout()
                .plus(settings.limits().sessionDeadline()));
        List<Future<PathResult>> futures = new ArrayList<>();
        int pairs = participants.size() * participants.size();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL_PAIRS, pairs));
        try {
            for (Participant a : participants.values()) {
                for (Participant b : participants.values()) {
                    futures.add(pool.submit(() -> pair(a, b, settings, imapLimits, scrub)));
                }
            }
            List<PathResult> results = new ArrayList<>();
            for (Future<PathResult> f : futures) {
                results.add(f.get());
            }
            return new PathMatrixResult(List.copyOf(participants.keySet()), results,
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("path run interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a path pair crashed: " + scrub.apply(String.valueOf(e.getCause())), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static PathResult pair(Participant a, Participant b, Settings settings, NetworkLimits imapLimits,
                                   SecretScrub scrub) {
        PathMessage message = PathMessage.between(a.operator().name(), b.operator().name(), a.mailbox().address(),
                b.mailbox().address());
        SessionFacts submission = SubmissionSession.submit(a.mailbox(), a.credential(), message, a.trust(),
                settings.limits(), scrub);
        long submittedAt = System.nanoTime();
        if (!submission.succeeded()) {
            return new PathResult(a.operator().name(), b.operator().name(), message, submission, Optional.empty(),
                    Optional.empty(), 0, "", false, a.operator().networks(), b.operator().networks(),
                    settings.deliverWithin());
        }
        MailboxSession.Reading reading = MailboxSession.read(b.mailbox(), b.credential(), message, b.trust(),
                imapLimits, submittedAt, settings.timeout(), settings.keep(), scrub);
        boolean waitedInVain = reading.header().isEmpty() && reading.session().outcome().startsWith("not in the mailbox");
        return new PathResult(a.operator().name(), b.operator().name(), message, submission,
                Optional.of(reading.session()), reading.header().map(ReceivedChain::of), reading.secondsToArrival(),
                reading.deletion(), waitedInVain, a.operator().networks(), b.operator().networks(),
                settings.deliverWithin());
    }
}
