package org.mtainterop.adversary.smtp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.IntSupplier;
import org.mtainterop.adversary.ServerHandshake;

/**
 * INJECT_AFTER_220: a forged EHLO reply shares the 220's TCP segment (CVE-2011-0411's shape); after the inside-TLS
 * EHLO the server waits before answering, to count the commands a desynchronised client sends ahead.
 */
final class ReplyInjectedAfterReady implements SmtpProfileBehaviour {
    private static final byte[] INJECTED = "250-mx.injected.test forged reply\r\n250 XMTAINTEROP-INJECTED\r\n"
            .getBytes(StandardCharsets.US_ASCII);
    /** How long to wait, after the inside-TLS EHLO, for commands a desynchronised client sends. */
    private static final Duration DESYNC_WINDOW = Duration.ofMillis(400);

    @Override
    public byte[] injectedAfterReady() {
        return INJECTED.clone();
    }

    @Override
    public int bytesAheadOfInsideTlsEhloReply(IntSupplier pendingBytes) {
        return ServerHandshake.bytesAheadAfter(DESYNC_WINDOW, pendingBytes);
    }
}
