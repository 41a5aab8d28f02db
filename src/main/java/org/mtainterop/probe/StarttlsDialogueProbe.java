package org.mtainterop.probe;

import java.io.IOException;
import java.util.Optional;
import org.mtainterop.cert.CertificateAnalyzer;
import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.Endpoint;
import org.mtainterop.smtp.EhloCapabilities;
import org.mtainterop.smtp.SmtpProtocolException;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.smtp.SmtpRequest;
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
        StarttlsNegotiation n = StarttlsNegotiation.open(endpoint, settings);
        Optional<CertificateFacts> certificate = Optional.empty();
        SmtpReply mailWithoutEhlo = null;
        SmtpReply ehloInside = null;
        EhloCapabilities inside = EhloCapabilities.none();
        try {
            if (n.upgrade(TlsClientSettings.modern(endpoint.referenceName()))) {
                certificate = Optional.of(new CertificateAnalyzer().analyze(n.handshake.peerChain(),
                        endpoint.referenceName(), settings.trust(), settings.now()));
                if (settings.allowTransaction()) {
                    mailWithoutEhlo = n.session.command(SmtpRequest.mailFrom(PROBE_SENDER));
                    if (mailWithoutEhlo.isPositiveCompletion()) {
                        n.session.command(SmtpRequest.rset());
                    }
                } else {
                    n.transcript.note("MAIL before a new EHLO not sent: live target without --allow-transaction");
                }
                ehloInside = n.session.command(SmtpRequest.ehlo(settings.ehloName()));
                if (ehloInside.isPositiveCompletion()) {
                    inside = EhloCapabilities.parse(ehloInside);
                }
            } else if (n.handshake != null && !n.handshake.completed() && !n.handshake.peerChain().isEmpty()) {
                certificate = Optional.of(new CertificateAnalyzer().analyze(n.handshake.peerChain(),
                        endpoint.referenceName(), settings.trust(), settings.now()));
            }
        } catch (IOException e) {
            n.problem = ConnectionProblem.of(e, "inside TLS");
        } catch (SmtpProtocolException e) {
            n.problem = new ConnectionProblem(ConnectionProblem.Kind.PROTOCOL, "malformed reply inside TLS: " + e.getMessage());
        } finally {
            n.finish();
        }
        return new StarttlsDialogueFacts(endpoint, n.problem(), Optional.ofNullable(n.greeting),
                Optional.ofNullable(n.ehloReply), n.capabilities, Optional.ofNullable(n.starttlsReply),
                Optional.ofNullable(n.handshake), certificate, Optional.ofNullable(mailWithoutEhlo),
                Optional.ofNullable(ehloInside), inside, n.transcript.render(), settings.allowTransaction());
    }
}
