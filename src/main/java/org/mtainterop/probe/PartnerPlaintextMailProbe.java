package org.mtainterop.probe;

import java.util.Optional;
import org.mtainterop.dialect.ClientDialect;
import org.mtainterop.dialect.ServerAnswer;
import org.mtainterop.policy.Reason;
import org.mtainterop.net.Endpoint;
import org.mtainterop.smtp.SmtpReply;

/**
 * STARTTLS-05: between partners that require TLS, MAIL FROM in plaintext is refused with 530 (RFC 3207 §4). From the
 * partner's declared source (bound to it when the declaration names one), greet, EHLO, and send
 * {@code MAIL FROM:<probe@mta-interop.test>} without STARTTLS; an accepted MAIL is cancelled at once with RSET. No
 * RCPT, no DATA. Nothing is sent when the target declares nothing, when no partner source is known, or to a live
 * target without {@code --allow-transaction}.
 */
public final class PartnerPlaintextMailProbe {
    private final ProbeSettings settings;

    public PartnerPlaintextMailProbe(ProbeSettings settings) {
        this.settings = settings;
    }

    public PartnerPlaintextMailFacts run(Endpoint endpoint) {
        PartnerSource partner = settings.partner();
        if (!partner.requiresTls()) {
            return PartnerPlaintextMailFacts.notAttempted(partner, Reason.of("PartnerPlaintextMail.notDeclared"));
        }
        if (!partner.sourceKnown()) {
            return PartnerPlaintextMailFacts.notAttempted(partner, Reason.of("PartnerPlaintextMail.noSource",
                    partner.declaredBy()));
        }
        if (!settings.allowTransaction()) {
            return PartnerPlaintextMailFacts.notAttempted(partner, Reason.of("PartnerPlaintextMail.noTransaction"));
        }
        TlsNegotiation<SmtpReply> n = TlsNegotiation.openSmtpFrom(endpoint, settings, partner.bind());
        try {
            Optional<SmtpReply> reply = Optional.empty();
            if (n.greeted() && n.tlsCommandOffered()) {
                reply = n.exchange(Reason.of("During.mailFromInPlaintext"),
                        d -> d.mailFrom(TlsDialogueProbe.PROBE_SENDER)).map(ServerAnswer::response);
                if (reply.isPresent() && reply.get().isPositiveCompletion()) {
                    n.note("plaintext MAIL FROM accepted: cancelled with RSET, no RCPT sent");
                    n.exchange(Reason.of("During.rset"), ClientDialect::reset);
                }
            }
            return new PartnerPlaintextMailFacts(partner, Optional.empty(), n.problem(), n.tlsCommandOffered(), reply,
                    n.transcript());
        } finally {
            n.finish();
        }
    }
}
