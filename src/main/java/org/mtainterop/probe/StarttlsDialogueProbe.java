package org.mtainterop.probe;

import java.util.Optional;
import org.mtainterop.access.ServerAnswer;
import org.mtainterop.access.ServerCapabilities;
import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.net.Endpoint;
import org.mtainterop.smtp.EhloCapabilities;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.tls.TlsClientSettings;

/**
 * One conversation as a modern sending MTA has it: EHLO, STARTTLS, TLS 1.2/1.3 with SNI = the MX name;
 * then inside TLS a MAIL before any new EHLO (which must be refused, RFC 3207 §4.2), RSET, EHLO, QUIT.
 * The MAIL is sent only when {@link ProbeSettings#allowTransaction()}: never to a live MX by default.
 * Source of STARTTLS-01, -03, -04, -08, TLS-VER-04, CERT-01..04, REQTLS-01.
 */
public final class StarttlsDialogueProbe {
    static final String PROBE_SENDER = "probe@mta-interop.test";
    private final ProbeSettings settings;

    public StarttlsDialogueProbe(ProbeSettings settings) {
        this.settings = settings;
    }

    public StarttlsDialogueFacts run(Endpoint endpoint) {
        TlsNegotiation<SmtpReply> n = TlsNegotiation.openSmtp(endpoint, settings);
        Optional<SmtpReply> mailWithoutEhlo = Optional.empty();
        try {
            if (n.upgrade(TlsClientSettings.modern(endpoint.referenceName()))) {
                mailWithoutEhlo = mailBeforeANewEhlo(n);
                n.askCapabilitiesInsideTls();
            }
        } finally {
            n.finish();
        }
        Optional<CertificateFacts> certificate = n.certificate(endpoint, settings);
        Optional<SmtpReply> ehlo = n.capabilitiesAnswerBeforeTls().map(ServerCapabilities::response);
        Optional<SmtpReply> ehloInside = n.capabilitiesAnswerInsideTls().map(ServerCapabilities::response);
        return new StarttlsDialogueFacts(endpoint, n.problem(), n.greeting().map(ServerAnswer::response), ehlo,
                EhloCapabilities.announcedIn(ehlo), n.tlsCommandAnswer().map(ServerAnswer::response), n.handshake(),
                certificate, mailWithoutEhlo, ehloInside, EhloCapabilities.announcedIn(ehloInside), n.transcript(),
                settings.allowTransaction());
    }

    /** STARTTLS-03: MAIL inside TLS before a new EHLO, and RSET at once if it was accepted; only when allowed. */
    private Optional<SmtpReply> mailBeforeANewEhlo(TlsNegotiation<SmtpReply> n) {
        if (!settings.allowTransaction()) {
            n.note("MAIL before a new EHLO not sent: live target without --allow-transaction");
            return Optional.empty();
        }
        Optional<ServerAnswer<SmtpReply>> mail = n.exchange("inside TLS", d -> d.mailFrom(PROBE_SENDER));
        if (mail.isPresent() && mail.get().accepted()) {
            n.exchange("inside TLS", d -> d.reset());
        }
        return mail.map(ServerAnswer::response);
    }
}
