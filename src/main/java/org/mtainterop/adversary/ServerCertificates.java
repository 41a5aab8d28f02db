package org.mtainterop.adversary;

import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;

/** The server TLS contexts of one adversarial server: one per certificate profile, issued once for its host name. */
public final class ServerCertificates {
    private final TestPki pki;
    private final String hostname;
    private final Map<CertificateProfile, SSLContext> contexts = new ConcurrentHashMap<>();

    public ServerCertificates(TestPki pki, String hostname) {
        this.pki = pki;
        this.hostname = hostname;
    }

    public SSLContext context(CertificateProfile certificate) {
        return contexts.computeIfAbsent(certificate, c -> pki.issue(c, hostname).serverSslContext());
    }

    /** The root a client must trust for the valid certificate. */
    public X509Certificate trustAnchor() {
        return pki.rootCertificate();
    }
}
