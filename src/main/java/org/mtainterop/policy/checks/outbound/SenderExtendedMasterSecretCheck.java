package org.mtainterop.policy.checks.outbound;

import org.mtainterop.policy.Verdict;
import org.mtainterop.tls.raw.ClientHelloOffer;
import org.mtainterop.tls.raw.ProtocolVersion;
import org.mtainterop.tls.raw.ServerHello;

/**
 * TLS-EXT-02, sending side: a sender that offers TLS 1.2 offers extended_master_secret (RFC 7627 §5.1; ANSSI TLS
 * guide v1.2 R29), so a TLS 1.2 session's keys are bound to its handshake. Offering TLS 1.3 only, it does not apply.
 */
public final class SenderExtendedMasterSecretCheck extends SenderClientHelloCheck {
    public static final String ID = "TLS-EXT-02";

    public SenderExtendedMasterSecretCheck() {
        super(ID);
    }

    @Override
    Verdict judge(ClientHelloOffer hello) {
        if (!hello.offers(ProtocolVersion.TLS_1_2)) {
            return Verdict.skipped(ID, "the ClientHello does not offer TLS 1.2 (extended_master_secret is a TLS 1.2"
                    + " extension)");
        }
        if (hello.extensionTypes().contains(ServerHello.EXT_EXTENDED_MASTER_SECRET)) {
            return Verdict.passed(ID, "the ClientHello offers TLS 1.2 with extended_master_secret");
        }
        return Verdict.failed(ID, "the ClientHello offers TLS 1.2 without extended_master_secret (RFC 7627)");
    }
}
