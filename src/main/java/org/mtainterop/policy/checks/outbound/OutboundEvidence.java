package org.mtainterop.policy.checks.outbound;

import java.util.Optional;
import java.util.function.Function;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.policy.Verdict;
import org.mtainterop.sender.DeliveryAttempt;
import org.mtainterop.sender.SenderFacts;
import org.mtainterop.tls.raw.ClientHelloOffer;

/** What every outbound check does first: find the attempt in a profile, or say why it cannot judge. */
final class OutboundEvidence {
    private OutboundEvidence() {
    }

    /** The attempt, or the verdict to give instead (skipped when not observed, broken when not testable). */
    static Verdict orElse(String id, SenderFacts facts, AdversarialProfile profile, Function<DeliveryAttempt, Verdict> judge) {
        Optional<DeliveryAttempt> attempt = facts.attempt(profile);
        if (attempt.isEmpty()) {
            return Verdict.skipped(id, "not observed: no session with the receiver in profile " + profile.label());
        }
        if (attempt.get().problem().isPresent()) {
            return Verdict.broken(id, "could not drive the sender (" + profile.label() + "): " + attempt.get().problem().get());
        }
        if (attempt.get().sessions().isEmpty()) {
            return Verdict.broken(id, "the sender never connected to the receiver (" + profile.label() + ") within "
                    + attempt.get().window().toSeconds() + " s; " + attempt.get().queue().evidence());
        }
        return judge.apply(attempt.get());
    }

    /**
     * The ClientHello the sender sent to the compliant receiver, judged by {@code judge}; skipped when the sender did
     * not start TLS, and the verdicts of {@link #orElse} when the attempt is missing.
     */
    static Verdict withClientHello(String id, SenderFacts facts, Function<ClientHelloOffer, Verdict> judge) {
        return orElse(id, facts, AdversarialProfile.COMPLIANT, a -> {
            Optional<ClientHelloOffer> hello = a.sessions().stream().flatMap(s -> s.clientHello().stream()).findFirst();
            return hello.map(judge).orElseGet(() -> Verdict.skipped(id, "no ClientHello: the sender did not start TLS"));
        });
    }

    /**
     * The mandatory-TLS outcome every "must not go on" profile shares: plaintext transaction or MAIL after a bad
     * chain fails; a deferral passes; an invisible queue passes only on what was seen (nothing sent).
     */
    static Verdict refusedAndDeferred(String id, DeliveryAttempt a, String peer) {
        var plaintext = a.plaintextTransaction();
        if (plaintext.isPresent()) {
            return Verdict.failed(id, "with an MX that " + peer + ", the sender went on in plaintext ("
                    + String.join("/", plaintext.get().plaintextTransaction()) + "); " + a.summary());
        }
        var afterBadChain = a.sessions().stream().filter(s -> s.wentOnAfterBadCertificate()).findFirst();
        if (afterBadChain.isPresent()) {
            return Verdict.failed(id, "with an MX that " + peer + ", the sender accepted the chain and sent "
                    + String.join("/", afterBadChain.get().transactionInsideTls()) + " inside TLS; " + a.summary());
        }
        if (a.delivered().isPresent()) {
            return Verdict.failed(id, "with an MX that " + peer + ", the message was delivered; " + a.summary());
        }
        if (a.deferred()) {
            return Verdict.passed(id, "with an MX that " + peer + ", no MAIL was sent and the message stayed queued ("
                    + a.queue().evidence() + ")");
        }
        if (a.queue().stillQueued().isEmpty()) {
            return Verdict.passed(id, "with an MX that " + peer + ", no MAIL was sent (the sender's queue was not visible,"
                    + " so the deferral itself was not seen)");
        }
        return Verdict.broken(id, "with an MX that " + peer + ", the message was neither delivered nor kept in the queue ("
                + a.queue().evidence() + ")");
    }
}
