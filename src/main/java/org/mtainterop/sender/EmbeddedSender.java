package org.mtainterop.sender;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.mtainterop.net.Endpoint;
import org.mtainterop.policy.Reason;
import org.mtainterop.tls.PinnedNameSocketFactory;

/**
 * A sending MTA inside this JVM: Angus Mail's SMTP transport configured like an MTA's outbound policy
 * ({@code may}: STARTTLS when offered, nothing checked; {@code encrypt}: STARTTLS required; {@code verify}:
 * required, chain checked against the test root and the name against the MX name). It has no queue of its
 * own: a message whose delivery failed is kept as "queued" until {@link #retryNow()} or {@link #clearQueue()},
 * which is how an MTA behaves on a transient failure.
 */
public final class EmbeddedSender implements SenderUnderTest {
    public static final String EHLO_NAME = "sender.mta-interop.test";

    private final OutboundPolicy policy;
    private final Endpoint nextHop;
    private final X509Certificate trustedRoot;
    private TestMessage pending;
    private String lastFailure = "";

    /** {@code nextHop}: where the receiver listens, and (reference name) the MX name to check and send as SNI. */
    public EmbeddedSender(OutboundPolicy policy, Endpoint nextHop, X509Certificate trustedRoot) {
        this.policy = policy;
        this.nextHop = nextHop;
        this.trustedRoot = trustedRoot;
    }

    @Override
    public String name() {
        return "embedded:" + policy.label();
    }

    @Override
    public String description() {
        return "Angus Mail SMTP transport in the harness, outbound policy " + policy.label() + ", next hop "
                + nextHop + " as " + nextHop.referenceName();
    }

    @Override
    public OutboundPolicy policy() {
        return policy;
    }

    @Override
    public synchronized void submit(TestMessage message) {
        pending = message;
        attempt();
    }

    @Override
    public synchronized void retryNow() {
        if (pending != null) {
            attempt();
        }
    }

    private void attempt() {
        Session session = Session.getInstance(properties());
        try {
            MimeMessage mime = new MimeMessage(session, new ByteArrayInputStream(pending.bytes())) {
                @Override
                protected void updateMessageID() {
                    // keep the test message's own Message-ID: the receiver recognises the message by it
                }
            };
            Transport.send(mime, new Address[] {new InternetAddress(pending.recipient())});
            pending = null;
        } catch (MessagingException | RuntimeException e) {
            lastFailure = e.getMessage();
        }
    }

    @Override
    public synchronized QueueState queueState(TestMessage message) {
        return pending != null && pending.messageId().equals(message.messageId())
                ? QueueState.queued(Reason.of("QueueState.keptForRetry", String.valueOf(lastFailure)))
                : QueueState.gone(Reason.of("QueueState.notHeld"));
    }

    @Override
    public synchronized void clearQueue() {
        pending = null;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("mail.smtp.host", nextHop.host());
        p.put("mail.smtp.port", String.valueOf(nextHop.port()));
        p.put("mail.smtp.localhost", EHLO_NAME);
        p.put("mail.smtp.from", pending.envelopeFrom());
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", String.valueOf(policy != OutboundPolicy.MAY));
        p.put("mail.smtp.ssl.socketFactory", new PinnedNameSocketFactory(context(), nextHop.referenceName(),
                policy == OutboundPolicy.VERIFY));
        p.put("mail.smtp.ssl.checkserveridentity", "false"); // the pinned factory checks the MX name, not the address
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        return p;
    }

    private SSLContext context() {
        try {
            TrustManager[] trust;
            if (policy == OutboundPolicy.VERIFY) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setCertificateEntry("test-root", trustedRoot);
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(store);
                trust = factory.getTrustManagers();
            } else {
                trust = new TrustManager[] {new AcceptAnyChain()};
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the embedded sender's TLS context", e);
        }
    }

    @Override
    public void close() {
        // nothing runs between submissions
    }

    /** Opportunistic and encrypt-only policies check nothing (RFC 7435): any chain is accepted. */
    private static final class AcceptAnyChain implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
