package org.mtainterop.clients;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.mtainterop.cert.HostnameMatcher;
import org.mtainterop.pki.PemCodec;
import org.mtainterop.tls.PinnedNameSocketFactory;

/**
 * TLS for an in-process survey client: trust only the survey CA (a PKIX TrustManager over the job's PEM), connect
 * to a pinned address yet speak TLS to the server name (SNI), and check the certificate against that name
 * (RFC 6125, {@link HostnameMatcher}) where the library would otherwise check the address it was given.
 */
final class SurveyTrust {
    private final SSLContext context;
    private final String serverName;

    private SurveyTrust(SSLContext context, String serverName) {
        this.context = context;
        this.serverName = serverName;
    }

    static SurveyTrust of(ClientJob job) {
        try {
            List<X509Certificate> cas = PemCodec.parseCertificates(job.caPem(), "the survey CA");
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (int i = 0; i < cas.size(); i++) {
                store.setCertificateEntry("survey-ca-" + i, cas.get(i));
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
            factory.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return new SurveyTrust(context, job.serverName());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a TLS context from the survey CA: " + e.getMessage(), e);
        }
    }

    /** Layers TLS for the server name (SNI) over whatever socket the library connected to the pinned address. */
    SSLSocketFactory socketFactory() {
        return new PinnedNameSocketFactory(context, serverName, false); // the name is checked by nameVerifier()
    }

    /** For {@code mail.<proto>.ssl.hostnameverifier}: the leaf must match the server name, whatever host was dialled. */
    HostnameVerifier nameVerifier() {
        return (dialled, session) -> leafMatches(session);
    }

    private boolean leafMatches(SSLSession session) {
        try {
            Certificate[] chain = session.getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate leaf
                    && HostnameMatcher.match(leaf, serverName).matched();
        } catch (SSLPeerUnverifiedException e) {
            return false;
        }
    }
}
