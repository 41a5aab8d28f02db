package org.mtainterop.target.container;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtainterop.net.Endpoint;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;
import org.mtainterop.tls.PinnedNameSocketFactory;

/**
 * Each reference MTA accepts a message over verified STARTTLS and delivers it to the mailbox the harness
 * reads (containers/README.md): the containers are real MTAs, not just TLS endpoints.
 */
class ReferenceMtaDeliveryTest {
    private static TestPki pki;

    @BeforeAll
    static void docker() {
        DockerRequirement.assumeDocker();
        pki = TestPki.generate();
    }

    @ParameterizedTest
    @EnumSource(ReferenceMta.class)
    void deliversOverVerifiedStarttlsIntoTheMailbox(ReferenceMta mta) throws Exception {
        try (ReferenceMtaContainer<?> container = mta.newContainer()) {
            container.withTlsProfile(ContainerTlsProfile.COMPLIANT)
                    .withCertificate(pki.issue(CertificateProfile.VALID, container.getMxName()));
            long start = System.nanoTime();
            container.start();
            Duration toGreeting = Duration.ofNanos(System.nanoTime() - start);
            System.out.printf("%s: container start to first 220 in %d ms%n", mta.label(), toGreeting.toMillis());
            String subject = "golden delivery via " + mta.label();
            send(container.getSmtpEndpoint(), "alice@" + mta.label() + ".test", subject);
            String mailbox = waitForMailbox(container, subject);
            assertThat(mailbox).contains("Subject: " + subject).contains("alice@" + mta.label() + ".test");
        }
    }

    private static String waitForMailbox(ReferenceMtaContainer<?> container, String subject) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String content = "";
        while (System.nanoTime() < end) {
            content = container.execInContainer("cat", "/var/mail/inbox").getStdout();
            if (content.contains(subject)) {
                return content;
            }
            Thread.sleep(200);
        }
        return content;
    }

    private static void send(Endpoint endpoint, String to, String subject) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("test-root", pki.rootCertificate());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        Properties p = new Properties();
        p.put("mail.smtp.host", endpoint.host());
        p.put("mail.smtp.port", String.valueOf(endpoint.port()));
        p.put("mail.smtp.localhost", "client.test");
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
        p.put("mail.smtp.ssl.socketFactory", new PinnedNameSocketFactory(tls, endpoint.referenceName(), true));
        p.put("mail.smtp.ssl.checkserveridentity", "true");
        p.put("mail.smtp.connectiontimeout", "5000");
        p.put("mail.smtp.timeout", "10000");
        MimeMessage message = new MimeMessage(Session.getInstance(p));
        message.setFrom(new InternetAddress("sender@client.test"));
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject);
        message.setText("delivered over verified STARTTLS\r\n");
        Transport.send(message);
    }
}
