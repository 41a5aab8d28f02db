package org.mtainterop.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EhloCapabilitiesTest {

    @Test
    void parsesKeywordsAndParametersCaseInsensitively() {
        EhloCapabilities caps = EhloCapabilities.parse(new SmtpReply(250,
                List.of("mx.example.test greets you", "PIPELINING", "SIZE 10240000", "starttls", "AUTH=PLAIN LOGIN", "8BITMIME")));
        assertThat(caps.greeting()).isEqualTo("mx.example.test greets you");
        assertThat(caps.offersStarttls()).isTrue();
        assertThat(caps.has("size")).isTrue();
        assertThat(caps.parameters("SIZE")).containsExactly("10240000");
        assertThat(caps.parameters("AUTH")).containsExactly("PLAIN", "LOGIN");
        assertThat(caps.keywords()).containsExactly("PIPELINING", "SIZE", "STARTTLS", "AUTH", "8BITMIME");
    }

    @Test
    void aSingleLineReplyHasNoExtensions() {
        EhloCapabilities caps = EhloCapabilities.parse(SmtpReply.of(250, "mx.example.test"));
        assertThat(caps.keywords()).isEmpty();
        assertThat(caps.offersStarttls()).isFalse();
    }

    @Test
    void requestsEncodeAndParse() {
        assertThat(SmtpRequest.ehlo("probe.test").encode()).isEqualTo("EHLO probe.test\r\n");
        assertThat(SmtpRequest.mailFrom("a@b.test").encode()).isEqualTo("MAIL FROM:<a@b.test>\r\n");
        SmtpRequest parsed = SmtpRequest.parse("starttls  foo ");
        assertThat(parsed.verb()).isEqualTo("STARTTLS");
        assertThat(parsed.argument()).isEqualTo("foo");
    }
}
