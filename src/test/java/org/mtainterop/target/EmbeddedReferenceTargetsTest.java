package org.mtainterop.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtainterop.net.Endpoint;
import org.mtainterop.tls.PinnedNameSocketFactory;
import org.mtainterop.pki.TestPki;
import org.mtainterop.receiver.ClientTls;
import org.mtainterop.receiver.RawSmtpClient;
import org.mtainterop.smtp.SmtpReply;

class EmbeddedReferenceTargetsTest {
    private static EmbeddedReferenceTargets targets;
    private static SSLContext clientTls;
    private static Duration startTime;

    @BeforeAll
    static void start() {
        TestPki pki = TestPki.generate();
        long begin = System.nanoTime();
        targets = EmbeddedReferenceTargets.start(pki);
        startTime = Duration.ofNanos(System.nanoTime() - begin);
        clientTls = ClientTls.trusting(targets.trustAnchor());
    }

    @AfterAll
    static void stop() {
        targets.close();
    }

    private static Endpoint endpoint(String name) {
        return targets.byName(name).orElseThrow().endpoint();
    }

    /**
     * A second set started beside the first (a test class of its own, a second run in one JVM) takes ports of its
     * own and answers. How long starts take is printed, not asserted: speed is measured in bench/, not in tests.
     */
    @Test
    void aSecondSetStartsBesideTheFirstOnPortsOfItsOwn() throws IOException {
        long begin = System.nanoTime();
        try (EmbeddedReferenceTargets again = EmbeddedReferenceTargets.start(TestPki.generate())) {
            Duration warmStart = Duration.ofNanos(System.nanoTime() - begin);
            System.out.println("embedded targets: first start " + startTime.toMillis() + " ms, next "
                    + warmStart.toMillis() + " ms (TestPki.generate included)");
            assertThat(again.targets()).hasSize(targets.targets().size());
            List<Integer> ports = new java.util.ArrayList<>();
            for (EmbeddedReferenceTargets set : List.of(targets, again)) {
                set.targets().forEach(t -> ports.add(t.endpoint().port()));
            }
            assertThat(ports).doesNotHaveDuplicates();
            try (RawSmtpClient client = RawSmtpClient.connect(again.byName(EmbeddedReferenceTargets.REFERENCE)
                    .orElseThrow().endpoint())) {
                assertThat(client.read().code()).isEqualTo(220);
            }
        }
    }

    @Test
    void startsEveryTargetOnTheLoopback() {
        assertThat(targets.targets()).extracting(Target::name).containsExactly(EmbeddedReferenceTargets.REFERENCE,
                EmbeddedReferenceTargets.LEGACY_PLAINTEXT, EmbeddedReferenceTargets.EXPIRED_CERT,
                EmbeddedReferenceTargets.WRONG_HOST, EmbeddedReferenceTargets.SELF_SIGNED,
                EmbeddedReferenceTargets.SUBETHASMTP);
        assertThat(targets.targets()).allSatisfy(target -> {
            assertThat(target.endpoint().host()).isEqualTo("127.0.0.1");
            assertThat(target.description()).isNotBlank();
        });
        assertThat(targets.targets()).extracting(target -> target.endpoint().port()).doesNotHaveDuplicates();
        assertThat(endpoint(EmbeddedReferenceTargets.WRONG_HOST).referenceName()).isEqualTo("mx.reference.test");
        assertThat(endpoint(EmbeddedReferenceTargets.SUBETHASMTP).referenceName()).isEqualTo("mx.subethasmtp.test");
        assertThat(targets.byName("no-such-target")).isEmpty();
    }

