package org.mtainterop.policy.checks.outbound;

import java.util.Optional;
import java.util.function.Function;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.policy.Reason;
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
            return Verdict.skipped(id, Reason.of("OutboundEvidence.skipped.1", profile.label()));
        }
        if (attempt.get().problem().isPresent()) {
            return Verdict.broken(id, Reason.of("OutboundEvidence.broken.1",
                    profile.label(), attempt.get().problem().get()));
        }
        if (attempt.get().sessions().isEmpty()) {
            return Verdict.broken(id, Reason.of("OutboundEvidence.broken.2",
                    profile.label(), attempt.get().window().toSeconds(), attempt.get().queue().described()));
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
            return hello.map(judge).orElseGet(() -> Verdict.skipped(id, Reason.of("OutboundEvidence.skipped.2")));
        });
    }

    /**
     * The mandatory-TLS outcome every "must not go on" profile shares: plaintext transaction or MAIL after a bad
     * chain fails; a deferral passes; an invisible queue passes only on what was seen (nothing sent).
     */
    static Verdict refusedAndDeferred(String id, DeliveryAttempt a, Reason peer) {
        var plaintext = a.plaintextTransaction();
        if (plaintext.isPresent()) {
            return Verdict.failed(id, Reason.of("OutboundEvidence.failed.1",
                    peer, String.join("/", plaintext.get().plaintextTransaction()), a.described()));
        }
        var afterBadChain = a.sessions().stream().filter(s -> s.wentOnAfterBadCertificate()).findFirst();
        if (afterBadChain.isPresent()) {
            return Verdict.failed(id, Reason.of("OutboundEvidence.failed.2",
                    peer, String.join("/", afterBadChain.get().transactionInsideTls()), a.described()));
        }
        if (a.delivered().isPresent()) {
            return Verdict.failed(id, Reason.of("OutboundEvidence.failed.3", peer, a.described()));
        }
        if (a.deferred()) {
            return Verdict.passed(id, Reason.of("OutboundEvidence.passed.1", peer, a.queue().described()));
        }
        if (a.queue().stillQueued().isEmpty()) {
            return Verdict.passed(id, Reason.of("OutboundEvidence.passed.2", peer));
        }
        return Verdict.broken(id, Reason.of("OutboundEvidence.broken.3", peer, a.queue().described()));
    }

    /** The keys of a "no MAIL, message deferred" verdict, in the words of its check (DANE-05, MTASTS-04). */
    record DeferralWords(String plaintext, String mailSent, String stayedQueued, String queueNotVisible,
                         String vanished) {
    }

    /**
     * The outcome a sender that must not deliver to this peer is held to, whatever the reason (an unauthenticated
     * DANE chain, an MX its MTA-STS policy does not validate): a plaintext transaction fails, and so does MAIL inside
     * TLS or a delivery; a deferral passes; an invisible queue passes on what was seen (no MAIL).
     */
    static Verdict noMailAndDeferred(String id, DeliveryAttempt a, Reason peer, DeferralWords words) {
        var plaintext = a.plaintextTransaction();
        if (plaintext.isPresent()) {
            return Verdict.failed(id, Reason.of(words.plaintext(),
                    peer, String.join("/", plaintext.get().plaintextTransaction()), a.described()));
        }
        var mailInsideTls = a.sessions().stream().filter(s -> s.transactionInsideTls().contains("MAIL")).findFirst();
        if (a.delivered().isPresent() || mailInsideTls.isPresent()) {
            return Verdict.failed(id, Reason.of(words.mailSent(), peer, a.described()));
        }
        if (a.deferred()) {
            return Verdict.passed(id, Reason.of(words.stayedQueued(), peer, a.queue().described()));
        }
        if (a.queue().stillQueued().isEmpty()) {
            return Verdict.passed(id, Reason.of(words.queueNotVisible(), peer));
        }
        return Verdict.broken(id, Reason.of(words.vanished(), peer, a.queue().described()));
    }
}
