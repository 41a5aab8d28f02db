package org.mtainterop.policy.checks;

import java.util.ArrayList;
import java.util.List;
import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.cert.CertificateRevocation;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;

/**
 * CERT-05, on port 25: the leaf says where its revocation status can be found, a URI in its cRLDistributionPoints
 * (RFC 5280 §4.2.1.13) or an OCSP responder URI in its authorityInfoAccess (RFC 5280 §4.2.2.1, RFC 6960). Judged on
 * the leaf only: the chain's CA certificates are judged by whoever validates them.
 *
 * <p>OCSP stapling (status_request, RFC 6066 §8) is not judged yet: the session-tickets observation
 * ({@code probe/SessionTicketProbe}) asks for it and records whether the server stapled, but no reference MTA here
 * staples, so there is no passing case to judge it against. The verdict says so; it never passes or fails on stapling.
 */
public final class RevocationInfoCheck implements PresentedChainCheck {
    public static final String ID = "CERT-05";
    static final Reason STAPLING_NOT_MEASURED = Reason.of("RevocationInfo.staplingNotJudged");
    private static final Reason SOURCE = Reason.of("RevocationInfo.source");

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Verdict judgeChain(CertificateFacts c) {
        CertificateRevocation revocation = c.leaf().revocation();
        List<Reason> found = new ArrayList<>();
        if (!revocation.crlUris().isEmpty()) {
            found.add(Reason.of("RevocationInfo.crlUri", String.join(", ", revocation.crlUris())));
        }
        if (!revocation.ocspUris().isEmpty()) {
            found.add(Reason.of("RevocationInfo.ocspUri", String.join(", ", revocation.ocspUris())));
        }
        if (!found.isEmpty()) {
            return Verdict.passed(ID, Reason.of("RevocationInfo.passed.1", Reason.and(found), STAPLING_NOT_MEASURED));
        }
        return Verdict.failed(ID, Reason.of("RevocationInfo.failed.1",
                SOURCE, revocation.described(), STAPLING_NOT_MEASURED));
    }
}
