package org.mtainterop.policy.checks;


import java.util.ArrayList;
import java.util.List;
import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.cert.CertificateSummary;
import org.mtainterop.policy.KeyStrengthThresholds;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;

/** CERT-03, on every service: leaf key RSA &gt;= 2048 or ECDSA &gt;= 256 bits; SHA-2 signatures in the chain as sent. */
public final class KeyStrengthCheck implements PresentedChainCheck {
    public static final String ID = "CERT-03";
    private final KeyStrengthThresholds thresholds;

    public KeyStrengthCheck(KeyStrengthThresholds thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Verdict judgeChain(CertificateFacts c) {
        List<Reason> problems = new ArrayList<>();
        CertificateSummary leaf = c.leaf();
        if (!thresholds.keyStrongEnough(leaf.keyAlgorithm(), leaf.keyBits())) {
            problems.add(Reason.of("KeyStrength.leafTooWeak", leaf.keyAlgorithm(), leaf.keyBits()));
        }
        for (CertificateSummary cert : c.chain()) {
            // a self-signed trust anchor's own signature is never verified, so its hash does not matter
            boolean anchorSentAlong = cert.selfIssued() && c.chain().size() > 1;
            if (!anchorSentAlong && !thresholds.signatureHashAcceptable(cert.signatureAlgorithm())) {
                problems.add(Reason.of("KeyStrength.signedWith", cert.subject(), cert.signatureAlgorithm()));
            }
        }
        Reason observed = Reason.of("KeyStrength.passed.1", leaf.keyAlgorithm(), leaf.keyBits(),
                String.join(", ", c.signatureAlgorithms()));
        if (problems.isEmpty()) {
            return Verdict.passed(ID, observed);
        }
        return Verdict.failed(ID, Reason.of("KeyStrength.failed.1", Reason.join("; ", problems), thresholds.source()));
    }
}
