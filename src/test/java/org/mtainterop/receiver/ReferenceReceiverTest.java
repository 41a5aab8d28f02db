package org.mtainterop.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtainterop.net.Endpoint;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;
import org.mtainterop.smtp.SmtpReply;

class ReferenceReceiverTest {
    private static final String MX = "mx.reference.test";
    private static TestPki pki;
    private static SSLContext clientTls;

    private final RecordingSink sink = new RecordingSink();
    private ReferenceReceiver receiver;

    @BeforeAll
    static void pki() {
        pki = TestPki.generate();
        clientTls = ClientTls.trusting(pki.rootCertificate());
    }

    @AfterEach
    void stop() {
        if (receiver != null) {
            receiver.close();
        }
    }

    private Endpoint start(ReceiverSettings settings) {
        receiver = ReferenceReceiver.start(settings, sink);
        return receiver.endpoint(MX);
    }

    private Endpoint startWithTls() {
        return start(ReceiverSettings.starttls(MX, pki.issue(CertificateProfile.VALID, MX).serverSslContext()));
    }

    /** Connects, reads the banner, says EHLO, does STARTTLS and the handshake. */
    private RawSmtpClient insideTls(Endpoint endpoint) throws IOException {
        RawSmtpClient client = RawSmtpClient.connect(endpoint);
        assertThat(client.read().code()).isEqualTo(220);
        assertThat(client.command("EHLO client.test").lines()).contains("STARTTLS");
        assertThat(client.command("STARTTLS").code()).isEqualTo(220);
        client.handshake(clientTls);
        return client;
    }

