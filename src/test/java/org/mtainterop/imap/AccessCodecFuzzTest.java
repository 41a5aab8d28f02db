package org.mtainterop.imap;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.mtainterop.net.ProtocolViolation;
import org.mtainterop.pop3.Pop3ResponseDecoder;

/**
 * Fuzzes the IMAP and POP3 response decoders with arbitrary bytes and small limits: only ProtocolViolation
 * may escape; anything else, or a hang, is a bug. CI runs the committed seeds (AccessCodecFuzzTestInputs/).
 */
class AccessCodecFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void imapResponseDecoder(FuzzedDataProvider data) {
        ImapResponseDecoder decoder = new ImapResponseDecoder(1 + data.consumeInt(0, 600), 1 + data.consumeInt(0, 4096),
                data.consumeInt(0, 2048), data.consumeInt(0, 16));
        try {
            for (byte b : data.consumeRemainingAsBytes()) {
                decoder.accept(b).ifPresent(r -> {
                    r.brief();
                    r.capabilities();
                    r.responseCode();
                });
            }
            decoder.currentLine();
        } catch (ProtocolViolation expected) {
            expected.offendingLine();
        }
    }

    @FuzzTest(maxDuration = "60s")
    void pop3ResponseDecoder(FuzzedDataProvider data) {
        Pop3ResponseDecoder decoder = new Pop3ResponseDecoder(1 + data.consumeInt(0, 600), 1 + data.consumeInt(0, 4096),
                1 + data.consumeInt(0, 64));
        boolean multiLine = data.consumeBoolean();
        try {
            decoder.expectMultiLine(multiLine);
            for (byte b : data.consumeRemainingAsBytes()) {
                if (decoder.accept(b).isPresent() && !decoder.inProgress()) {
                    decoder.expectMultiLine(multiLine);
                }
            }
            decoder.currentLine();
        } catch (ProtocolViolation expected) {
            expected.offendingLine();
        }
    }
}
