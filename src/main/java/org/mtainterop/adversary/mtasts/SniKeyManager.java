package org.mtainterop.adversary.mtasts;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import javax.net.ssl.X509ExtendedKeyManager;
import org.mtainterop.pki.IssuedCredential;

/**
 * Presents, for each policy host, its own certificate, chosen by the name the client asked for (SNI): one
 * policy server serves {@code mta-sts.a.test} and {@code mta-sts.b.test} each with its own (good or bad)
 * certificate. A client that names no known host gets the first one.
 */
final class SniKeyManager extends X509ExtendedKeyManager {
    private final Map<String, IssuedCredential> byHost;
    private final String fallback;

    private SniKeyManager(Map<String, IssuedCredential> byHost) {
        this.byHost = Map.copyOf(byHost);
        this.fallback = byHost.keySet().iterator().next();
    }

    /** A server context presenting {@code credentials} (host name → credential; iteration order picks the default). */
    static SSLContext context(Map<String, IssuedCredential> credentials) {
        if (credentials.isEmpty()) {
            throw new IllegalArgumentException("no credential");
        }
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[] {new SniKeyManager(credentials)}, null, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the policy server's TLS context", e);
        }
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return alias(engine.getHandshakeSession(), keyType);
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return alias(socket instanceof javax.net.ssl.SSLSocket s ? s.getHandshakeSession() : null, keyType);
    }

    private String alias(SSLSession handshake, String keyType) {
        String host = fallback;
        if (handshake instanceof ExtendedSSLSession extended) {
            for (SNIServerName name : extended.getRequestedServerNames()) {
                if (name instanceof SNIHostName sni && byHost.containsKey(sni.getAsciiName().toLowerCase(Locale.ROOT))) {
                    host = sni.getAsciiName().toLowerCase(Locale.ROOT);
                }
            }
        }
        String algorithm = byHost.get(host).privateKey().getAlgorithm();
        boolean fits = keyType.equalsIgnoreCase(algorithm) || algorithm.equals("RSA") && keyType.startsWith("RSA");
        return fits ? host : null;
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        IssuedCredential credential = byHost.get(alias);
        return credential == null ? null : credential.chain().toArray(X509Certificate[]::new);
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        IssuedCredential credential = byHost.get(alias);
        return credential == null ? null : credential.privateKey();
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return byHost.keySet().toArray(String[]::new);
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return new String[0];
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        return null;
    }
}
