package org.mtainterop.tls.raw.session;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/**
 * A loopback peer for the harness's own TLS client: it reads the ClientHello, answers with what its script writes,
 * then waits 3 s (a script that throws {@link IllegalStateException} closes the connection at once); the client's
 * handshake over it must fail, and its error is what the tests read.
 */
final class ScriptedHelloPeer {
    /** What the peer sends once it has read the hello. */
    interface Script {
        void answer(OutputStream out) throws IOException;
    }

    /** The client's side: one handshake over the channel. */
    interface Handshake {
        void run(RecordChannel channel) throws IOException;
    }

    private ScriptedHelloPeer() {
    }

    /** A peer that sends {@code reply} and waits. */
    static Script replying(byte[] reply) {
        return out -> {
            out.write(reply);
            out.flush();
        };
    }

    /** The error {@code handshake} ends with against a peer running {@code script}, reading with {@code readTimeout}. */
    static IOException handshakeError(Script script, Duration readTimeout, Handshake handshake) {
        return assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                Thread peer = new Thread(() -> {
                    try (Socket s = listener.accept()) {
                        s.getInputStream().read(new byte[4096]);
                        try {
                            script.answer(s.getOutputStream());
                            Thread.sleep(3000);
                        } catch (IllegalStateException closeNow) {
                            // closes the connection
                        }
                    } catch (Exception e) {
                        // the client gave up
                    }
                });
                peer.setDaemon(true);
                peer.start();
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                    RecordChannel channel = new RecordChannel(socket, readTimeout);
                    return assertThrows(IOException.class, () -> handshake.run(channel));
                }
            }
        });
    }
}
