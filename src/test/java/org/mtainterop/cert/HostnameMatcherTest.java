package org.mtainterop.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6125 §6.4 (with RFC 9525 §6.3's single-label wildcard) as tables. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostnameMatcherTest {
    private final CertificateBuilderForTests certificates;

    HostnameMatcherTest() throws Exception {
        certificates = new CertificateBuilderForTests();
    }

    @ParameterizedTest(name = "[{index}] presented {0} vs reference {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            mx.example.test            | mx.example.test            | true
            MX.Example.TEST            | mx.example.test            | true
            mx.example.test            | MX.EXAMPLE.test            | true
            mx.example.test.           | mx.example.test            | true
            mx.example.test            | mx.example.test.           | true
            mx.example.test            | mx2.example.test           | false
            mx.example.test            | example.test               | false
            example.test               | mx.example.test            | false
            *.example.test             | mx.example.test            | true
            *.Example.Test             | MX.example.test.           | true
            *.example.test             | example.test               | false
            *.example.test             | a.b.example.test           | false
            *.example.test             | .example.test              | false
            m*.example.test            | mx.example.test            | false
            *x.example.test            | mx.example.test            | false
            mx.*.test                  | mx.example.test            | false
            *.*.example.test           | a.b.example.test           | false
            *.test                     | example.test               | false
            *                          | localhost                  | false
            xn--bcher-kva.example.test | xn--bcher-kva.example.test | true
            xn--bcher-kva.example.test | XN--BCHER-KVA.example.test | true
            *.example.test             | xn--bcher-kva.example.test | true
            xn--*.example.test         | xn--bcher-kva.example.test | false
            bücher.example.test        | bücher.example.test        | false
            mx.example.test            | *.example.test             | false
            mx..example.test           | mx..example.test           | false
            ''                         | mx.example.test            | false
            """)
    void presentedNameMatchesReferenceName(String presented, String reference, boolean expected) {
        assertThat(HostnameMatcher.matches(presented, reference)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] CN={0} SAN dNS={1} SAN IP={2} vs {3} -> {4} by ''{5}''")
    @CsvSource(delimiter = '|', textBlock = """
            mx.example.test    | mx.example.test              | ''         | mx.example.test  | true  | SAN dNSName mx.example.test
            other.example.test | a.example.test;*.example.test | ''         | mx.example.test  | true  | SAN dNSName *.example.test
            mx.example.test    | other.example.test           | ''         | mx.example.test  | false | ''
            mx.example.test    | ''                           | ''         | mx.example.test  | true  | subject CN mx.example.test
            mx.example.test    | ''                           | 192.0.2.7  | mx.example.test  | true  | subject CN mx.example.test
            *.example.test     | ''                           | ''         | mx.example.test  | true  | subject CN *.example.test
            ''                 | ''                           | 192.0.2.7  | 192.0.2.7        | true  | SAN iPAddress 192.0.2.7
            ''                 | ''                           | 2001:db8::25 | [2001:DB8:0::25] | true | SAN iPAddress 2001:db8:0:0:0:0:0:25
            192.0.2.7          | 192.0.2.7                    | ''         | 192.0.2.7        | false | ''
            ''                 | mx.example.test              | 192.0.2.8  | 192.0.2.7        | false | ''
            """)
    void certificateMatchesReferenceName(String commonName, String sanDnsNames, String sanIpAddresses, String reference,
                                         boolean expected, String expectedMatchedBy) throws Exception {
        var leaf = certificates.certificate(commonName, split(sanDnsNames), split(sanIpAddresses));
        NameMatch match = HostnameMatcher.match(leaf, reference);
        assertThat(match.matched()).isEqualTo(expected);
        assertThat(match.matchedBy()).isEqualTo(expectedMatchedBy);
        assertThat(match.referenceName()).isEqualTo(reference);
    }

    @Test
    void presentedNamesAreTheSansWhenThereAreAnyAndTheCnOtherwise() throws Exception {
        var withSan = certificates.certificate("cn.example.test", List.of("a.example.test", "b.example.test"), List.of());
        var cnOnly = certificates.certificate("cn.example.test", List.of(), List.of());
        assertThat(HostnameMatcher.match(withSan, "cn.example.test").presentedNames())
                .containsExactly("a.example.test", "b.example.test");
        assertThat(HostnameMatcher.match(cnOnly, "x.example.test").presentedNames()).containsExactly("cn.example.test");
        assertThat(HostnameMatcher.match(cnOnly, "x.example.test").readable())
                .isEqualTo("x.example.test not matched; the certificate presents cn.example.test");
    }

    private static List<String> split(String names) {
        return names.isEmpty() ? List.of() : Arrays.asList(names.split(";"));
    }
}
