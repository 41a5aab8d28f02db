package org.mtainterop.adversary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.adversary.access.AccessSessionFacts;
import org.mtainterop.adversary.access.CredentialEvent;
import org.mtainterop.adversary.access.FirstContact;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.SessionFacts;
import org.mtainterop.policy.fixture.ClientFacts;
import org.mtainterop.policy.fixture.OutboundFacts;
import org.mtainterop.report.EnglishLeftovers;
import org.mtainterop.report.ReportLanguage;

/**
 * What the adversarial receiver and access servers record of a client's session, as the verdicts quote it: in English
 * the very line the harness always wrote (compared with that line built as it was built before the words became
 * message keys), in French the harness's words translated and the client's facts as they were; and how a session
 * ended, each ending the servers write, in both languages.
 */
class SessionSummaryTest {

    @Test
    void theOutboundSummaryIsTheLineItAlwaysWasInEnglishAndFrenchInFrench() {
        List<SessionFacts> sessions = List.of(
                OutboundFacts.session(AdversarialProfile.COMPLIANT).build(),
                OutboundFacts.session(AdversarialProfile.COMPLIANT).endedWith("client closed the connection").build(),
                OutboundFacts.session(AdversarialProfile.NO_STARTTLS).withoutStarttls().plaintextTransaction("MAIL", "RCPT", "DATA")
                        .endedWith("QUIT").build(),
                OutboundFacts.session(AdversarialProfile.HANDSHAKE_ABORT).handshakeFailed("Received fatal alert: bad_certificate")
                        .endedWith("TLS handshake did not complete: Received fatal alert: bad_certificate").build(),
                OutboundFacts.session(AdversarialProfile.COMPLIANT).endedWith("cut off: session longer than 30 s").build(),
                OutboundFacts.session(AdversarialProfile.COMPLIANT).endedWith("cut off: no complete line within 15 s").build());
        for (SessionFacts s : sessions) {
            assertThat(s.summary()).isEqualTo(legacy(s)).isEqualTo(s.described().render(ReportLanguage.EN));
            assertThat(EnglishLeftovers.in(s.described().render(ReportLanguage.FR))).as(s.described().render(ReportLanguage.FR))
                    .isEmpty();
        }
        assertThat(sessions.get(2).described().render(ReportLanguage.FR))
                .isEqualTo("192.0.2.10 EHLO " + sessions.get(2).clientName() + " : en clair MAIL/RCPT/DATA ; message remis EN CLAIR ; QUIT");
        assertThat(sessions.get(3).described().render(ReportLanguage.FR)).endsWith(
                "échec de la négociation TLS (alerte fatale bad_certificate reçue (Received fatal alert: bad_certificate)) ;"
                        + " la négociation TLS n'a pas abouti : alerte fatale bad_certificate reçue"
                        + " (Received fatal alert: bad_certificate)");
        assertThat(sessions.get(4).described().render(ReportLanguage.FR)).endsWith("; interrompue : session de plus de 30 s");
    }

    @Test
    void theAccessSummaryIsTheLineItAlwaysWasInEnglishAndFrenchInFrench() {
        List<AccessSessionFacts> sessions = List.of(
                ClientFacts.session(AccessServerProfile.COMPLIANT).endedWith("client said goodbye").build(),
                ClientFacts.session(AccessServerProfile.NO_STARTTLS).credentialInPlaintext(ClientFacts.credential("AUTH PLAIN"))
                        .endedWith("client closed the connection").build(),
                ClientFacts.session(AccessServerProfile.NO_STARTTLS).credentialInPlaintext(
                        ClientFacts.credential("POP3 USER").userNameOnly()).endedWith("client said goodbye").build(),
                ClientFacts.session(AccessServerProfile.RESPONSE_INJECTION).bytesAheadAfterInjection(17)
                        .usedInjectedCapability("AUTH=PLAIN").endedWith("cut off: no complete line within 500 ms").build(),
                ClientFacts.session(AccessServerProfile.TAMPERED_CAPABILITIES).usedPreTlsOnlyCapability("LOGINDISABLED")
                        .endedWith("connection ended: Connection reset").build(),
                ClientFacts.session(AccessServerProfile.HANDSHAKE_ABORT).handshakeFailed("Remote host terminated the handshake")
                        .endedWith("TLS handshake did not complete (connection closed)").build(),
                ClientFacts.session(AccessServerProfile.IMPLICIT_PLAINTEXT).clientHelloFirst(java.util.Optional.empty())
                        .endedWith("client began TLS on the plaintext greeting (closed by the server)").build());
        for (AccessSessionFacts s : sessions) {
            assertThat(s.summary()).isEqualTo(legacy(s));
            String french = s.described().render(ReportLanguage.FR);
            assertThat(EnglishLeftovers.in(french.replace("Connection reset", ""))).as(french).isEmpty();
        }
        assertThat(sessions.get(1).described().render(ReportLanguage.FR)).contains("identifiants : AUTH PLAIN EN CLAIR ;")
                .endsWith("; le client a fermé la connexion");
        assertThat(sessions.get(2).described().render(ReportLanguage.FR))
                .contains("identifiants : POP3 USER (nom d'utilisateur seul) EN CLAIR");
        assertThat(sessions.get(3).described().render(ReportLanguage.FR)).contains(
                "17 octets envoyés avant la réponse, après l'injection ; a utilisé la capacité injectée AUTH=PLAIN ;"
                        + " interrompue : aucune ligne complète en 500 ms");
    }

