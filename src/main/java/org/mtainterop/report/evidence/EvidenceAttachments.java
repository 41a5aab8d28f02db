package org.mtainterop.report.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mtainterop.probe.OfferedHandshakeFacts;
import org.mtainterop.probe.PartnerPlaintextMailFacts;
import org.mtainterop.probe.PipelinedTlsCommandFacts;
import org.mtainterop.probe.SessionTicketFacts;
import org.mtainterop.probe.StarttlsArgumentFacts;
import org.mtainterop.probe.TlsDialogueFacts;
import org.mtainterop.probe.TlsEnumerationFacts;

/**
 * Renders facts as report attachments: the SMTP transcript, the negotiated TLS parameters, the
 * certificate chain (PEM and a readable summary). Transcripts are already redacted at the source;
 * private keys are never part of any fact.
 */
public final class EvidenceAttachments {
    private EvidenceAttachments() {
    }

    /** The modern dialogue: port 25's "SMTP transcript (STARTTLS dialogue)", or "IMAP transcript (client dialogue)"... */
    public static List<Attachment> of(TlsDialogueFacts d) {
        List<Attachment> out = new ArrayList<>();
        out.add(Attachment.text(d.service().userAccess()
                ? d.service().label().toUpperCase(Locale.ROOT) + " transcript (client dialogue)"
                : "SMTP transcript (STARTTLS dialogue)", d.transcript()));
        d.handshake().ifPresent(h -> out.add(Attachment.text("TLS parameters", h.readable())));
        d.certificate().ifPresent(c -> {
            out.add(Attachment.text("Certificate chain (summary)", c.readable()));
            out.add(new Attachment("Certificate chain (PEM)", "application/x-pem-file",
                    c.chainPem().getBytes(StandardCharsets.US_ASCII)));
        });
        return out;
    }

    /** Port 25 keeps its SMTP name; user access its protocol-neutral one. */
    public static List<Attachment> of(PipelinedTlsCommandFacts p) {
        List<Attachment> out = new ArrayList<>();
        out.add(Attachment.text(p.service().userAccess() ? "Transcript (NOOP pipelined behind the TLS command)"
                : "SMTP transcript (command pipelined behind STARTTLS)", p.transcript()));
        p.handshake().ifPresent(h -> out.add(Attachment.text("TLS parameters", h.readable())));
        return out;
    }

    /** One extra handshake: "SMTP transcript (TLS 1.2 only)", "IMAPS transcript (implicit-TLS port)"... */
    public static List<Attachment> of(String label, OfferedHandshakeFacts h) {
        List<Attachment> out = new ArrayList<>();
        out.add(Attachment.text(h.service().label().toUpperCase(Locale.ROOT) + " transcript (" + label + ")",
                h.transcript()));
        h.handshake().ifPresent(t -> out.add(Attachment.text("TLS parameters (" + label + ")", t.readable())));
        return out;
    }

    /** Plaintext MAIL FROM from a partner's source (STARTTLS-05): the transcript, or nothing when not attempted. */
    public static List<Attachment> of(PartnerPlaintextMailFacts p) {
        return p.notAttempted().isPresent() ? List.of()
                : List.of(Attachment.text("SMTP transcript (plaintext MAIL FROM from a partner)", p.transcript()));
    }

    /** STARTTLS with an argument (STARTTLS-02): the session's transcript. */
    public static List<Attachment> of(StarttlsArgumentFacts s) {
        return List.of(Attachment.text("SMTP transcript (STARTTLS with an argument)", s.transcript()));
    }

    /** The accepted suites per version with the server's order, groups and extensions, and every hello sent. */
    public static List<Attachment> of(TlsEnumerationFacts t) {
        return List.of(Attachment.text("TLS enumeration (versions, suites, server order, groups, extensions)",
                t.readable()));
    }

    /** The complete handshakes of our own client: tickets and their lifetimes, stapling, the early-data resumption. */
    public static List<Attachment> of(SessionTicketFacts s) {
        return List.of(Attachment.text("Session tickets, OCSP stapling and 0-RTT early data", s.readable()));
    }
}
