package org.mtainterop.probe;

import java.util.Optional;
import org.mtainterop.dialect.ServerAnswer;
import org.mtainterop.dialect.SmtpDialect;
import org.mtainterop.net.Endpoint;
import org.mtainterop.policy.Reason;
import org.mtainterop.smtp.SmtpReply;

/**
 * STARTTLS-02: after EHLO, {@code STARTTLS foo}. RFC 3207 §4 defines STARTTLS without parameters and the reply
 * {@code 501 Syntax error (no parameters allowed)}. Nothing else is sent; a server that answers 220 expects a
 * handshake, which the probe does not start: it notes that and closes.
 */
public final class StarttlsArgumentProbe {
    /** What the probe puts after STARTTLS, as RFC 3207's own example of a wrong use does. */
    public static final String ARGUMENT = "foo";
    private final ProbeSettings settings;

    public StarttlsArgumentProbe(ProbeSettings settings) {
        this.settings = settings;
    }

    public StarttlsArgumentFacts run(Endpoint endpoint) {
        TlsNegotiation<SmtpReply> n = TlsNegotiation.openSmtp(endpoint, settings);
        try {
            if (!n.greeted() || !n.tlsCommandOffered()) {
                return facts(n, null);
            }
            SmtpReply reply = n.exchange(Reason.of("During.startTlsWith", ARGUMENT),
                    d -> ((SmtpDialect) d).startTlsWithArgument(ARGUMENT)).map(ServerAnswer::response).orElse(null);
            if (reply != null && reply.code() == 220) {
                n.note("the server accepted STARTTLS with an argument and now expects a handshake: none is started");
            }
            return facts(n, reply);
        } finally {
            n.finish();
        }
    }

    private static StarttlsArgumentFacts facts(TlsNegotiation<SmtpReply> n, SmtpReply reply) {
        return new StarttlsArgumentFacts(n.problem(), n.tlsCommandOffered(), ARGUMENT,
                Optional.ofNullable(reply), n.transcript());
    }
}
