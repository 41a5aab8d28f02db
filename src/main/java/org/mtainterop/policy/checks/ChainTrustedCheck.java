package org.mtainterop.policy.checks;


import org.mtainterop.cert.CertificateFacts;
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
            return Verdict.passed(ID, "the chain of " + c.chain().size() + " certificate(s) validates against "
                    + c.trustDescription());
        }
        return Verdict.failed(ID, "the chain does not validate: " + c.pkix().reason());
    }
}
