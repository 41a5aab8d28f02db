package org.mtainterop.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The transcript redacts IMAP and POP3 credentials too (the harness sends none; a peer's or a future probe's must not leak). */
class TranscriptAccessRedactionTest {

    private static String recorded(String line) {
        Transcript t = new Transcript();
        t.client(line);
        return t.events().get(0).text();
    }

    @Test
    void imapLoginAndAuthenticateKeepOnlyTheVerb() {
        assertThat(recorded("a1 LOGIN alice s3cret")).isEqualTo("a1 LOGIN " + Transcript.REDACTED);
        assertThat(recorded("a2 authenticate PLAIN AGFsaWNlAHMzY3JldA==")).isEqualTo("a2 authenticate PLAIN " + Transcript.REDACTED);
        assertThat(recorded("a2 AUTHENTICATE PLAIN")).isEqualTo("a2 AUTHENTICATE PLAIN");
    }

    @Test
    void pop3PassAndApopAreRedacted() {
        assertThat(recorded("PASS s3cret")).isEqualTo("PASS " + Transcript.REDACTED);
        assertThat(recorded("APOP alice c4c9334bac560ecc979e58001b3e22fb")).isEqualTo("APOP " + Transcript.REDACTED);
    }

    @Test
    void harmlessCommandsAreKept() {
        assertThat(recorded("USER probe")).isEqualTo("USER probe");
        assertThat(recorded("a1 CAPABILITY")).isEqualTo("a1 CAPABILITY");
        assertThat(recorded("EHLO login.example")).isEqualTo("EHLO login.example");
        assertThat(recorded("MAIL FROM:<probe@mta-interop.test>")).isEqualTo("MAIL FROM:<probe@mta-interop.test>");
    }
}
