package org.mtainterop.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmtpReplyDecoderTest {

    private final SmtpReplyDecoder decoder = new SmtpReplyDecoder(512, 4096, 50);

    private List<SmtpReply> feed(String... chunks) throws SmtpProtocolException {
        List<SmtpReply> replies = new ArrayList<>();
        for (String chunk : chunks) {
            for (byte b : chunk.getBytes(StandardCharsets.ISO_8859_1)) {
                Optional<SmtpReply> r = decoder.accept(b);
                r.ifPresent(replies::add);
            }
        }
        return replies;
    }

    @Test
    void decodesASingleLineReply() throws Exception {
        assertThat(feed("220 mx.example.test ESMTP ready\r\n"))
                .containsExactly(SmtpReply.of(220, "mx.example.test ESMTP ready"));
    }

    @Test
    void decodesAMultiLineReplySplitAcrossReads() throws Exception {
        List<SmtpReply> replies = feed("250-mx.exa", "mple.test\r\n250-PIPE", "LINING\r", "\n250 STARTTLS\r\n");
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).lines()).containsExactly("mx.example.test", "PIPELINING", "STARTTLS");
        assertThat(replies.get(0).isMultiline()).isTrue();
    }

    @Test
    void decodesSeveralRepliesInOneRead() throws Exception {
        assertThat(feed("250 ok\r\n221 bye\r\n")).extracting(SmtpReply::code).containsExactly(250, 221);
    }

    @Test
    void acceptsBareLineFeedAndCodeWithoutText() throws Exception {
        assertThat(feed("250\n")).containsExactly(SmtpReply.of(250, ""));
    }

    @Test
    void keepsPartialLinesUntilTheyComplete() throws Exception {
        assertThat(feed("220 hal")).isEmpty();
        assertThat(decoder.inProgress()).isTrue();
        assertThat(feed("f\r\n")).containsExactly(SmtpReply.of(220, "half"));
        assertThat(decoder.inProgress()).isFalse();
    }

    @Test
    void refusesALineWithoutACode() {
        assertThatThrownBy(() -> feed("hello there\r\n"))
                .isInstanceOf(SmtpProtocolException.class)
                .hasMessageContaining("malformed reply line")
                .hasMessageContaining("hello there");
    }

    @Test
    void refusesABadSeparator() {
        assertThatThrownBy(() -> feed("250xok\r\n")).isInstanceOf(SmtpProtocolException.class);
    }

    @Test
    void refusesCodesOutOfRange() {
        assertThatThrownBy(() -> feed("999 what\r\n")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> new SmtpReplyDecoderTest().feed("099 too low\r\n")).hasMessageContaining("out of range");
    }

    @Test
    void refusesAMultiLineReplyThatChangesItsCode() {
        assertThatThrownBy(() -> feed("250-first\r\n251 second\r\n")).hasMessageContaining("changed its code");
    }

    @Test
    void refusesAnOversizedLineBeforeBufferingIt() {
        String huge = "250 " + "x".repeat(600);
        assertThatThrownBy(() -> feed(huge)).hasMessageContaining("longer than 512");
    }

    @Test
    void refusesAnEndlessMultiLineReply() {
        StringBuilder endless = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            endless.append("250-line ").append(i).append("\r\n");
        }
        assertThatThrownBy(() -> feed(endless.toString())).hasMessageContaining("more than 50 lines");
    }

    @Test
    void refusesAReplyLargerThanTheTotalCap() {
        SmtpReplyDecoder small = new SmtpReplyDecoder(512, 300, 1000);
        assertThatThrownBy(() -> {
            for (int i = 0; i < 20; i++) {
                for (byte b : ("250-" + "y".repeat(40) + "\r\n").getBytes(StandardCharsets.US_ASCII)) {
                    small.accept(b);
                }
            }
        }).isInstanceOf(SmtpProtocolException.class).hasMessageContaining("larger than 300 bytes");
    }

    @Test
    void encodesRepliesForTheServerSide() {
        assertThat(new SmtpReply(250, List.of("mx", "STARTTLS")).encode()).isEqualTo("250-mx\r\n250 STARTTLS\r\n");
    }
}
