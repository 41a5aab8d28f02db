package org.mtainterop.mtasts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TlsRptRecordTest {

    @Test
    void theRfcExamplesParse() {
        // RFC 8460 §3.1
        assertThat(TlsRptRecord.parse("v=TLSRPTv1; rua=mailto:reports@example.com").value().orElseThrow().rua())
                .containsExactly(URI.create("mailto:reports@example.com"));
        assertThat(TlsRptRecord.parse("v=TLSRPTv1; rua=https://reporting.example.com/v1/tlsrpt").valid()).isTrue();
        Parsed<TlsRptRecord> two = TlsRptRecord.parse(
                "v=TLSRPTv1; rua=mailto:reports@example.com, https://reporting.example.com/v1/tlsrpt");
        assertThat(two.value().orElseThrow().rua()).hasSize(2);
        assertThat(two.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "v=TLSRPTv1                                   | record | no field after",
            "v=TLSRPTv1; x=y                              | rua    | missing",
            "v=TLSRPTv1; rua=                             | rua    | an empty URI",
            "v=TLSRPTv1; rua=http://example.test/r        | rua    | only mailto: and https:",
            "v=TLSRPTv1; rua=reports@example.test         | rua    | no scheme",
            "v=TLSRPTv1; rua=mailto:reports               | rua    | local-part@domain",
            "v=TLSRPTv1; rua=https:///path                | rua    | needs a host",
            "v=TLSRPTv1; rua=mailto:a@example.test,       | rua    | an empty URI",
            "v=TLSRPTv1; rua=mailto:a@example.test; rua=mailto:b@example.test | rua | a second rua",
            "v=TLSRPTv1; RUA=mailto:a@example.test        | RUA    | case-sensitive",
            "v=tlsrptv1; rua=mailto:a@example.test        | v      | must begin with v=TLSRPTv1",
    })
    void eachFailureSaysWhatAndWhere(String text, String field, String problem) {
        Parsed<TlsRptRecord> parsed = TlsRptRecord.parse(text);
        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.errors()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.problem()).contains(problem);
        });
    }

    @Test
    void exactlyOneRecordIsUsed() {
        assertThat(TxtSelection.tlsRpt(List.of("v=TLSRPTv1; rua=mailto:a@example.test", "v=spf1 -all")).selected())
                .isPresent();
        assertThat(TxtSelection.tlsRpt(List.of("v=TLSRPTv1; rua=mailto:a@example.test",
                "v=TLSRPTv1; rua=mailto:b@example.test")).problem()).get().asString()
                .contains("2 TXT records begin with 'v=TLSRPTv1;'");
    }
}
