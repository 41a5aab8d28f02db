package org.mtainterop.cert;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.mtainterop.pki.PemCodec;

/**
 * The CA certificates a chain may end at, and where they came from. Immutable: each {@code with...}
 * returns a new instance.
 */
public final class TrustAnchors {
    /** The JDK's default anchors by trust store setting (see {@link #jdkDefaults()}). */
    private static final Map<List<String>, TrustAnchors> JDK_DEFAULTS = new ConcurrentHashMap<>();

    private final List<X509Certificate> certificates;
    private final List<String> sources;
    private final Set<TrustAnchor> anchors;

    private TrustAnchors(List<X509Certificate> certificates, List<String> sources) {
        this.certificates = List.copyOf(new LinkedHashSet<>(certificates));
        this.sources = List.copyOf(sources);
        this.anchors = this.certificates.stream()
                .map(certificate -> new TrustAnchor(certificate, null))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** No anchors at all: nothing validates until something is added. */
    public static TrustAnchors none() {
        return new TrustAnchors(List.of(), List.of());
    }

    /**
     * The accepted issuers of the JDK's default trust manager (cacerts, or javax.net.ssl.trustStore if set).
     * Loaded once per process and trust store setting: parsing ~150 certificates costs a tenth of a second.
     */
    public static TrustAnchors jdkDefaults() {
        List<String> setting = Stream.of("javax.net.ssl.trustStore", "javax.net.ssl.trustStoreType",
                "javax.net.ssl.trustStoreProvider", "javax.net.ssl.trustStorePassword")
                .map(p -> p + "=" + System.getProperty(p, "")).toList();
        return JDK_DEFAULTS.computeIfAbsent(setting, s -> loadJdkDefaults());
    }

    private static TrustAnchors loadJdkDefaults() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    List<X509Certificate> issuers = List.of(x509.getAcceptedIssuers());
                    return new TrustAnchors(issuers, List.of("JDK trust store (" + issuers.size() + " anchors)"));
                }
            }
            throw new IllegalStateException("the JDK default TrustManagerFactory has no X509TrustManager");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the JDK default trust store: " + e.getMessage(), e);
        }
    }

    /**
     * These anchors plus every certificate of a PEM bundle.
     *
     * @throws IllegalArgumentException naming the file when it is missing, unreadable or not PEM
     */
    /** The JDK's trust store and every {@code --trust-ca} bundle: what every probe of a run trusts. */
    public static TrustAnchors jdkDefaultsAnd(List<Path> pemBundles) {
        TrustAnchors trust = jdkDefaults();
        for (Path pem : pemBundles) {
            trust = trust.withPemBundle(pem);
        }
        return trust;
    }

    public TrustAnchors withPemBundle(Path pem) {
        List<X509Certificate> bundle = PemCodec.readCertificates(pem);
        return with(bundle, pem + " (" + bundle.size() + ")");
    }

    public TrustAnchors withCertificate(X509Certificate ca) {
        Objects.requireNonNull(ca, "ca");
        return with(List.of(ca), CertificateNames.subject(ca));
    }

    private TrustAnchors with(List<X509Certificate> added, String source) {
        List<X509Certificate> combined = new ArrayList<>(certificates);
        combined.addAll(added);
        List<String> combinedSources = new ArrayList<>(sources);
        combinedSources.add(source);
        return new TrustAnchors(combined, combinedSources);
    }

    /** Unmodifiable; one anchor per distinct certificate. */
    public Set<TrustAnchor> anchors() {
        return anchors;
    }

    /** The anchor certificates, in the order they were added, without duplicates. */
    public List<X509Certificate> certificates() {
        return certificates;
    }

    public boolean isEmpty() {
        return certificates.isEmpty();
    }

    /** Where the anchors came from, e.g. "JDK trust store (146 anchors) + /etc/mta-interop/tls/ca.pem (1)". */
    public String describe() {
        return sources.isEmpty() ? "no trust anchors" : String.join(" + ", sources);
    }

    @Override
    public String toString() {
        return "TrustAnchors[" + describe() + "]";
    }
}
