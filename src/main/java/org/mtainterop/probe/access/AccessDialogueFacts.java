package org.mtainterop.probe.access;

import java.util.Optional;
import org.mtainterop.access.AccessAnswer;
import org.mtainterop.access.AccessCapabilities;
import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.tls.TlsHandshakeFacts;

/**
 * Everything one modern client conversation with a user-access service showed: the greeting, the
 * capabilities before TLS (STARTTLS services only), the answer to STARTTLS / STLS, the handshake and the
 * chain judged against the service's name, and the capabilities inside TLS. Fields are empty where the
 * conversation did not get that far; {@code problem} says why.
 */
public record AccessDialogueFacts(MailService service, Endpoint endpoint, Optional<ConnectionProblem> problem,
                                  Optional<AccessAnswer> greeting, AccessCapabilities beforeTls,
                                  Optional<AccessAnswer> tlsCommandAnswer, Optional<TlsHandshakeFacts> handshake,
                                  Optional<CertificateFacts> certificate, AccessCapabilities insideTls,
                                  String transcript) {

    public boolean tlsEstablished() {
        return handshake.map(TlsHandshakeFacts::completed).orElse(false);
    }

    /** True when the plaintext part (greeting and capabilities) was had: what ACCESS-01/-02 judge. */
    public boolean greetedInPlaintext() {
        return !service.implicitTls() && greeting.map(AccessAnswer::accepted).orElse(false);
    }
}
