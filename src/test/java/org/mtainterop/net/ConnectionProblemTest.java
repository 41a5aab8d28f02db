package org.mtainterop.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/** A connection problem is data: the harness's words in the report's language, what the JDK said as it said it. */
class ConnectionProblemTest {
    @Test
    void aTimeoutIsSaidInEachLanguageWithTheJdksDetailAsMeasured() {
        ConnectionProblem p = ConnectionProblem.of(new SocketTimeoutException("Read timed out"),
                Reason.of("During.greeting"));
        assertThat(p.kind()).isEqualTo(ConnectionProblem.Kind.TIMEOUT);
        assertThat(p.reason()).isEqualTo("timed out waiting for the greeting (Read timed out)");
        assertThat(p.said().render(ReportLanguage.FR)).isEqualTo("délai dépassé en attendant la bannière (Read timed out)");
    }

    @Test
    void everyKindKeepsItsEnglishWordsAndHasFrenchOnes() {
        Reason during = Reason.of("During.command", "STARTTLS");
        ConnectionProblem closed = ConnectionProblem.of(new EOFException(), during);
        assertThat(closed.reason()).isEqualTo("connection closed by the server during STARTTLS");
        assertThat(closed.said().render(ReportLanguage.FR)).isEqualTo("connexion fermée par le serveur pendant STARTTLS");
        ConnectionProblem tls = ConnectionProblem.of(new SSLHandshakeException("Received fatal alert: handshake_failure"),
                Reason.of("During.pipelined", "STARTTLS"));
        assertThat(tls.kind()).isEqualTo(ConnectionProblem.Kind.TLS);
        assertThat(tls.reason()).isEqualTo("TLS failure during the pipelined STARTTLS: Received fatal alert: handshake_failure");
        assertThat(tls.said().render(ReportLanguage.FR))
                .isEqualTo("échec TLS pendant le STARTTLS envoyé en pipeline : alerte fatale handshake_failure reçue"
                        + " (Received fatal alert: handshake_failure)");
        ConnectionProblem refused = ConnectionProblem.of(new ConnectException("Connection refused"),
                Reason.of("During.connecting", "127.0.0.1:25"));
        assertThat(refused.kind()).isEqualTo(ConnectionProblem.Kind.UNREACHABLE);
        assertThat(refused.said().render(ReportLanguage.FR)).isEqualTo("connexion refusée ou hôte injoignable (Connection refused)");
        ConnectionProblem givenUp = ConnectionProblem.of(new TargetGivenUpException("not tested: the target deadline passed"),
                during);
        assertThat(givenUp.kind()).isEqualTo(ConnectionProblem.Kind.GIVEN_UP);
        assertThat(givenUp.reason()).isEqualTo("not tested: the target deadline passed");
    }

    @Test
    void theHarnessesOwnTimeoutsAndTheBudgetAreSaidInFrenchToo() {
        ConnectionProblem drip = ConnectionProblem.of(new ReadTimedOutException(Reason.of("Read.dripFed", 15L, 7)),
                Reason.of("During.greeting"));
        assertThat(drip.reason()).isEqualTo(
                "timed out waiting for the greeting (response not complete within 15 s (drip-fed: 7 bytes so far))");
        assertThat(drip.said().render(ReportLanguage.FR)).isEqualTo("délai dépassé en attendant la bannière (réponse "
                + "incomplète au bout de 15 s (envoyée au compte-gouttes : 7 octets jusqu'ici))");
        TargetHealth health = TargetHealth.of(java.time.Duration.ZERO, java.time.Duration.ofSeconds(45));
        ConnectionProblem givenUp;
        try {
            health.admit();
            health.broken(Reason.of("Broken.ranInto", Deadline.in(java.time.Duration.ofSeconds(45),
                    Reason.of("Deadline.session")).said()));
            health.admit();
            throw new AssertionError("admitted after the target was given up");
        } catch (TargetGivenUpException e) {
            givenUp = ConnectionProblem.of(e, Reason.of("During.greeting"));
        }
        assertThat(givenUp.reason()).isEqualTo(
                "not tested: an earlier session showed the server broken (a session ran into the session deadline of 45 s)");
        assertThat(givenUp.said().render(ReportLanguage.FR)).isEqualTo("non testé : une session précédente a montré le "
                + "serveur défaillant (une session a atteint le délai de session de 45 s)");
    }
}
