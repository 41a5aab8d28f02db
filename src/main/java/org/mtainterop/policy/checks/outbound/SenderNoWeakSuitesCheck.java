package org.mtainterop.policy.checks.outbound;

import java.util.List;
import java.util.Optional;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.checks.WeakSuitesRefusedCheck;
import org.mtainterop.tls.raw.CipherSuite;
import org.mtainterop.tls.raw.CipherSuites;
import org.mtainterop.tls.raw.ClientHelloOffer;

/**
 * TLS-CS-01, sending side: the sender's ClientHello offers no NULL, anonymous, RC4, DES/3DES, export or
 * under-128-bit suite (RFC 7465, RFC 9325 §4.1): a suite it offers is one a hostile MX may pick. The same rule as the
 * receiving side ({@link WeakSuitesRefusedCheck#weak}); GREASE values and signalling suites are not suites.
 */
public final class SenderNoWeakSuitesCheck extends SenderClientHelloCheck {
    public static final String ID = "TLS-CS-01";

    public SenderNoWeakSuitesCheck() {
        super(ID);
    }

    @Override
    Verdict judge(ClientHelloOffer hello) {
        // codes outside the IANA registry (GREASE, private use) are not judged: their strength is unknown
        List<CipherSuite> offered = hello.cipherSuites().stream().filter(c -> !ClientHelloOffer.isGrease(c))
                .map(CipherSuites::byCode).flatMap(Optional::stream).filter(s -> !s.has(CipherSuite.Flag.SCSV)).toList();
        if (offered.isEmpty()) {
            return Verdict.broken(ID, Reason.of("SenderNoWeakSuites.broken.1"));
        }
        List<String> weak = offered.stream().filter(WeakSuitesRefusedCheck::weak).map(CipherSuite::displayName).toList();
        if (weak.isEmpty()) {
            return Verdict.passed(ID, Reason.of("SenderNoWeakSuites.passed.1", offered.size()));
        }
        return Verdict.failed(ID, Reason.of("SenderNoWeakSuites.failed.1",
                weak.size(), offered.size(), String.join(", ", weak)));
    }
}
