package org.mtainterop.smtp;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Fuzzes the SMTP codec with arbitrary bytes: the only exceptions allowed out are the documented ones
 * (SmtpProtocolException from the decoder, IllegalArgumentException from request parsing); anything else,
 * or a hang, is a bug. CI runs the committed seeds (SmtpCodecFuzzTestInputs/); JAZZER_FUZZ=1 fuzzes.
 */
class SmtpCodecFuzzTest {

    /** The reply decoder, fed in arbitrary pieces, with small limits so that limits are exercised. */
    @FuzzTest(maxDuration = "60s")
    void replyDecoder(FuzzedDataProvider data) {
        SmtpReplyDecoder decoder = new SmtpReplyDecoder(1 + data.consumeInt(0, 600), 1 + data.consumeInt(0, 4096),
                1 + data.consumeInt(0, 64));
        byte[] wire = data.consumeRemainingAsBytes();
        try {
            for (byte b : wire) {
                Optional<SmtpReply> reply = decoder.accept(b);
                reply.ifPresent(r -> {
                    if (r.code() < 200 || r.code() > 599 || r.lines().isEmpty()) {
                        throw new IllegalStateException("decoder produced an impossible reply " + r);
                    }
                    r.brief();
                    r.encode();
                });
            }
            decoder.currentLine();
        } catch (SmtpProtocolException expected) {
            expected.offendingLine();
        }
    }

    /** The EHLO parser, over whatever reply the decoder lets through. */
    @FuzzTest(maxDuration = "60s")
    void ehloCapabilities(byte[] wire) {
        SmtpReplyDecoder decoder = new SmtpReplyDecoder(4096, 64 * 1024, 512);
        try {
            for (byte b : wire) {
                Optional<SmtpReply> reply = decoder.accept(b);
                if (reply.isPresent()) {
                    EhloCapabilities capabilities = EhloCapabilities.parse(reply.get());
                    capabilities.offersStarttls();
                    capabilities.keywords().forEach(capabilities::parameters);
                    capabilities.toString();
                }
            }
        } catch (SmtpProtocolException expected) {
            // malformed input is refused, as documented
        }
    }

    /** The server side's command parser, and the round trip of what it accepts. */
    @FuzzTest(maxDuration = "60s")
    void requestParse(byte[] line) {
        String text = new String(line, StandardCharsets.ISO_8859_1);
        try {
            SmtpRequest request = SmtpRequest.parse(text);
            SmtpRequest again = SmtpRequest.parse(request.encode().stripTrailing());
            if (!again.verb().equals(request.verb())) {
                throw new IllegalStateException("round trip changed the verb: " + request + " -> " + again);
            }
        } catch (IllegalArgumentException expected) {
            // not a single SMTP command
        }
    }

    /** The transcript: redaction and escaping must never throw, whatever a client or server line holds. */
    @FuzzTest(maxDuration = "60s")
    void transcript(FuzzedDataProvider data) {
        Transcript transcript = new Transcript();
        while (data.remainingBytes() > 0) {
            String text = data.consumeString(200);
            switch (data.consumeInt(0, 3)) {
                case 0 -> transcript.client(text);
                case 1 -> transcript.serverRaw(text);
                case 2 -> transcript.tls(text);
                default -> transcript.note(text);
            }
        }
        transcript.render();
    }
}
