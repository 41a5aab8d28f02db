package org.mtainterop.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetSpecTest {

    @ParameterizedTest
    @CsvSource({
        "mx.example.net, mx.example.net, 25",
        "mx.example.net:2525, mx.example.net, 2525",
        "192.0.2.7, 192.0.2.7, 25",
        "[2001:db8::1]:587, 2001:db8::1, 587",
        "[::1], ::1, 25",
        "::1, ::1, 25"
    })
    void parsesHostAndPort(String text, String host, int port) {
        TargetSpec spec = TargetSpec.parse(text);
        assertThat(spec.host()).isEqualTo(host);
        assertThat(spec.port()).isEqualTo(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "mx.example.net:0", "mx.example.net:70000", "mx.example.net:abc", "[::1", "bad host", "a/b"})
    void refusesNonsenseWithTheOptionName(String text) {
        assertThatThrownBy(() -> TargetSpec.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--target");
    }
}
