package org.mtainterop.adversary.mtasts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.activation.DataHandler;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.AdversarialReceiver;
import org.mtainterop.mtasts.TlsRptExpectation;
import org.mtainterop.mtasts.TlsRptReport;
import org.mtainterop.mtasts.TlsRptSubmission;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.EnglishLeftovers;
import org.mtainterop.report.ReportLanguage;

/**
 * The receiving side of TLS-RPT (no sender here emits reports: Postfix 3.7, postfix-mta-sts-resolver 1.1.2,
 * Exim 4.96 and OpenSMTPD have no TLS-RPT support), fed reports built to the RFC 8460 §4.4 schema: by HTTPS
 * POST into the harness's endpoint (§5.2) and by mail into the GreenMail store of the adversarial receiver
 * (§5.3), each parsed and checked against the failures the harness caused.
 */
class TlsRptReceivingTest {
    static final String DOMAIN = "sts.test";
    static final List<TlsRptExpectation> CAUSED = List.of(
            new TlsRptExpectation(DOMAIN, TlsRptReport.ResultType.CERTIFICATE_HOST_MISMATCH, Optional.of("mx1.sts.test")),
            new TlsRptExpectation(DOMAIN, TlsRptReport.ResultType.STARTTLS_NOT_SUPPORTED, Optional.of("mx2.sts.test")));
    static TestPki pki;

    @BeforeAll
    static void pki() {
        pki = TestPki.generate();
    }

    static String report(String... details) {
        return """
                {"organization-name": "Sender Org", "contact-info": "tlsrpt@sender.test",
                 "report-id": "2026-12-02T00:00:00Z_sts.test",
                 "date-range": {"start-datetime": "2026-12-01T00:00:00Z", "end-datetime": "2026-12-01T23:59:59Z"},
                 "policies": [{
                   "policy": {"policy-type": "sts", "policy-domain": "sts.test", "mx-host": ["mx1.sts.test"],
                              "policy-string": ["version: STSv1", "mode: enforce", "mx: mx1.sts.test", "max_age: 86400"]},
                   "summary": {"total-successful-session-count": 10, "total-failure-session-count": 5},
                   "failure-details": [%s]
                 }]}
                """.formatted(String.join(",", details));
    }

    static String detail(String type, String mx, int count) {
        return "{\"result-type\": \"" + type + "\", \"sending-mta-ip\": \"192.0.2.1\", \"receiving-mx-hostname\": \""
                + mx + "\", \"failed-session-count\": " + count + "}";
    }

