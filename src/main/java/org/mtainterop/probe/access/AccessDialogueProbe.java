package org.mtainterop.probe.access;

import java.io.IOException;
import java.util.Optional;
import org.mtainterop.access.AccessCapabilities;
import org.mtainterop.cert.CertificateAnalyzer;
import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.net.ProtocolViolation;
import org.mtainterop.probe.ProbeSettings;
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
        AccessNegotiation n = AccessNegotiation.open(service, endpoint, settings, modern, true);
        Optional<CertificateFacts> certificate = Optional.empty();
        AccessCapabilities inside = AccessCapabilities.none(service.protocol());
        try {
            boolean up = n.upgrade(modern);
            if (n.handshake != null && (up || !n.handshake.peerChain().isEmpty())) {
                certificate = Optional.of(new CertificateAnalyzer().analyze(n.handshake.peerChain(),
                        endpoint.referenceName(), settings.trust(), settings.now()));
            }
            if (up && n.greeted()) {
                inside = n.dialect.capabilities();
            }
        } catch (IOException e) {
            n.problem = ConnectionProblem.of(e, "inside TLS");
        } catch (ProtocolViolation e) {
            n.problem = AccessNegotiation.malformed(e);
        } finally {
            n.finish();
        }
        return new AccessDialogueFacts(service, endpoint, n.problem(), Optional.ofNullable(n.greeting), n.before,
                Optional.ofNullable(n.tlsCommandAnswer), Optional.ofNullable(n.handshake), certificate, inside,
                n.transcript.render());
    }
}
