package org.mtainterop.target;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import org.mtainterop.net.Endpoint;
import org.mtainterop.pki.IssuedCredential;
import org.mtainterop.receiver.MessageSink;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.server.SMTPServer;
import org.subethamail.smtp.server.Session;

/**
 * SubEthaSMTP (com.github.davidmoten 7.x), a third-party server, with STARTTLS enabled on 127.0.0.1 and an
 * ephemeral port: an independent STARTTLS implementation, with its own defects, to point the probes at.
 * Accepted messages go to the given sink, one delivery per recipient (that is how SubEtha hands them over).
 */
final class SubEthaSmtpTarget implements AutoCloseable {
    private static final int CONNECTION_TIMEOUT_MS = 30_000;

    private final SMTPServer server;
    private final String mxName;

    private SubEthaSmtpTarget(SMTPServer server, String mxName) {
        this.server = server;
        this.mxName = mxName;
    }

    static SubEthaSmtpTarget start(IssuedCredential credential, MessageSink sink) {
        Objects.requireNonNull(sink, "sink");
        SMTPServer server = SMTPServer.port(0)
                .bindAddress(InetAddress.getLoopbackAddress())
                .hostName(credential.hostName())
                .enableTLS()
                .startTlsSocketFactory(credential.serverSslContext(), false)
                .connectionTimeoutMs(CONNECTION_TIMEOUT_MS)
                .messageHandler((MessageContext context, String from, String to, byte[] data) ->
                        sink.deliver(from, List.of(to), data, context instanceof Session session && session.isTLSStarted()))
                .build();
        server.start();
        return new SubEthaSmtpTarget(server, credential.hostName());
    }

    Endpoint endpoint() {
        return new Endpoint(InetAddress.getLoopbackAddress().getHostAddress(), server.getPortAllocated(), mxName);
    }

    @Override
    public void close() {
        server.stop();
    }
}