    static byte[] gzip(String json) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(json.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void reportsPostedOverHttpsAreParsedAndMatchedWithTheFailuresCaused() throws Exception {
        SSLContext server = pki.issue(CertificateProfile.VALID, "localhost").serverSslContext();
        try (TlsRptHttpsReceiver receiver = TlsRptHttpsReceiver.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), server, "/tlsrpt")) {
            HttpClient client = HttpClient.newBuilder().sslContext(trusting()).connectTimeout(Duration.ofSeconds(5))
                    .build();
            URI uri = URI.create("https://localhost:" + receiver.port() + "/tlsrpt");
            String full = report(detail("certificate-host-mismatch", "mx1.sts.test", 3),
                    detail("starttls-not-supported", "mx2.sts.test", 2));
            assertThat(post(client, uri, "application/tlsrpt+gzip", gzip(full))).isEqualTo(201);
            assertThat(post(client, uri, "application/tlsrpt+json",
                    report(detail("certificate-host-mismatch", "mx1.sts.test", 3)).getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(201);
            assertThat(post(client, uri, "text/plain", full.getBytes(StandardCharsets.UTF_8))).isEqualTo(201);
            assertThat(post(client, uri, "application/tlsrpt+json", new byte[TlsRptSubmission.MAX_BYTES + 1]))
                    .isEqualTo(413);
            assertThat(client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode()).isEqualTo(405);

            List<TlsRptSubmission> got = receiver.received();
            assertThat(got).hasSize(3);
            assertThat(got.get(0).valid()).isTrue();
            assertThat(TlsRptExpectation.unmet(got.get(0).report().value().orElseThrow(), CAUSED)).isEmpty();
            List<Reason> unmet = TlsRptExpectation.unmet(got.get(1).report().value().orElseThrow(), CAUSED);
            assertThat(unmet).extracting(r -> r.render(ReportLanguage.EN))
                    .containsExactly("the report does not name starttls-not-supported for sts.test at mx2.sts.test");
            assertThat(unmet).extracting(r -> r.render(ReportLanguage.FR))
                    .containsExactly("le rapport ne nomme pas starttls-not-supported pour sts.test sur mx2.sts.test");
            assertThat(got.get(2).valid()).isFalse();
            assertThat(got.get(2).problems()).singleElement().satisfies(p -> {
                assertThat(p.describe()).contains("must be application/tlsrpt+gzip or application/tlsrpt+json");
                assertThat(p.described().render(ReportLanguage.FR))
                        .isEqualTo("Content-Type 'text/plain' : doit être application/tlsrpt+gzip ou application/tlsrpt+json"
                                + " (RFC 8460 §5.2)");
            });
        }
    }

    @Test
    void reportsByMailLandInTheStoreAndAreParsed() throws Exception {
        try (AdversarialReceiver receiver = AdversarialReceiver.start(AdversarialReceiver.Settings.of(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "mx.report.test", AdversarialProfile.COMPLIANT),
                pki)) {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", "127.0.0.1");
            properties.put("mail.smtp.port", Integer.toString(receiver.port()));
            properties.put("mail.smtp.connectiontimeout", "5000");
            properties.put("mail.smtp.timeout", "5000");
            Session session = Session.getInstance(properties);
            Transport.send(reportMail(session, true, report(detail("certificate-host-mismatch", "mx1.sts.test", 3),
                    detail("starttls-not-supported", "mx2.sts.test", 2))));
            Transport.send(reportMail(session, false, report(detail("certificate-expired", "mx1.sts.test", 1))));
            MimeMessage[] stored = receiver.mailStore().getReceivedMessages();
            assertThat(stored).hasSize(2);

            TlsRptSubmission good = TlsRptSubmission.fromMail(stored[0]);
            assertThat(good.problems()).isEmpty();
            assertThat(good.valid()).isTrue();
            assertThat(good.reportDomain()).contains(DOMAIN);
            assertThat(TlsRptExpectation.unmet(good.report().value().orElseThrow(), CAUSED)).isEmpty();

            TlsRptSubmission bad = TlsRptSubmission.fromMail(stored[1]);
            assertThat(bad.valid()).isFalse();
            assertThat(bad.problems()).extracting(p -> p.describe()).anySatisfy(d ->
                    assertThat(d).contains("TLS-Report-Domain: missing header field"))
                    .anySatisfy(d -> assertThat(d).contains("report-type must be tlsrpt"));
            assertThat(bad.problems()).extracting(p -> p.described().render(ReportLanguage.FR))
                    .contains("TLS-Report-Domain : champ d'en-tête absent (RFC 8460 §5.3)")
                    .anySatisfy(d -> assertThat(d).endsWith(" : report-type doit être tlsrpt (RFC 8460 §5.3)"))
                    .allSatisfy(d -> assertThat(EnglishLeftovers.in(d)).as(d).isEmpty());
            assertThat(TlsRptExpectation.unmet(bad.report().value().orElseThrow(), CAUSED)).hasSize(2);
        }
    }

    /** RFC 8460 §5.3: multipart/report; report-type="tlsrpt", a text part and the gzip report. */
    static MimeMessage reportMail(Session session, boolean compliant, String json) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("tlsrpt@sender.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("tlsrpt@" + DOMAIN));
        message.setSubject("Report Domain: " + DOMAIN + " Submitter: sender.test Report-ID: <2026.1@sender.test>");
        if (compliant) {
            message.setHeader("TLS-Report-Domain", DOMAIN);
            message.setHeader("TLS-Report-Submitter", "sender.test");
        }
        MimeMultipart multipart = new MimeMultipart("report; report-type=" + (compliant ? "tlsrpt" : "other"));
        MimeBodyPart text = new MimeBodyPart();
        text.setText("This is an aggregate TLS report from sender.test", "utf-8");
        multipart.addBodyPart(text);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(gzip(json), "application/tlsrpt+gzip")));
        attachment.setFileName("sender.test!sts.test!1733097600!1733183999.json.gz");
        multipart.addBodyPart(attachment);
        message.setContent(multipart);
        message.saveChanges();
        return message;
    }

    static int post(HttpClient client, URI uri, String type, byte[] body) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    static SSLContext trusting() throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        store.setCertificateEntry("root", pki.rootCertificate());
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
