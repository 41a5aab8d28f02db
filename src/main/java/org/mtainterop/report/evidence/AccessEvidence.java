package org.mtainterop.report.evidence;

import java.util.ArrayList;
import java.util.List;
import org.mtainterop.probe.access.CleartextLoginFacts;

/** Evidence of the user-access observations: transcripts (named by protocol), TLS parameters, the chain. */
public final class AccessEvidence {
    private AccessEvidence() {
    }

    public static List<Attachment> of(CleartextLoginFacts c) {
        return c.transcript().isEmpty() ? List.of()
                : List.of(Attachment.text("POP3 transcript (USER before STLS, no password)", c.transcript()));
    }
}
