package org.mtainterop.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TranscriptTest {

    @Test
    void redactsAuthPlainAtTheSource() {
        String secret = Base64.getEncoder().encodeToString("\0alice\0s3cret-password".getBytes(StandardCharsets.UTF_8));
        Transcript t = new Transcript();
        t.client("EHLO probe.test\r\n");
        t.client("AUTH PLAIN " + secret + "\r\n");
        t.server(SmtpReply.of(235, "2.7.0 Authentication successful"));
        t.client("MAIL FROM:<a@b.test>\r\n");
        String text = t.render();
        assertThat(text).doesNotContain(secret).doesNotContain("s3cret").contains("AUTH PLAIN <redacted>");
        assertThat(text).contains("MAIL FROM:<a@b.test>");
    }

    @Test
    void redactsAuthLoginChallengesAndAnswers() {
        String user = Base64.getEncoder().encodeToString("alice".getBytes(StandardCharsets.UTF_8));
        String pass = Base64.getEncoder().encodeToString("hunter2".getBytes(StandardCharsets.UTF_8));
        Transcript t = new Transcript();
        t.client("AUTH LOGIN\r\n");
        t.server(SmtpReply.of(334, "VXNlcm5hbWU6"));
        t.client(user + "\r\n");
        t.server(SmtpReply.of(334, "UGFzc3dvcmQ6"));
        t.client(pass + "\r\n");
        t.server(SmtpReply.of(535, "5.7.8 failed"));
        t.client("QUIT\r\n");
        String text = t.render();
        assertThat(text).doesNotContain(user).doesNotContain(pass).doesNotContain("VXNlcm5hbWU6");
        assertThat(text).contains("AUTH LOGIN").contains("535 5.7.8 failed").contains("QUIT");
    }

    @Test
    void escapesNonPrintableBytes() {
        Transcript t = new Transcript();
        t.serverRaw("220 \u0000evil\u001b[31m\u00ff");
        assertThat(t.render()).contains("220 \\x00evil\\x1b[31m\\xff");
    }

    @Test
    void keepsTimestampsInOrder() {
        Transcript t = new Transcript();
        t.note("one");
        t.tls("two");
        assertThat(t.events()).hasSize(2);
        assertThat(t.events().get(0).at()).isBeforeOrEqualTo(t.events().get(1).at());
        assertThat(t.render()).contains("TLS two");
    }
}
