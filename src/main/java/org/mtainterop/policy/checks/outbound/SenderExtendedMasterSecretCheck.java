package org.mtainterop.policy.checks.outbound;

import org.mtainterop.policy.Reason;
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
            return Verdict.skipped(ID, Reason.of("SenderExtendedMasterSecret.skipped.1"));
        }
        if (hello.extensionTypes().contains(ServerHello.EXT_EXTENDED_MASTER_SECRET)) {
            return Verdict.passed(ID, Reason.of("SenderExtendedMasterSecret.passed.1"));
        }
        return Verdict.failed(ID, Reason.of("SenderExtendedMasterSecret.failed.1"));
    }
}
