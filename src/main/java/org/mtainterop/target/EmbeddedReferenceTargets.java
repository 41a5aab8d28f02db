package org.mtainterop.target;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.security.cert.X509Certificate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;
import org.mtainterop.receiver.GreenMailSink;
import org.mtainterop.receiver.ReceiverSettings;
import org.mtainterop.tls.SuiteRestrictedSslContext;
import org.mtainterop.receiver.ReferenceReceiver;

/**
 * Known-good and known-bad MXs started in this JVM on 127.0.0.1, so the harness can be run, demonstrated and
 * tested with no network: the {@link #REFERENCE} receiver does STARTTLS right; the others each differ from
 * it in one documented way. Every certificate comes from one {@link TestPki}, whose root is
 * {@link #trustAnchor()}. What the reference-family receivers and SubEthaSMTP accept lands in
 * {@link #mailStore()}. Starts in well under a second; {@link #close()} stops all of them.
 */
public final class EmbeddedReferenceTargets implements AutoCloseable {
    public static final String REFERENCE = "reference";
    public static final String LEGACY_PLAINTEXT = "legacy-plaintext";
    public static final String EXPIRED_CERT = "expired-cert";
    public static final String WRONG_HOST = "wrong-host";
    public static final String SELF_SIGNED = "self-signed";
    public static final String SUBETHASMTP = "subethasmtp";

    public static final String REFERENCE_MX = "mx.reference.test";
    public static final String LEGACY_PLAINTEXT_MX = "mx.legacy-plaintext.test";
    public static final String SUBETHASMTP_MX = "mx.subethasmtp.test";

    private final TestPki pki;
    private final GreenMail mailStore;
    private final List<Target> targets;
    private final Deque<AutoCloseable> running;

    private EmbeddedReferenceTargets(TestPki pki, GreenMail mailStore, List<Target> targets,
                                     Deque<AutoCloseable> running) {
        this.pki = pki;
        this.mailStore = mailStore;
        this.targets = List.copyOf(targets);
        this.running = running;
    }

    /** Starts all targets in parallel; if one cannot start, the others are stopped and the error is thrown. */
    public static EmbeddedReferenceTargets start(TestPki pki) {
        Objects.requireNonNull(pki, "pki");
        GreenMail mailStore = new GreenMail(new ServerSetup[0]); // a store only: no server of its own runs
        GreenMailSink sink = new GreenMailSink(mailStore);
        CompletableFuture<ReferenceReceiver> reference = async(() -> receiver(pki, CertificateProfile.VALID, sink));
        CompletableFuture<GreenMailPlaintextTarget> legacy =
                async(() -> GreenMailPlaintextTarget.start(LEGACY_PLAINTEXT_MX));
        CompletableFuture<ReferenceReceiver> expired = async(() -> receiver(pki, CertificateProfile.EXPIRED, sink));
        CompletableFuture<ReferenceReceiver> wrongHost =
                async(() -> receiver(pki, CertificateProfile.WRONG_HOST, sink));
        CompletableFuture<ReferenceReceiver> selfSigned =
                async(() -> receiver(pki, CertificateProfile.SELF_SIGNED, sink));
        CompletableFuture<SubEthaSmtpTarget> subetha =
                async(() -> SubEthaSmtpTarget.start(pki.issue(CertificateProfile.VALID, SUBETHASMTP_MX), sink));
        List<CompletableFuture<? extends AutoCloseable>> all =
                List.of(reference, legacy, expired, wrongHost, selfSigned, subetha);
        Deque<AutoCloseable> running = new ArrayDeque<>();
        RuntimeException failure = null;
        for (CompletableFuture<? extends AutoCloseable> future : all) {
            try {
                running.push(future.join());
            } catch (CompletionException e) {
                failure = failure == null ? unwrap(e) : failure;
            }
        }
        if (failure != null) {
            running.forEach(EmbeddedReferenceTargets::closeQuietly);
            throw failure;
        }
        List<Target> targets = List.of(
                new EmbeddedTarget(REFERENCE, reference.join().endpoint(REFERENCE_MX),
                        "reference receiver: STARTTLS per RFC 3207, valid chain for " + REFERENCE_MX + ", TLS 1.3/1.2"),
                new EmbeddedTarget(LEGACY_PLAINTEXT, legacy.join().endpoint(),
                        "GreenMail SMTP as shipped: plaintext only, no STARTTLS advertised"),
                new EmbeddedTarget(EXPIRED_CERT, expired.join().endpoint(REFERENCE_MX),
                        "reference receiver presenting an expired certificate for " + REFERENCE_MX),
                new EmbeddedTarget(WRONG_HOST, wrongHost.join().endpoint(REFERENCE_MX),
                        "reference receiver presenting a certificate for " + TestPki.WRONG_HOST_NAME
                                + " instead of " + REFERENCE_MX),
                new EmbeddedTarget(SELF_SIGNED, selfSigned.join().endpoint(REFERENCE_MX),
                        "reference receiver presenting a self-signed certificate for " + REFERENCE_MX),
                new EmbeddedTarget(SUBETHASMTP, subetha.join().endpoint(),
                        "SubEthaSMTP 7.2.2 with STARTTLS and a valid chain for " + SUBETHASMTP_MX
                                + "; third-party code, re-advertises STARTTLS inside TLS"));
        return new EmbeddedReferenceTargets(pki, mailStore, targets, running);
    }

    /** The reference receivers offer only the ANSSI suites, server order: compliant but for their one defect. */
    private static ReferenceReceiver receiver(TestPki pki, CertificateProfile profile, GreenMailSink sink) {
        var tls = SuiteRestrictedSslContext.of(pki.issue(profile, REFERENCE_MX).serverSslContext(),
                SuiteRestrictedSslContext.ANSSI_SUITES);
        return ReferenceReceiver.start(ReceiverSettings.starttls(REFERENCE_MX, tls), sink);
    }

    private static <T> CompletableFuture<T> async(Supplier<T> starter) {
        return CompletableFuture.supplyAsync(starter);
    }

    /** In a fixed order: reference, legacy-plaintext, expired-cert, wrong-host, self-signed, subethasmtp. */
    public List<Target> targets() {
        return targets;
    }

    public Optional<Target> byName(String name) {
        return targets.stream().filter(target -> target.name().equals(name)).findFirst();
    }

    /** The test root: the harness must trust it (and only it) to judge these targets. */
    public X509Certificate trustAnchor() {
        return pki.rootCertificate();
    }

    /** Where the reference-family receivers and SubEthaSMTP put what they accept; readable at once. */
    public GreenMail mailStore() {
        return mailStore;
    }

    /** Stops every target, last started first; the ports are free when this returns. */
    @Override
    public void close() {
        while (!running.isEmpty()) {
            closeQuietly(running.pop());
        }
    }

    private static RuntimeException unwrap(CompletionException e) {
        return e.getCause() instanceof RuntimeException cause ? cause : e;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // the others must still be stopped
        }
    }

    @Override
    public String toString() {
        return "EmbeddedReferenceTargets" + targets.stream().map(t -> t.name() + "=" + t.endpoint()).toList();
    }
}
