package org.mtainterop.probe.access;

import java.util.Optional;
import org.mtainterop.dialect.AccessAnswer;
import org.mtainterop.dialect.ServerAnswer;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.Reason;
import org.mtainterop.probe.ProbeSettings;
import org.mtainterop.probe.TlsNegotiation;
import org.mtainterop.tls.TlsClientSettings;

/**
 * ACCESS-02 for POP3: does the server take a user name in plaintext? Greeting, then {@code USER probe} — a
 * name that is no account — and QUIT. Never PASS, never a credential: a {@code +OK} is the finding.
 */
public final class CleartextLoginProbe {
    private final ProbeSettings settings;

    public CleartextLoginProbe(ProbeSettings settings) {
        this.settings = settings;
    }

    public CleartextLoginFacts run(MailService service, Endpoint endpoint) {
        if (service.protocol() != MailService.Protocol.POP3 || service.implicitTls()) {
            return new CleartextLoginFacts(Optional.empty(), Optional.empty(), "");
        }
        TlsNegotiation<?> n = TlsNegotiation.open(service, endpoint, settings,
                TlsClientSettings.modern(endpoint.referenceName()), false);
        Optional<AccessAnswer> user = Optional.empty();
        try {
            if (n.greeted()) {
                user = n.exchange(Reason.of("During.afterUser"), dialect -> dialect.userProbe()).map(ServerAnswer::answer);
            }
        } finally {
            n.finish();
        }
        return new CleartextLoginFacts(n.problem(), user, n.transcript());
    }
}
