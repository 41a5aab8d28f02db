package org.mtainterop.probe;

import java.util.Optional;
import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.dialect.AccessAnswer;
import org.mtainterop.dialect.AccessCapabilities;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.tls.TlsHandshakeFacts;

/**
 * Everything one modern TLS conversation showed, on any service: the greeting, the capabilities before TLS
 * (STARTTLS services only), the answer to STARTTLS / STLS, the handshake and the chain judged against the
 * reference name, and the capabilities inside TLS. Fields are empty where the conversation did not get that far;
 * {@code problem} says why. On port 25, {@code smtpDialogue} holds what only SMTP says ({@link SmtpDialogue}).
 */
public record TlsDialogueFacts(MailService service, Endpoint endpoint, Optional<ConnectionProblem> problem,
                               Optional<AccessAnswer> greeting, AccessCapabilities beforeTls,
                               Optional<AccessAnswer> tlsCommandAnswer, Optional<TlsHandshakeFacts> handshake,
                               Optional<CertificateFacts> certificate, AccessCapabilities insideTls,
                               String transcript, Optional<SmtpDialogue> smtpDialogue) {

    public boolean tlsEstablished() {
        return handshake.map(TlsHandshakeFacts::completed).orElse(false);
    }

    /** True when the plaintext part (greeting and capabilities) was had: what ACCESS-01/-02 judge. */
    public boolean greetedInPlaintext() {
        return !service.implicitTls() && greeting.map(AccessAnswer::accepted).orElse(false);
    }

    /** STARTTLS, or STLS on POP3. */
    public String tlsCommandName() {
        return service.tlsCommandName();
    }

    /** Port 25's SMTP part; asking for it on another service is a programming error. */
    public SmtpDialogue smtp() {
        return smtpDialogue.orElseThrow(() -> new IllegalStateException("no SMTP dialogue on " + service.label()));
    }
}