    @Test
    void everyEndingTheServersWriteIsWordedInBothLanguages() {
        List<String> endings = List.of("client closed the connection", "client said goodbye",
                "client began TLS on the plaintext greeting (closed by the server)",
                "TLS handshake did not complete (connection closed)",
                "TLS handshake did not complete: Received fatal alert: certificate_unknown",
                "the client sent nothing where its ClientHello was due (closed)", "cut off: session longer than 30 s",
                "cut off: no complete line within 15 s", "cut off: no complete line within 500 ms",
                "cut off: client line longer than 1000 octets",
                "cut off: non-synchronising literal of 99999999 bytes exceeds 1048576",
                "cut off: command with literals longer than 65536 bytes", "connection ended: Socket closed", "QUIT");
        List<String> french = List.of("le client a fermé la connexion", "le client a pris congé",
                "le client a commencé TLS sur la bannière en clair (connexion fermée par le serveur)",
                "la négociation TLS n'a pas abouti (connexion fermée)",
                "la négociation TLS n'a pas abouti : alerte fatale certificate_unknown reçue"
                        + " (Received fatal alert: certificate_unknown)",
                "le client n'a rien envoyé là où son ClientHello était attendu (closed)",
                "interrompue : session de plus de 30 s", "interrompue : aucune ligne complète en 15 s",
                "interrompue : aucune ligne complète en 500 ms", "interrompue : ligne du client de plus de 1000 octets",
                "interrompue : littéral non synchronisant de 99999999 octets, au-delà de 1048576",
                "interrompue : commande dont les littéraux dépassent 65536 octets", "connexion terminée : Socket closed",
                "QUIT");
        for (int i = 0; i < endings.size(); i++) {
            assertThat(SessionEnding.of(endings.get(i)).render(ReportLanguage.EN)).isEqualTo(endings.get(i));
            assertThat(SessionEnding.of(endings.get(i)).render(ReportLanguage.FR)).isEqualTo(french.get(i));
        }
    }

    /** The outbound summary as SessionFacts built it before its words were message keys. */
    private static String legacy(SessionFacts s) {
        StringBuilder out = new StringBuilder(s.clientAddress()).append(" EHLO ").append(s.clientName()).append(": ");
        if (!s.plaintextTransaction().isEmpty()) {
            out.append("plaintext ").append(String.join("/", s.plaintextTransaction())).append("; ");
        }
        if (s.starttlsSent()) {
            out.append("STARTTLS; ");
        }
        s.tls().ifPresent(t -> out.append(t.protocol()).append(' ').append(t.cipherSuite()).append("; "));
        s.tlsFailure().ifPresent(f -> out.append("handshake failed (").append(f).append("); "));
        if (!s.transactionInsideTls().isEmpty()) {
            out.append("inside TLS ").append(String.join("/", s.transactionInsideTls())).append("; ");
        }
        s.delivered().ifPresent(d -> out.append("message delivered").append(d.overTls() ? " inside TLS" : " IN PLAINTEXT")
                .append("; "));
        return out.append(s.ending()).toString();
    }

    /** The access summary as AccessSessionFacts built it before its words were message keys. */
    private static String legacy(AccessSessionFacts s) {
        StringBuilder out = new StringBuilder(s.service().label()).append(' ').append(s.clientAddress());
        s.clientIdentification().ifPresent(id -> out.append(" (").append(id).append(')'));
        out.append(" [").append(s.profile().label()).append("]: ");
        if (s.firstContact() == FirstContact.TLS_CLIENT_HELLO) {
            out.append("sent a ClientHello to the plaintext greeting; ");
        }
        if (!s.verbsBeforeTls().isEmpty()) {
            out.append("plaintext ").append(s.verbsBeforeTls().stream().distinct().limit(12).collect(Collectors.joining("/")))
                    .append("; ");
        }
        s.tls().ifPresent(t -> out.append(t.protocol()).append(' ').append(t.cipherSuite()).append("; "));
        s.tlsFailure().ifPresent(f -> out.append("handshake failed (").append(f).append("); "));
        if (!s.verbsInsideTls().isEmpty()) {
            out.append("inside TLS ").append(s.verbsInsideTls().stream().distinct().limit(12).collect(Collectors.joining("/")))
                    .append("; ");
        }
        for (CredentialEvent c : s.credentials()) {
            out.append("credentials: ").append(c.mechanism()).append(c.secret() ? "" : " (user name only)")
                    .append(c.insideTls() ? " inside TLS" : " IN PLAINTEXT").append("; ");
        }
        if (s.bytesAheadAfterInjection() > 0) {
            out.append(s.bytesAheadAfterInjection()).append(" bytes ahead of the reply after the injection; ");
        }
        s.injectedCapabilityUsed().ifPresent(c -> out.append("used injected ").append(c).append("; "));
        s.preTlsOnlyCapabilityUsed().ifPresent(c -> out.append("used pre-TLS-only ").append(c).append("; "));
        return out.append(s.ending()).toString();
    }
}
