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
 * CERT-01, on every service: the chain is complete, unexpired and reaches a trust anchor (RFC 5280 §6 PKIX path
 * validation).
 */
public final class ChainTrustedCheck implements InboundCheck {
    public static final String ID = "CERT-01";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(TLS_DIALOGUE);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        TlsDialogueFacts d = facts.get(TLS_DIALOGUE);
        var missing = TlsPreconditions.noCertificate(ID, d);
        if (missing.isPresent()) {
            return missing.get();
        }
        return judgeChain(d.certificate().get());
    }

    private static Verdict judgeChain(CertificateFacts c) {
        if (c.pkix().valid()) {
            return Verdict.passed(ID, "the chain of " + c.chain().size() + " certificate(s) validates against "
                    + c.trustDescription());
        }
        return Verdict.failed(ID, "the chain does not validate: " + c.pkix().reason());
    }
}