    private static Session mailSession(Endpoint endpoint) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", endpoint.host());
        properties.put("mail.smtp.port", String.valueOf(endpoint.port()));
        properties.put("mail.smtp.localhost", "client.test");
        properties.put("mail.smtp.starttls.enable", "true");
        properties.put("mail.smtp.starttls.required", "true");
        properties.put("mail.smtp.ssl.socketFactory", new PinnedNameSocketFactory(clientTls, endpoint.referenceName(), true));
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        return Session.getInstance(properties);
    }

    private static void send(Endpoint endpoint, String to, String subject) throws MessagingException {
        Session session = mailSession(endpoint);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("sender@client.test"));
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject);
        message.setText("body over STARTTLS\r\n.a line starting with a dot\r\n");
        Transport.send(message);
    }

    @Test
    void angusMailDeliversToTheReferenceOverTlsAndTheStoreHasIt() throws Exception {
        send(endpoint(EmbeddedReferenceTargets.REFERENCE), "alice@reference.test", "reference delivery");

        List<MimeMessage> received = targets.mailStore().findReceivedMessages(user ->
                user.getEmail().equals("alice@reference.test"), message -> true).toList();
        assertThat(received).hasSize(1);
        MimeMessage stored = received.get(0);
        assertThat(stored.getSubject()).isEqualTo("reference delivery");
        assertThat(stored.getHeader("Return-Path")).containsExactly("<sender@client.test>");
        assertThat(stored.getHeader("Received")[0]).contains("by mx.reference.test with ESMTPS")
                .containsPattern("using TLSv1\\.[23] with cipher");
        assertThat(((String) stored.getContent()).replace("\r\n", "\n"))
                .isEqualTo("body over STARTTLS\n.a line starting with a dot\n");
    }

    @Test
    void angusMailRefusesTheWrongHostCertificateAndDeliversNothing() {
        assertThatThrownBy(() -> send(endpoint(EmbeddedReferenceTargets.WRONG_HOST), "bob@reference.test", "x"))
                .isInstanceOf(MessagingException.class);
        assertThatThrownBy(() -> send(endpoint(EmbeddedReferenceTargets.EXPIRED_CERT), "bob@reference.test", "x"))
                .isInstanceOf(MessagingException.class);
        assertThatThrownBy(() -> send(endpoint(EmbeddedReferenceTargets.SELF_SIGNED), "bob@reference.test", "x"))
                .isInstanceOf(MessagingException.class);
        assertThat(targets.mailStore().getUserManager().getUserByEmail("bob@reference.test")).isNull();
    }

    @Test
    void legacyPlaintextDoesNotAdvertiseStarttls() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connect(endpoint(EmbeddedReferenceTargets.LEGACY_PLAINTEXT))) {
            assertThat(client.read().code()).isEqualTo(220);
            SmtpReply ehlo = client.command("EHLO client.test");
            assertThat(ehlo.code()).isEqualTo(250);
            assertThat(ehlo.lines()).noneMatch(line -> line.toUpperCase().startsWith("STARTTLS"));
        }
    }

    /** Connects to SubEthaSMTP, says EHLO, then sends {@code starttls} in one write and handshakes. */
    private static RawSmtpClient subethaInsideTls(String starttls) throws IOException {
        RawSmtpClient client = RawSmtpClient.connect(endpoint(EmbeddedReferenceTargets.SUBETHASMTP));
        assertThat(client.read().code()).isEqualTo(220);
        assertThat(client.command("EHLO client.test").lines()).contains("STARTTLS");
        client.sendRaw(starttls);
        assertThat(client.read().code()).isEqualTo(220);
        client.handshake(clientTls);
        return client;
    }

    /** Observed on SubEthaSMTP 7.2.2: a real RFC 3207 §4.2 defect (STARTTLS-04), the reason it is a target. */
    @Test
    void subethasmtpReadvertisesStarttlsInsideTls() throws IOException {
        try (RawSmtpClient client = subethaInsideTls("STARTTLS\r\n")) {
            SmtpReply ehlo = client.command("EHLO client.test");
            assertThat(ehlo.code()).isEqualTo(250);
            assertThat(ehlo.lines()).as("STARTTLS offered again inside TLS").contains("STARTTLS");
            assertThat(client.command("STARTTLS").code()).as("but refused when tried").isEqualTo(454);
        }
    }

    /** Observed on SubEthaSMTP 7.2.2: MAIL is accepted inside TLS without a new EHLO (STARTTLS-03 not met). */
    @Test
    void subethasmtpAcceptsMailWithoutANewEhloAfterTls() throws IOException {
        try (RawSmtpClient client = subethaInsideTls("STARTTLS\r\n")) {
            assertThat(client.command("MAIL FROM:<a@client.test>").code()).isEqualTo(250);
        }
    }

    /** Observed on SubEthaSMTP 7.2.2: plaintext pipelined behind STARTTLS is not answered (DOWNGRADE-01 met). */
    @Test
    void subethasmtpDiscardsPlaintextPipelinedBehindStarttls() throws IOException {
        try (RawSmtpClient client = subethaInsideTls("STARTTLS\r\nNOOP\r\n")) {
            SmtpReply first = client.command("EHLO x");
            assertThat(first.isMultiline()).as("first reply inside TLS is the EHLO reply: %s", first.lines()).isTrue();
            assertThat(first.firstLine()).isEqualTo(EmbeddedReferenceTargets.SUBETHASMTP_MX);
        }
    }

    @Test
    void closeStopsEveryTargetAndFreesItsPort() throws IOException {
        EmbeddedReferenceTargets own = EmbeddedReferenceTargets.start(TestPki.generate());
        List<Integer> ports = own.targets().stream().map(target -> target.endpoint().port()).toList();
        own.close();
        for (int port : ports) {
            try (ServerSocket rebind = new ServerSocket()) {
                rebind.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                assertThat(rebind.getLocalPort()).isEqualTo(port);
            }
        }
    }
}
