package org.mtainterop.adversary.access;

import java.util.List;
import java.util.Set;
import org.mtainterop.smtp.Transcript;
import org.mtainterop.smtp.TranscriptEvent;

/**
 * The record of one access session as data (house rule 9): the same {@link TranscriptEvent}s as the SMTP
 * transcript, kept by a {@link Transcript} (non-printables escaped, bounded in events and length). Client text
 * arrives already redacted by the dialogue that knows the protocol's state (SASL continuations, literals);
 * {@link CredentialRedaction} runs again here so a credential verb's arguments never land even if a dialogue
 * forgot.
 */
final class AccessTranscript {
    private final Transcript events = new Transcript();
    private final boolean tagged;
    private final Set<String> knownVerbs;

    AccessTranscript(boolean tagged, Set<String> knownVerbs) {
        this.tagged = tagged;
        this.knownVerbs = knownVerbs;
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

    void tls(String text) {
        events.tls(text);
    }

    void note(String text) {
        events.note(text);
    }

    List<TranscriptEvent> events() {
        return events.events();
    }

    String render() {
        return events.render();
    }
}