    @Test
    void greetsAndAdvertisesItsExtensionsAndStarttlsBeforeTls() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connect(startWithTls())) {
            assertThat(client.read().firstLine()).startsWith(MX + " ESMTP");
            SmtpReply ehlo = client.command("EHLO client.test");
            assertThat(ehlo.code()).isEqualTo(250);
            assertThat(ehlo.lines()).containsExactly(MX + " Hello client.test", "PIPELINING", "SIZE 10485760",
                    "8BITMIME", "ENHANCEDSTATUSCODES", "STARTTLS");
        }
    }

    @Test
    void discardsPlaintextPipelinedBehindStarttls() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connect(startWithTls())) {
            client.read();
            client.command("EHLO client.test");
            client.sendRaw("STARTTLS\r\nNOOP\r\n");
            assertThat(client.read().code()).isEqualTo(220);
            client.handshake(clientTls);
            SmtpReply first = client.command("EHLO x");
            assertThat(first.code()).as("first reply inside TLS, %s", first.brief()).isEqualTo(250);
            assertThat(first.isMultiline()).as("the EHLO reply, not an answer to the smuggled NOOP").isTrue();
            assertThat(first.firstLine()).isEqualTo(MX + " Hello x");
        }
    }

    @Test
    void forgetsTheEhloOfThePlaintextPhase() throws IOException {
        try (RawSmtpClient client = insideTls(startWithTls())) {
            assertThat(client.command("MAIL FROM:<a@client.test>").code()).isEqualTo(503);
            assertThat(client.command("EHLO client.test").code()).isEqualTo(250);
            assertThat(client.command("MAIL FROM:<a@client.test>").code()).isEqualTo(250);
        }
    }

    @Test
    void doesNotOfferStarttlsAgainInsideTls() throws IOException {
        try (RawSmtpClient client = insideTls(startWithTls())) {
            SmtpReply ehlo = client.command("EHLO client.test");
            assertThat(ehlo.lines()).contains("PIPELINING").doesNotContain("STARTTLS");
            assertThat(client.command("STARTTLS").code()).isEqualTo(503);
        }
    }

    @Test
    void refusesStarttlsWithAnArgument() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connect(startWithTls())) {
            client.read();
            client.command("EHLO client.test");
            assertThat(client.command("STARTTLS foo").code()).isEqualTo(501);
            assertThat(client.command("NOOP").code()).as("still in plaintext and serving").isEqualTo(250);
        }
    }

    @Test
    void acceptsAMessageInsideTlsUnstuffingDots() throws IOException {
        try (RawSmtpClient client = insideTls(startWithTls())) {
            client.command("EHLO client.test");
            assertThat(client.command("MAIL FROM:<a@client.test> BODY=8BITMIME SIZE=100").code()).isEqualTo(250);
            assertThat(client.command("RCPT TO:<b@reference.test>").code()).isEqualTo(250);
            assertThat(client.command("DATA").code()).isEqualTo(354);
            assertThat(client.command("Subject: hi\r\n\r\n..leading dot\nbare LF line\r\n.").code()).isEqualTo(250);
            assertThat(client.command("QUIT").code()).isEqualTo(221);
        }
        assertThat(sink.deliveries).singleElement().satisfies(delivery -> {
            assertThat(delivery.from()).isEqualTo("a@client.test");
            assertThat(delivery.recipients()).containsExactly("b@reference.test");
            assertThat(delivery.overTls()).isTrue();
            assertThat(delivery.message()).startsWith("Received: from client.test (127.0.0.1)")
                    .contains("with ESMTPS").endsWith("Subject: hi\r\n\r\n.leading dot\r\nbare LF line\r\n");
        });
    }

    @Test
    void answersOutOfSequenceAndUnknownCommands() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connect(start(ReceiverSettings.plaintext(MX)))) {
            client.read();
            assertThat(client.command("MAIL FROM:<a@client.test>").code()).isEqualTo(503);
            SmtpReply ehlo = client.command("EHLO client.test");
            assertThat(ehlo.lines()).doesNotContain("STARTTLS");
            assertThat(client.command("STARTTLS").code()).isEqualTo(502);
            assertThat(client.command("RCPT TO:<b@reference.test>").code()).isEqualTo(503);
            assertThat(client.command("DATA").code()).isEqualTo(503);
            assertThat(client.command("MAIL FROM:<>").code()).isEqualTo(250);
            assertThat(client.command("MAIL FROM:<c@client.test>").code()).isEqualTo(503);
            assertThat(client.command("RCPT TO:<b@reference.test> NOTIFY=NEVER").code()).isEqualTo(555);
            assertThat(client.command("RSET").code()).isEqualTo(250);
            assertThat(client.command("VRFY b").code()).isEqualTo(252);
            assertThat(client.command("HELP").code()).isEqualTo(214);
            assertThat(client.command("BDAT 10").code()).isEqualTo(500);
            assertThat(client.command("EHLO").code()).isEqualTo(501);
        }
        assertThat(sink.deliveries).isEmpty();
    }

    @Test
    void refusesAMessageOverTheSizeLimit() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connect(start(ReceiverSettings.plaintext(MX).withMaxMessageBytes(50)))) {
            client.read();
            assertThat(client.command("EHLO client.test").lines()).contains("SIZE 50");
            assertThat(client.command("MAIL FROM:<a@client.test> SIZE=51").code()).isEqualTo(552);
            client.command("MAIL FROM:<a@client.test>");
            client.command("RCPT TO:<b@reference.test>");
            client.command("DATA");
            assertThat(client.command("x".repeat(40) + "\r\n" + "y".repeat(40) + "\r\n.").code()).isEqualTo(552);
            assertThat(client.command("NOOP").code()).as("the session goes on").isEqualTo(250);
        }
        assertThat(sink.deliveries).isEmpty();
    }

    @Test
    void closesTheConnectionAfterATooLongLine() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connect(startWithTls())) {
            client.read();
            SmtpReply reply = client.command("NOOP " + "x".repeat(1200));
            assertThat(reply.code()).isEqualTo(500);
            assertThat(reply.firstLine()).isEqualTo("5.5.2 line too long");
            assertThat(client.closedByServer()).isTrue();
        }
    }

    @Test
    void endsTheSessionQuietlyWhenTheHandshakeFailsAndKeepsServing() throws IOException {
        Endpoint endpoint = startWithTls();
        try (RawSmtpClient client = RawSmtpClient.connect(endpoint)) {
            client.read();
            client.command("EHLO client.test");
            client.command("STARTTLS");
            SSLContext trustsSomethingElse = ClientTls.trusting(TestPki.generate().rootCertificate());
            assertThatThrownBy(() -> client.handshake(trustsSomethingElse)).isInstanceOf(SSLException.class);
        }
        try (RawSmtpClient next = RawSmtpClient.connect(endpoint)) {
            assertThat(next.read().code()).isEqualTo(220);
        }
    }

    @Test
    void answersAReadTimeoutWith421() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connect(
                start(ReceiverSettings.plaintext(MX).withReadTimeout(Duration.ofMillis(200))))) {
            client.read();
            assertThat(client.read().code()).isEqualTo(421);
            assertThat(client.closedByServer()).isTrue();
        }
    }

    @Test
    void turnsAwayConnectionsBeyondTheSessionLimit() throws IOException {
        Endpoint endpoint = start(ReceiverSettings.plaintext(MX).withMaxConcurrentSessions(1));
        try (RawSmtpClient first = RawSmtpClient.connect(endpoint);
             RawSmtpClient second = RawSmtpClient.connect(endpoint)) {
            assertThat(first.read().code()).isEqualTo(220);
            assertThat(second.read().code()).isEqualTo(421);
        }
    }

    @Test
    void closeFreesThePortAndEndsOpenSessions() throws IOException {
        Endpoint endpoint = startWithTls();
        try (RawSmtpClient client = RawSmtpClient.connect(endpoint)) {
            client.read();
            receiver.close();
            assertThat(client.closedByServer()).isTrue();
        }
        assertThat(receiver.isRunning()).isFalse();
        try (ServerSocket rebind = new ServerSocket()) {
            rebind.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), endpoint.port()));
            assertThat(rebind.getLocalPort()).isEqualTo(endpoint.port());
        }
    }
}
