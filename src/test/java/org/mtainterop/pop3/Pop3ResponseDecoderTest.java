package org.mtainterop.pop3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtainterop.net.ProtocolViolation;

class Pop3ResponseDecoderTest {
    private final Pop3ResponseDecoder decoder = new Pop3ResponseDecoder(100, 2048, 5);

    private List<Pop3Response> feed(String text) throws ProtocolViolation {
        List<Pop3Response> out = new ArrayList<>();
        for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
            decoder.accept(b).ifPresent(out::add);
        }
        return out;
    }

    @Test
    void singleLineAnswers() throws Exception {
        assertThat(feed("+OK ready\r\n")).containsExactly(new Pop3Response(true, "ready", List.of()));
        assertThat(feed("-ERR [AUTH] Plaintext authentication disallowed\r\n").get(0).ok()).isFalse();
        assertThat(feed("+OK\n").get(0).text()).isEmpty();
    }

    @Test
    void capaIsMultiLineUntilTheDot() throws Exception {
        decoder.expectMultiLine(true);
        assertThat(feed("+OK\r\nCAPA\r\nSTLS\r\n")).isEmpty();
        List<Pop3Response> r = feed("SASL PLAIN\r\n.\r\n");
        assertThat(r).hasSize(1);
        assertThat(r.get(0).lines()).containsExactly("CAPA", "STLS", "SASL PLAIN");
    }

    @Test
    void dotStuffedLinesAreUnstuffed() throws Exception {
        decoder.expectMultiLine(true);
        Pop3Response r = feed("+OK\r\n..hidden\r\n.x\r\n.\r\n").get(0);
        assertThat(r.lines()).containsExactly(".hidden", "x");
    }

    @Test
    void anErrorEndsAMultiLineAnswerAtOnce() throws Exception {
        decoder.expectMultiLine(true);
        assertThat(feed("-ERR no CAPA here\r\n")).containsExactly(new Pop3Response(false, "no CAPA here", List.of()));
        assertThat(feed("+OK next\r\n")).hasSize(1); // back to single-line by default
    }

    @Test
    void theShapeCannotChangeMidAnswer() throws Exception {
        decoder.expectMultiLine(true);
        feed("+OK\r\nCAPA\r\n");
        assertThatThrownBy(() -> decoder.expectMultiLine(false)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void endlessMultiLineAnswerIsRefused() {
        decoder.expectMultiLine(true);
        assertThatThrownBy(() -> feed("+OK\r\na\r\nb\r\nc\r\nd\r\ne\r\nf\r\n"))
                .isInstanceOf(ProtocolViolation.class).hasMessageContaining("longer than 5 lines");
    }

    @Test
    void oversizedLineAndAnswerAreRefused() {
        assertThatThrownBy(() -> feed("+OK " + "x".repeat(200)))
                .isInstanceOf(ProtocolViolation.class).hasMessageContaining("longer than 100 bytes");
        Pop3ResponseDecoder small = new Pop3ResponseDecoder(100, 30, 50).expectMultiLine(true);
        assertThatThrownBy(() -> {
            for (byte b : "+OK\r\n0123456789\r\n0123456789\r\n0123456789\r\n".getBytes(StandardCharsets.ISO_8859_1)) {
                small.accept(b);
            }
        }).isInstanceOf(ProtocolViolation.class).hasMessageContaining("larger than 30 bytes");
    }

    @Test
    void statusLinesOtherThanOkAndErrAreRefused() {
        assertThatThrownBy(() -> feed("* OK this is IMAP\r\n")).isInstanceOf(ProtocolViolation.class)
                .hasMessageContaining("neither +OK nor -ERR");
        assertThatThrownBy(() -> new Pop3ResponseDecoderTest().feed("+OKAY\r\n")).isInstanceOf(ProtocolViolation.class);
    }
}
