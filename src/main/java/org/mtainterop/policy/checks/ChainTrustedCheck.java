package org.mtainterop.policy.checks;


import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;

/**
 * CERT-01, on every service: the chain is complete, unexpired and reaches a trust anchor (RFC 5280 §6 PKIX path
 * validation).
 */
public final class ChainTrustedCheck implements PresentedChainCheck {
    public static final String ID = "CERT-01";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Verdict judgeChain(CertificateFacts c) {
        if (c.pkix().valid()) {
            return Verdict.passed(ID, Reason.of("ChainTrusted.passed.1", c.chain().size(), c.trustDescription()));
        }
        return Verdict.failed(ID, Reason.of("ChainTrusted.failed.1", c.pkix().described()));
    }
}
