package org.mtainterop.interop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An interop matrix made of canned results (no Docker): every pair verified over TLS 1.3 but one. */
public final class CannedInteropMatrix {
    public static final List<String> MTAS = List.of("postfix", "exim", "opensmtpd");

    private CannedInteropMatrix() {
    }

    /** All nine pairs delivered, except {@code exim → opensmtpd}: the receiver refused (still queued). */
    public static InteropMatrixResult withOneFailure() {
        List<InteropResult> results = new ArrayList<>();
        for (String s : MTAS) {
            for (String r : MTAS) {
                if (s.equals("exim") && r.equals("opensmtpd")) {
                    results.add(InteropResult.notDelivered(s, r, 30.0, FaultSide.RECEIVER,
                            "queue: 1xXXUt bob@opensmtpd.test | sender log: TLS session: (gnutls_handshake): Error"));
                } else {
                    results.add(InteropResult.delivered(s, r, 0.4 + results.size() / 10.0,
                            Optional.of(new ReceivedTls("TLSv1.3", "TLS_AES_256_GCM_SHA384")), true, "Received: canned"));
                }
            }
        }
        return new InteropMatrixResult(MTAS, MTAS, results, Duration.ofSeconds(14));
    }
}
