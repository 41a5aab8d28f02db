package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.SESSION_TICKETS;
import static org.mtainterop.observation.Observations.TLS_DIALOGUE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.cert.CertificateRevocation;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.TlsPreconditions;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.SessionTicketFacts;
import org.mtainterop.probe.TlsDialogueFacts;

/**
 * CERT-05, on port 25: the leaf says where its revocation status can be found, a URI in its cRLDistributionPoints
 * (RFC 5280 §4.2.1.13) or an OCSP responder URI in its authorityInfoAccess (RFC 5280 §4.2.2.1, RFC 6960); and an OCSP
 * response the server staples (status_request, RFC 6066 §8, RFC 8446 §4.4.2.1) is one a client can use. Judged on
 * the leaf only: the chain's CA certificates are judged by whoever validates them.
 *
 * <p>Stapling itself is optional in TLS, so a server that staples nothing passes on the leaf's pointers alone and
 * the verdict says it does not staple (internet.nl treats "no stapling" as information, not as a defect). A server
 * that staples a response a client must reject fails (RFC 6960 §3.2): a response for another certificate, a revoked
 * or unknown status, one expired or not yet valid, not signed by the leaf's issuer or a responder it delegated, or
 * not successful ({@link StaplingVerdict}). When the complete handshakes that ask for a staple did not happen,
 * stapling is "not tested" and said so; the verdict then rests on the leaf's pointers.
 */
public final class RevocationInfoCheck implements InboundCheck {
    public static final String ID = "CERT-05";
    private static final Reason SOURCE = Reason.of("RevocationInfo.source");

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(TLS_DIALOGUE, SESSION_TICKETS);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        TlsDialogueFacts d = facts.get(TLS_DIALOGUE);
        return TlsPreconditions.noCertificate(ID, d).orElseGet(() -> judge(d.certificate().get(),
                facts.get(SESSION_TICKETS)));
    }

    /** The verdict on the presented chain and on what the complete handshakes were stapled. */
    Verdict judge(CertificateFacts c, SessionTicketFacts sessions) {
        StaplingVerdict stapling = StaplingVerdict.of(sessions);
        CertificateRevocation revocation = c.leaf().revocation();
        List<Reason> found = new ArrayList<>();
        if (!revocation.crlUris().isEmpty()) {
            found.add(Reason.of("RevocationInfo.crlUri", String.join(", ", revocation.crlUris())));
        }
        if (!revocation.ocspUris().isEmpty()) {
            found.add(Reason.of("RevocationInfo.ocspUri", String.join(", ", revocation.ocspUris())));
        }
        if (found.isEmpty()) {
            return Verdict.failed(ID, Reason.of("RevocationInfo.failed.1", SOURCE, revocation.described(),
                    stapling.reason()));
        }
        if (stapling.defect()) {
            return Verdict.failed(ID, Reason.of("RevocationInfo.staplingDefect", stapling.reason(), Reason.and(found)));
        }
        return Verdict.passed(ID, Reason.of("RevocationInfo.passed.1", Reason.and(found), stapling.reason()));
    }
}
