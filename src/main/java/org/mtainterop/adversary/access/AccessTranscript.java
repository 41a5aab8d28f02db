package org.mtainterop.adversary.access;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.smtp.Transcript;

/**
 * The record of one access session as data (house rule 9): the same {@link org.mtainterop.smtp.TranscriptEvent}s as the SMTP
 * transcript, kept by a {@link Transcript} (non-printables escaped, bounded in events and length). Client text
 * arrives already redacted by the dialogue that knows the protocol's state (SASL continuations, literals);
 * {@link CredentialRedaction} runs again here so a credential verb's arguments never land even if a dialogue
 * forgot.
 */
final class AccessTranscript {
    private final Transcript events;
    private final boolean tagged;
    private final Set<String> knownVerbs;

    private AccessTranscript(Transcript events, boolean tagged, Set<String> knownVerbs) {
        this.events = events;
        this.tagged = tagged;
        this.knownVerbs = knownVerbs;
    }

    /** Writes into {@code events} (the session record's), knowing the protocol's verbs and tagging. */
    static AccessTranscript of(MailService service, Transcript events) {
        return switch (service.protocol()) {
            case IMAP -> new AccessTranscript(events, true, ImapDialogue.VERBS);
            case POP3 -> new AccessTranscript(events, false, Pop3Dialogue.VERBS);
            default -> new AccessTranscript(events, false, SubmissionDialogue.VERBS);
        };
    }

    void client(String redactedLine) {
        events.clientRedacted(CredentialRedaction.redact(redactedLine, tagged, knownVerbs));
    }

    /** A line that carried only a credential (a SASL response, a literal of LOGIN). */
    void clientSecret() {
        events.clientRedacted(CredentialRedaction.REDACTED);
    }

    void server(String line) {
        events.serverRaw(line);
    }

    /** A submission reply, one event per line as it goes on the wire. */
    void server(SmtpReply reply) {
        events.server(reply);
    }

    void tls(String text) {
        events.tls(text);
    }

    void note(String text) {
        events.note(text);
    }
}
