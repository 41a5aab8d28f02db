package org.mtainterop.tls;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mtainterop.policy.Reason;

/** What one TLS handshake showed: offered, negotiated, the chain as sent, or why it failed. */
public record TlsHandshakeFacts(boolean completed, List<String> offeredProtocols, Optional<String> sniSent,
                                String protocol, String cipherSuite, List<X509Certificate> peerChain,
                                String failure, Duration took) {
    public TlsHandshakeFacts {
        offeredProtocols = List.copyOf(offeredProtocols);
        peerChain = List.copyOf(peerChain);
        protocol = protocol == null ? "" : protocol;
        cipherSuite = cipherSuite == null ? "" : cipherSuite;
        failure = failure == null ? "" : failure;
    }

    public static TlsHandshakeFacts failed(TlsClientSettings settings, List<X509Certificate> chainSeen,
                                           String failure, Duration took) {
        return new TlsHandshakeFacts(false, settings.protocols(), settings.serverName(), "", "", chainSeen,
                failure, took);
    }

    /**
     * Why the handshake failed, for a verdict: {@link #failure()} classified ({@link HandshakeFailure}), the lower
     * layer's words kept as a fact; in English exactly {@link #failure()}.
     */
    public Reason failed() {
        return HandshakeFailure.of(failure);
    }

    /** A readable block for reports: the negotiated parameters. */
    public String readable() {
        StringBuilder out = new StringBuilder();
        out.append("offered protocols: ").append(String.join(", ", offeredProtocols)).append('\n');
        out.append("SNI sent:          ").append(sniSent.orElse("(none)")).append('\n');
        if (completed) {
            out.append("negotiated:        ").append(protocol).append('\n');
            out.append("cipher suite:      ").append(cipherSuite).append('\n');
        } else {
            out.append("handshake failed:  ").append(failure).append('\n');
        }
        out.append("certificates sent: ").append(peerChain.size()).append('\n');
        out.append("handshake time:    ").append(took.toMillis()).append(" ms\n");
        return out.toString();
    }
}
