package org.mtainterop.policy.checks.outbound;

import java.util.List;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.tls.raw.ClientHelloOffer;

/**
 * TLS-EXT-03, sending side: the sender's ClientHello offers no compression method but null (RFC 9325 §3.3, CRIME;
 * RFC 8446 §4.1.2 requires exactly null in TLS 1.3 hellos).
 */
public final class SenderNoCompressionCheck extends SenderClientHelloCheck {
    public static final String ID = "TLS-EXT-03";

    public SenderNoCompressionCheck() {
        super(ID);
    }

    @Override
    Verdict judge(ClientHelloOffer hello) {
        if (hello.sslv2Format()) {
            return Verdict.passed(ID, Reason.of("SenderNoCompression.passed.1"));
        }
        List<Integer> others = hello.compressionMethods().stream().filter(m -> m != 0).toList();
        if (hello.compressionMethods().isEmpty()) {
            return Verdict.broken(ID, Reason.of("SenderNoCompression.broken.1"));
        }
        if (others.isEmpty()) {
            return Verdict.passed(ID, Reason.of("SenderNoCompression.passed.2"));
        }
        return Verdict.failed(ID, Reason.of("SenderNoCompression.failed.1", Reason.join(", ", others.stream()
                .map(m -> m == 1 ? Reason.fact("DEFLATE (1)") : m == 64 ? Reason.fact("LZS (64)")
                        : Reason.of("SenderNoCompression.method", m)).toList())));
    }
}
