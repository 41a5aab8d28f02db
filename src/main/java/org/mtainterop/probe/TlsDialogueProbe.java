package org.mtainterop.probe;

import java.util.Optional;
import org.mtainterop.dialect.ServerAnswer;
import org.mtainterop.dialect.ServerCapabilities;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.Reason;
import org.mtainterop.smtp.EhloCapabilities;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.tls.TlsClientSettings;

/**
 * One conversation as a modern client has it, on any service: greeting and capabilities, STARTTLS / STLS (or TLS
 * first on an implicit-TLS port), TLS 1.2/1.3 with SNI = the reference name, capabilities again inside TLS,
 * goodbye. No login of any kind. On port 25, as a sending MTA: inside TLS a MAIL before any new EHLO (which must
 * be refused, RFC 3207 §4.2), RSET, EHLO, QUIT; the MAIL is sent only when {@link ProbeSettings#allowTransaction()},
 * never to a live MX by default. Source of STARTTLS-01, -03, -04, -08, TLS-VER-04, CERT-01..04, REQTLS-01 and
 * ACCESS-01, -02, -05.
 */
public final class TlsDialogueProbe {
    static final String PROBE_SENDER = "probe@mta-interop.test";
    private final ProbeSettings settings;

    public TlsDialogueProbe(ProbeSettings settings) {
        this.settings = settings;
    }

    public TlsDialogueFacts run(MailService service, Endpoint endpoint) {
        return service == MailService.SMTP ? port25(endpoint) : userAccess(service, endpoint);
    }

    private TlsDialogueFacts port25(Endpoint endpoint) {
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
        Optional<SmtpReply> ehlo = n.capabilitiesAnswerBeforeTls().map(ServerCapabilities::response);
        Optional<SmtpReply> ehloInside = n.capabilitiesAnswerInsideTls().map(ServerCapabilities::response);
        SmtpDialogue smtp = new SmtpDialogue(ehlo, EhloCapabilities.announcedIn(ehlo), mailWithoutEhlo, ehloInside,
                EhloCapabilities.announcedIn(ehloInside), settings.allowTransaction());
        return facts(MailService.SMTP, endpoint, n, Optional.of(smtp));
    }

    private TlsDialogueFacts userAccess(MailService service, Endpoint endpoint) {
        TlsClientSettings modern = TlsClientSettings.modern(endpoint.referenceName());
        TlsNegotiation<?> n = TlsNegotiation.open(service, endpoint, settings, modern, true);
        try {
            n.upgrade(modern);
            n.askCapabilitiesInsideTls();
        } finally {
            n.finish();
        }
        return facts(service, endpoint, n, Optional.empty());
    }

    private TlsDialogueFacts facts(MailService service, Endpoint endpoint, TlsNegotiation<?> n,
                                   Optional<SmtpDialogue> smtp) {
        return new TlsDialogueFacts(service, endpoint, n.problem(), n.greeting().map(ServerAnswer::answer),
                n.capabilitiesBeforeTls(), n.tlsCommandAnswer().map(ServerAnswer::answer), n.handshake(),
                n.certificate(endpoint, settings), n.capabilitiesInsideTls(), n.transcript(), smtp);
    }

    /** STARTTLS-03: MAIL inside TLS before a new EHLO, and RSET at once if it was accepted; only when allowed. */
    private Optional<SmtpReply> mailBeforeANewEhlo(TlsNegotiation<SmtpReply> n) {
        if (!settings.allowTransaction()) {
            n.note("MAIL before a new EHLO not sent: live target without --allow-transaction");
            return Optional.empty();
        }
        Optional<ServerAnswer<SmtpReply>> mail = n.exchange(Reason.of("During.insideTls"), d -> d.mailFrom(PROBE_SENDER));
        if (mail.isPresent() && mail.get().accepted()) {
            n.exchange(Reason.of("During.insideTls"), d -> d.reset());
        }
        return mail.map(ServerAnswer::response);
    }
}
