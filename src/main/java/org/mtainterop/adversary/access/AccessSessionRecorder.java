package org.mtainterop.adversary.access;

import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.net.ssl.SSLSession;
import org.mtainterop.adversary.SessionRecord;
import org.mtainterop.net.MailService;
import org.mtainterop.net.Printable;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.policy.Reason;
import org.mtainterop.tls.raw.ClientHelloOffer;

/**
 * Collects what one client does in one session, beside the shared {@link SessionRecord} (client, ClientHello,
 * handshake, cut-off, transcript), and, when it ends, hands the immutable {@link AccessSessionFacts} to
 * {@code finished}. Used on the session's thread. Lists are capped so a client sending a million NOOPs costs no
 * memory.
 */
final class AccessSessionRecorder {
    private static final int MAX_VERBS = 500;

    private final MailService service;
    private final AccessServerProfile profile;
    private final AccessProfileBehaviour behaviour;
    private final SessionRecord record;
    private final AccessTranscript transcript;
    private final Consumer<AccessSessionFacts> finished;

    private String identification;
    private FirstContact firstContact = FirstContact.NOTHING;
    private final List<String> verbsBeforeTls = new ArrayList<>();
    private final List<String> verbsInsideTls = new ArrayList<>();
    private boolean starttlsSent;
    private boolean capabilitiesReadInsideTls;
    private String preTlsOnlyCapabilityUsed;
    private int bytesAhead;
    private boolean injectedFedToTls;
    private String injectedCapabilityUsed;
    private final List<CredentialEvent> credentials = new ArrayList<>();
    private boolean loggedInInsideTls;
    private boolean loggedInInPlaintext;
    private final List<String> verbsAfterCredentials = new ArrayList<>();
    private final List<String> mailInPlaintext = new ArrayList<>();
    private final List<String> mailInsideTls = new ArrayList<>();

    AccessSessionRecorder(MailService service, AccessServerProfile profile, AccessProfileBehaviour behaviour,
                          SessionRecord record, Consumer<AccessSessionFacts> finished) {
        this.service = service;
        this.profile = profile;
        this.behaviour = behaviour;
        this.record = record;
        this.transcript = AccessTranscript.of(service, record.transcript());
        this.finished = finished;
    }

    AccessTranscript transcript() {
        return transcript;
    }

    AccessServerProfile profile() {
        return profile;
    }

    AccessProfileBehaviour behaviour() {
        return behaviour;
    }

    boolean insideTls() {
        return record.insideTls();
    }

    void started(Socket client) {
        record.started(client, " to " + service.label() + "; server profile " + profile.label());
    }

    void firstContact(FirstContact contact) {
        firstContact = contact;
    }

    /** One command verb, upper case, in order; also counted after credentials once some were sent. */
    void command(String verb) {
        String v = verb.toUpperCase(Locale.ROOT);
        capped(insideTls() ? verbsInsideTls : verbsBeforeTls, v);
        if (!credentials.isEmpty()) {
            capped(verbsAfterCredentials, v);
        }
    }

    void starttls() {
        starttlsSent = true;
    }

    void identification(String text) {
        if (identification == null && text != null && !text.isBlank()) {
            identification = Printable.excerpt(text.strip(), 80);
        }
    }

    void clientHello(ClientHelloOffer hello) {
        record.clientHello(hello);
    }

    void clientHelloProblem(Reason problem) {
        record.clientHelloProblem(problem);
    }

    void tlsEstablished(SSLSession session) {
        record.tlsEstablished(session, profile.certificate());
    }

    void tlsFailed(String problem) {
        record.tlsFailed(problem);
        injectedFedToTls = behaviour.handshakeFailureMeansForgedLinesReachedTls() && record.clientHelloOffer().isPresent();
    }

    void capabilitiesRead() {
        if (insideTls()) {
            capabilitiesReadInsideTls = true;
        }
    }

    void preTlsOnlyCapabilityUsed(String what) {
        if (preTlsOnlyCapabilityUsed == null) {
            preTlsOnlyCapabilityUsed = what;
            transcript.note("the client used " + what + ", which only the pre-TLS capabilities offered");
        }
    }

    void injectedCapabilityUsed(String what) {
        if (injectedCapabilityUsed == null) {
            injectedCapabilityUsed = what;
            transcript.note("the client used " + what + ", which only the injected lines announced");
        }
    }

    void bytesAheadAfterInjection(int bytes) {
        bytesAhead = bytes;
        if (bytes > 0) {
            transcript.note(bytes + " bytes arrived behind the first command inside TLS before its reply was sent");
        }
    }

    /** A credential was sent (its value is not passed here and never kept anywhere). */
    void credential(String mechanism, boolean secret) {
        boolean inside = insideTls();
        Optional<CertificateProfile> shown = inside ? Optional.of(profile.certificate()) : Optional.empty();
        CredentialEvent event = new CredentialEvent(mechanism, secret, inside, shown,
                Duration.between(record.started(), Instant.now()));
        if (credentials.size() < MAX_VERBS) {
            credentials.add(event);
        }
        transcript.note("credentials sent: " + event.describe());
    }

    void loggedIn() {
        if (insideTls()) {
            loggedInInsideTls = true;
        } else {
            loggedInInPlaintext = true;
        }
    }

    /** A verb that moved mail: submitted, read, or appended. */
    void mail(String verb) {
        capped(insideTls() ? mailInsideTls : mailInPlaintext, verb.toUpperCase(Locale.ROOT));
    }

    void ended(SessionEnd end, String how) {
        SessionEnd kind = record.wasCutOff() ? SessionEnd.CUT_OFF : end;
        String ending = record.ended(how);
        finished.accept(new AccessSessionFacts(service, profile, record.clientAddress(), record.started(), Instant.now(),
                Optional.ofNullable(identification), firstContact, verbsBeforeTls, verbsInsideTls, starttlsSent,
                record.clientHelloOffer(), record.clientHelloFailure(), record.tls(), record.tlsFailure(),
                capabilitiesReadInsideTls, Optional.ofNullable(preTlsOnlyCapabilityUsed), bytesAhead, injectedFedToTls,
                Optional.ofNullable(injectedCapabilityUsed), credentials, loggedInInsideTls, loggedInInPlaintext,
                verbsAfterCredentials, mailInPlaintext, mailInsideTls, kind, ending, record.events(),
                record.renderedTranscript()));
    }

    private static void capped(List<String> list, String verb) {
        if (list.size() < MAX_VERBS) {
            list.add(verb);
        }
    }
}
