package org.mtainterop.probe.access;

import java.util.Optional;
import org.mtainterop.access.ServerAnswer;
import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.probe.ProbeSettings;
import org.mtainterop.probe.TlsNegotiation;
import org.mtainterop.tls.TlsClientSettings;

/**
 * One conversation as a modern mail client has it with a submission, IMAP or POP3 service: greeting and
 * capabilities, STARTTLS / STLS (or TLS first on an implicit-TLS port), TLS 1.2/1.3 with SNI = the server
 * name, capabilities again inside TLS, goodbye. No login of any kind. Source of ACCESS-01, -02, -05,
 * STARTTLS-08 and CERT-01..04 for user access.
 */
public final class AccessDialogueProbe {
    private final ProbeSettings settings;

    public AccessDialogueProbe(ProbeSettings settings) {
        this.settings = settings;
    }

    public AccessDialogueFacts run(MailService service, Endpoint endpoint) {
        TlsClientSettings modern = TlsClientSettings.modern(endpoint.referenceName());
        TlsNegotiation<?> n = TlsNegotiation.open(service, endpoint, settings, modern, true);
        try {
            n.upgrade(modern);
            n.askCapabilitiesInsideTls();
        } finally {
            n.finish();
        }
        Optional<CertificateFacts> certificate = n.certificate(endpoint, settings);
        return new AccessDialogueFacts(service, endpoint, n.problem(), n.greeting().map(ServerAnswer::answer),
                n.capabilitiesBeforeTls(), n.tlsCommandAnswer().map(ServerAnswer::answer), n.handshake(), certificate,
                n.capabilitiesInsideTls(), n.transcript());
    }
}
