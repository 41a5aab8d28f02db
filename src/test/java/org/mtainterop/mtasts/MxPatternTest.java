package org.mtainterop.mtasts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MxPatternTest {

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
            // RFC 8461 §4.1: "*.example.com" matches "mail.example.com" but not "example.com" or "foo.bar.example.com"
            "*.example.com, mail.example.com, true",
            "*.example.com, example.com, false",
            "*.example.com, foo.bar.example.com, false",
            "mail.example.com, mail.example.com, true",
            "mail.example.com, MAIL.Example.COM., true",
            "*.example.com, Mail.EXAMPLE.com., true",
            "mail.example.com, mail2.example.com, false",
            "mail.example.com, mail.example.com.evil.test, false",
            "*.example.com, .example.com, false",
            "*.example.com, *.example.com, false",
    })
    void matchesAsSection41Says(String pattern, String host, boolean matches) {
        assertThat(new MxPattern(pattern).matches(host)).isEqualTo(matches);
    }
}
