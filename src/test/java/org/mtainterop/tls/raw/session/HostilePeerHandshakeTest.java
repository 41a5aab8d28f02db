package org.mtainterop.tls.raw.session;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A hostile in-process peer: garbage, a huge record, a huge message, silence, a cut: each ends in an error in time. */
class HostilePeerHandshakeTest {
    private static final Tls13Handshake.Options OPTIONS = new Tls13Handshake.Options(Optional.empty(), false,
            Duration.ofSeconds(1));

    @Test
    void garbageIsNotATlsRecord() throws Exception {
        IOException e = against(out -> write(out, "220 hello\r\n".getBytes()));
        assertTrue(e.getMessage().contains("not a TLS record"), e.getMessage());
    }

    @Test
    void aHugeRecordIsRefusedBeforeItIsRead() throws Exception {
        IOException e = against(out -> write(out, new byte[] {22, 3, 3, (byte) 0xff, (byte) 0xff}));
        assertTrue(e.getMessage().contains("exceeds the TLS maximum"), e.getMessage());
    }

    @Test
    void aHugeHandshakeMessageIsRefusedBeforeItIsBuffered() throws Exception {
        IOException e = against(out -> write(out, new byte[] {22, 3, 3, 0, 4, 2, (byte) 0xff, (byte) 0xff, (byte) 0xff}));
        assertTrue(e.getMessage().contains("cap"), e.getMessage());
    }

    @Test
    void aPeerThatStopsMidHandshakeEndsAtTheDeadline() throws Exception {
        IOException e = against(out -> write(out, new byte[] {22, 3, 3, 0, 40, 2, 0, 0, 36}));
        assertTrue(e.getMessage().contains("deadline"), e.getMessage());
    }

    @Test
    void aPeerThatClosesMidRecordIsReported() throws Exception {
        IOException e = against(out -> {
            write(out, new byte[] {22, 3, 3, 0, 40, 2, 0});
            throw new IllegalStateException("close");
        });
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void aTruncatedServerHelloIsMalformed() throws Exception {
        IOException e = against(out -> write(out, new byte[] {22, 3, 3, 0, 8, 2, 0, 0, 4, 3, 3, 1, 2}));
        assertTrue(e.getMessage().contains("truncated ServerHello"), e.getMessage());
    }

    @Test
    void theTls12HandshakeRefusesGarbageAndEndsAtTheDeadline() throws Exception {
        IOException garbage = against(out -> write(out, "220 hello\r\n".getBytes()), true);
        assertTrue(garbage.getMessage().contains("not a TLS record"), garbage.getMessage());
        IOException silent = against(out -> write(out, new byte[] {22, 3, 3, 0, 40, 2, 0, 0, 36}), true);
        assertTrue(silent.getMessage().contains("deadline"), silent.getMessage());
        IOException early = against(out -> write(out, new byte[] {22, 3, 3, 0, 4, 14, 0, 0, 0}), true);
        assertTrue(early.getMessage().contains("before the ServerHello"), early.getMessage());
    }

    private static IOException against(Consumer<OutputStream> script) throws Exception {
        return against(script, false);
    }

    private static IOException against(Consumer<OutputStream> script, boolean tls12) {
        return ScriptedHelloPeer.handshakeError(script::accept, Duration.ofSeconds(2), channel -> {
            if (tls12) {
                new Tls12Handshake(OPTIONS).run(channel);
            } else {
                new Tls13Handshake(OPTIONS).run(channel);
            }
        });
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
