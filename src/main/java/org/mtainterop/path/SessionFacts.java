package org.mtainterop.path;

import java.util.Optional;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * What one session of a path run (submission at A, or the IMAP read at B) did, as facts: where it connected, the TLS
 * it had, whether it reached its goal, what stopped it, and its transcript (credentials redacted at the source and
 * scrubbed again by {@link SecretScrub}).
 *
 * @param endpoint         {@code smtp.a.test:587 (172.18.0.5)}
 * @param connectedAddress the server's address as connected, for PATH-02
 * @param tls              {@code TLSv1.3 TLS_AES_256_GCM_SHA384}, empty without a handshake
 * @param succeeded        the message was accepted (submission) or found (mailbox)
 * @param said             one line: what happened, or why it stopped, as a message key and its facts
 */
public record SessionFacts(String endpoint, Optional<String> connectedAddress, Optional<String> tls, boolean succeeded,
                           Reason said, String transcript) {

    /** {@link #said()} in English, as the JSON and the evidence keep it. */
    public String outcome() {
        return said.render(ReportLanguage.EN);
    }
}
