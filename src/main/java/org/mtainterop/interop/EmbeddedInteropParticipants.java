package org.mtainterop.interop;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.mtainterop.net.Endpoint;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;
import org.mtainterop.receiver.ReceiverSettings;
import org.mtainterop.receiver.ReferenceReceiver;
import org.mtainterop.receiver.SessionBehaviour;
import org.mtainterop.sender.EmbeddedSender;
import org.mtainterop.sender.OutboundPolicy;
import org.mtainterop.sender.TestMessage;

/**
 * The harness's own reference receiver and sender as a 4th row and column: the receiver listens on the run's
 * internal network's host-side address (its gateway; never the wildcard), the sender connects from the host to
 * the receivers' addresses on that network.
 */
final class EmbeddedInteropParticipants {
    static final String LABEL = "embedded";

    private EmbeddedInteropParticipants() {
    }

    /** The reference receiver with a certificate for mx.embedded.test, its mailbox kept in memory as mbox text. */
    static final class Receiver implements InteropReceiver {
        private final ReferenceReceiver receiver;
        private final StringBuilder mbox = new StringBuilder();

        Receiver(String hostAddress, TestPki pki, CertificateProfile certificate) {
            String mx = "mx." + LABEL + ".test";
            ReceiverSettings settings = ReceiverSettings.starttls(mx, pki.issue(certificate, mx).serverSslContext());
            this.receiver = ReferenceReceiver.start(new InetSocketAddress(hostAddress, 0), settings,
                    this::store, () -> SessionBehaviour.STANDARD);
        }

        private void store(String from, List<String> recipients, byte[] message, boolean overTls) {
            String text = new String(message, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
            synchronized (mbox) {
                mbox.append("From ").append(from.isEmpty() ? "MAILER-DAEMON" : from).append(" interop\n")
                        .append(text).append(text.endsWith("\n") ? "" : "\n").append('\n');
            }
        }

        @Override
        public String label() {
            return LABEL;
        }

        @Override
        public String address() {
            return receiver.endpoint(mxName()).host();
        }

        @Override
        public int port() {
            return receiver.port();
        }

        @Override
        public String mailbox() {
            synchronized (mbox) {
                return mbox.toString();
            }
        }

        @Override
        public void close() {
            receiver.close();
        }
    }

    /** The embedded sender (Angus Mail) under the verify policy, relaying to one receiver. */
    static final class Sender implements InteropSender {
        private final EmbeddedSender sender;

        Sender(InteropReceiver to, TestPki pki) {
            this.sender = new EmbeddedSender(OutboundPolicy.VERIFY, new Endpoint(to.address(), to.port(), to.mxName()),
                    pki.rootCertificate());
        }

        @Override
        public void inject(TestMessage message) {
            sender.submit(message);
        }

        @Override
        public void flush() {
            sender.retryNow();
        }

        @Override
        public boolean holds(TestMessage message) {
            return sender.queueState(message).stillQueued().orElse(false);
        }

        @Override
        public String queueEvidence(TestMessage message) {
            return "queue: " + sender.queueState(message).evidence();
        }

        @Override
        public Optional<String> verificationEvidence() {
            return Optional.of("embedded sender: chain checked against the test root only, MX name pinned (policy verify)");
        }

        @Override
        public String troubleEvidence() {
            return "embedded sender: " + sender.description();
        }

        @Override
        public void close() {
            sender.close();
        }
    }
}
