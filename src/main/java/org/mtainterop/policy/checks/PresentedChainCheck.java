package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.TLS_DIALOGUE;

import java.util.Set;
import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.TlsPreconditions;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.TlsDialogueFacts;

/**
 * A requirement on the certificate chain a server presents in its modern TLS dialogue, on every service
 * (CERT-01..04): what it needs and when it cannot be judged (no TLS, no chain) are the same for all of them;
 * each says only how it judges the chain.
 */
interface PresentedChainCheck extends InboundCheck {
    @Override
    default Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(TLS_DIALOGUE);
    }

    @Override
    default Verdict judge(ObservedFacts facts) {
        TlsDialogueFacts d = facts.get(TLS_DIALOGUE);
        return TlsPreconditions.noCertificate(requirementId(), d).orElseGet(() -> judgeChain(d.certificate().get()));
    }

    /** The verdict on a chain the server presented (in a completed or a failed handshake). */
    Verdict judgeChain(CertificateFacts chain);
}
