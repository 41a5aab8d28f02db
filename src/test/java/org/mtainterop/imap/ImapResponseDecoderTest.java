package org.mtainterop.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mtainterop.net.ProtocolViolation;

class ImapResponseDecoderTest {
    private final ImapResponseDecoder decoder = new ImapResponseDecoder(200, 4096, 1024, 8);

    private List<ImapResponse> feed(String text) throws ProtocolViolation {
        List<ImapResponse> out = new ArrayList<>();
        for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
            decoder.accept(b).ifPresent(out::add);
        }
        return out;
    }

    @Test
    void greetingCarriesCapabilitiesInItsResponseCode() throws Exception {
        ImapResponse greeting = feed("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready.\r\n").get(0);
        assertThat(greeting.kind()).isEqualTo(ImapResponse.Kind.UNTAGGED);
        assertThat(greeting.isOk()).isTrue();
        assertThat(greeting.capabilities()).contains(List.of("IMAP4REV1", "STARTTLS", "LOGINDISABLED"));
    }

    @Test
    void untaggedDataThenTaggedCompletion() throws Exception {
        List<ImapResponse> r = feed("* CAPABILITY IMAP4rev1 AUTH=PLAIN STARTTLS\r\na1 OK done\r\n");
        assertThat(r).hasSize(2);
        assertThat(r.get(0).status()).isEmpty();
        assertThat(r.get(0).capabilities()).contains(List.of("IMAP4REV1", "AUTH=PLAIN", "STARTTLS"));
        assertThat(r.get(1).isTagged("a1")).isTrue();
        assertThat(r.get(1).isOk()).isTrue();
        assertThat(r.get(1).text()).isEqualTo("done");
    }

    @Test
    void continuationAndBareLf() throws Exception {
        ImapResponse plus = feed("+ go ahead\n").get(0);
        assertThat(plus.kind()).isEqualTo(ImapResponse.Kind.CONTINUATION);
        assertThat(plus.text()).isEqualTo("go ahead");
    }

    @Test
    void literalBytesAreKeptAndTheResponseContinuesAfterThem() throws Exception {
        List<ImapResponse> r = feed("* 1 FETCH (BODY[] {12}\r\nhello\r\nworld)\r\na2 OK\r\n");
        assertThat(r).hasSize(2);
        assertThat(r.get(0).literals()).containsExactly("hello\r\nworld");
        assertThat(r.get(0).text()).startsWith("1 FETCH (BODY[] {12}").endsWith(")");
        assertThat(r.get(1).isTagged("a2")).isTrue();
    }

    @Test
    void literalSplitAcrossReadsAndNonSynchronisingLiteral() throws Exception {
        assertThat(feed("* LIST () \"/\" {3+}\r\nab")).isEmpty();
        assertThat(decoder.inProgress()).isTrue();
        List<ImapResponse> r = feed("c\r\n");
        assertThat(r).hasSize(1);
        assertThat(r.get(0).literals()).containsExactly("abc");
    }

    @Test
    void zeroLengthLiteral() throws Exception {
        assertThat(feed("* X {0}\r\n\r\n").get(0).literals()).containsExactly("");
    }

    @Test
    void oversizedLiteralIsRefusedBeforeAnyOfItIsRead() {
        assertThatThrownBy(() -> feed("* 1 FETCH (BODY[] {999999999}\r\n"))
                .isInstanceOf(ProtocolViolation.class).hasMessageContaining("literal of 999999999 bytes");
    }

    @Test
    void tooManyLiteralsAreRefused() {
        assertThatThrownBy(() -> feed("* X {1}\r\na {1}\r\nb {1}\r\nc {1}\r\nd {1}\r\ne {1}\r\nf {1}\r\ng {1}\r\nh {1}\r\ni\r\n"))
                .isInstanceOf(ProtocolViolation.class).hasMessageContaining("more than 8 literals");
    }

    @Test
    void overlongLineIsRefused() {
        assertThatThrownBy(() -> feed("* OK " + "x".repeat(300) + "\r\n"))
                .isInstanceOf(ProtocolViolation.class).hasMessageContaining("longer than 200");
    }

    @Test
    void oversizedResponseIsRefused() {
        ImapResponseDecoder small = new ImapResponseDecoder(200, 64, 1024, 8);
        assertThatThrownBy(() -> {
            for (byte b : "* X {100}\r\n".concat("y".repeat(100)).getBytes(StandardCharsets.ISO_8859_1)) {
                small.accept(b);
            }
        }).isInstanceOf(ProtocolViolation.class).hasMessageContaining("larger than 64 bytes");
    }

    @Test
    void malformedLinesAreRefused() {
        assertThatThrownBy(() -> feed("\r\n")).isInstanceOf(ProtocolViolation.class);
        assertThatThrownBy(() -> new ImapResponseDecoder(200, 4096, 1024, 8).accept((byte) '\n'))
                .isInstanceOf(ProtocolViolation.class);
        assertThatThrownBy(() -> feed("a1 MAYBE fine\r\n")).isInstanceOf(ProtocolViolation.class)
                .hasMessageContaining("without OK, NO or BAD");
        assertThatThrownBy(() -> new ImapResponseDecoderTest().feed("*\r\n")).isInstanceOf(ProtocolViolation.class);
        assertThatThrownBy(() -> new ImapResponseDecoderTest().feed("a(1 OK\r\n")).isInstanceOf(ProtocolViolation.class)
                .hasMessageContaining("malformed tag");
    }

    @Test
    void briefIsOneEscapedLine() throws Exception {
        ImapResponse r = feed("a3 NO [ALERT] bad\u0001thing\r\n").get(0);
        assertThat(r.brief()).isEqualTo("a3 NO [ALERT] bad\\x01thing");
        assertThat(r.responseCode()).isEqualTo(Optional.of("ALERT"));
    }
}
