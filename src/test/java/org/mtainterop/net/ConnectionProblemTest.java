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
                .isEqualTo("échec TLS pendant le STARTTLS envoyé en pipeline : Received fatal alert: handshake_failure");
        ConnectionProblem refused = ConnectionProblem.of(new ConnectException("Connection refused"),
                Reason.of("During.connecting", "127.0.0.1:25"));
        assertThat(refused.kind()).isEqualTo(ConnectionProblem.Kind.UNREACHABLE);
        assertThat(refused.said().render(ReportLanguage.FR)).isEqualTo("connexion refusée ou hôte injoignable (Connection refused)");
        ConnectionProblem givenUp = ConnectionProblem.of(new TargetGivenUpException("not tested: the target deadline passed"),
                during);
        assertThat(givenUp.kind()).isEqualTo(ConnectionProblem.Kind.GIVEN_UP);
        assertThat(givenUp.reason()).isEqualTo("not tested: the target deadline passed");
    }
}
