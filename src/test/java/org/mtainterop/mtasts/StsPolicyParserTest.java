package org.mtainterop.mtasts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StsPolicyParserTest {
    /** RFC 8461 §3.2, the example policy. */
    static final String RFC_EXAMPLE = "version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\n"
            + "mx: *.example.net\r\nmx: backupmx.example.com\r\nmax_age: 604800\r\n";

    @Test
    void theRfcExampleParses() {
        Parsed<StsPolicy> parsed = StsPolicyParser.parse(RFC_EXAMPLE);
        assertThat(parsed.problems()).isEmpty();
        StsPolicy policy = parsed.value().orElseThrow();
        assertThat(policy.mode()).isEqualTo(StsMode.ENFORCE);
        assertThat(policy.maxAge()).isEqualTo(604800);
        assertThat(policy.mx()).extracting(MxPattern::pattern)
                .containsExactly("mail.example.com", "*.example.net", "backupmx.example.com");
        assertThat(policy.lineEndings()).isEqualTo(StsPolicy.LineEndings.CRLF);
    }

    @Test
    void lfAndNoFinalNewlineAreFineAndMixedIsNoted() {
        assertThat(StsPolicyParser.parse(RFC_EXAMPLE.replace("\r\n", "\n")).value().orElseThrow().lineEndings())
                .isEqualTo(StsPolicy.LineEndings.LF);
        assertThat(StsPolicyParser.parse("version: STSv1\nmode: none\nmax_age: 0").valid()).isTrue();
        Parsed<StsPolicy> mixed = StsPolicyParser.parse("version: STSv1\r\nmode: none\nmax_age: 86400\n");
        assertThat(mixed.valid()).isTrue();
        assertThat(mixed.value().orElseThrow().lineEndings()).isEqualTo(StsPolicy.LineEndings.MIXED);
        assertThat(mixed.notes()).singleElement().extracting(SyntaxProblem::problem).asString().contains("mixed");
    }

    @Test
    void modeNoneNeedsNoMx() {
        assertThat(StsPolicyParser.parse("version: STSv1\nmode: none\nmax_age: 86400\n").problems()).isEmpty();
    }

    @Test
    void unknownKeysAreReportedAndATypoNamed() {
        Parsed<StsPolicy> parsed = StsPolicyParser.parse(RFC_EXAMPLE + "comment: hello world\r\n");
        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.notes()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("comment");
            assertThat(p.problem()).isEqualTo("an unknown field (senders ignore it)");
        });

        Parsed<StsPolicy> typo = StsPolicyParser.parse("version: STSv1\nmode: enforce\nnmx: mail.example.test\n"
                + "max_age: 86400\n");
        assertThat(typo.valid()).isFalse();
        assertThat(typo.notes()).singleElement().extracting(SyntaxProblem::problem).asString()
                .contains("one edit from 'mx': a typo?");
        assertThat(typo.describeErrors()).contains("mx: missing").contains("the policy has 'nmx': a typo?");
    }

    @Test
    void aTypoBesideAGoodMxIsOnlyANote() {
        Parsed<StsPolicy> parsed = StsPolicyParser.parse(RFC_EXAMPLE + "nmx: mx9.example.com\r\n");
        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.notes()).singleElement().extracting(SyntaxProblem::field).isEqualTo("nmx");
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "version: STSv2\\nmode: none\\nmax_age: 1           | version | must be 'STSv1'",
            "mode: none\\nmax_age: 1                            | version | missing",
            "version: STSv1\\nmax_age: 1                        | mode    | missing",
            "version: STSv1\\nmode: none                        | max_age | missing",
            "version: STSv1\\nmode: Enforce\\nmax_age: 1        | mode    | must be enforce, testing or none",
            "version: STSv1\\nmode: enforce\\nmax_age: 1        | mx      | missing",
            "version: STSv1\\nmode: none\\nmode: none\\nmax_age: 1 | mode | a second mode field",
            "version: STSv1\\nmode: none\\nmax_age: 31557601    | max_age | more than 31557600",
            "version: STSv1\\nmode: none\\nmax_age: 12345678901 | max_age | 1 to 10 digits",
            "version: STSv1\\nmode: none\\nmax_age: -1          | max_age | 1 to 10 digits",
            "version: STSv1\\nmode: none \\nmax_age: 1          | mode    | whitespace after the value",
            "version: STSv1\\nMode: none\\nmax_age: 1           | Mode    | case-sensitive",
            "version: STSv1\\n\\nmode: none\\nmax_age: 1        | line 2  | an empty line",
            "version: STSv1\\nmode: none\\nmax_age: 1\\n\\n     | line 4  | an empty line",
            "version: STSv1\\nmode none\\nmax_age: 1            | line 2  | not 'name: value'",
            "version: STSv1\\nmode : none\\nmax_age: 1          | line 2  | not a field name",
            "version: STSv1\\rmode: none\\nmax_age: 1           | line 1  | a CR not followed by LF",
            "version: STSv1\\nmode: testing\\nmx: 192.0.2.25\\nmax_age: 1 | mx | an IP address",
            "version: STSv1\\nmode: testing\\nmx: [2001:db8::1]\\nmax_age: 1 | mx | an IP address",
            "version: STSv1\\nmode: testing\\nmx: mx.*.example.test\\nmax_age: 1 | mx | only as the whole leftmost",
            "version: STSv1\\nmode: testing\\nmx: *mx.example.test\\nmax_age: 1 | mx | only as the whole leftmost",
            "version: STSv1\\nmode: testing\\nmx: mx.example.test.\\nmax_age: 1 | mx | a trailing dot",
            "version: STSv1\\nmode: testing\\nmx: mx..example.test\\nmax_age: 1 | mx | an empty label",
            "version: STSv1\\nmode: testing\\nmx: mx_1.example.test\\nmax_age: 1 | mx | inner hyphens",
            "version: STSv1\\nmode: testing\\nmx: -mx.example.test\\nmax_age: 1 | mx | inner hyphens",
    })
    void eachFailureSaysWhatAndWhere(String escaped, String field, String problem) {
        String text = escaped.replace("\\n", "\n").replace("\\r", "\r");
        Parsed<StsPolicy> parsed = StsPolicyParser.parse(text);
        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.errors()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.problem()).contains(problem);
        });
    }

    @Test
    void bytesMustBeUtf8AndAtMost64KiB() {
        assertThat(StsPolicyParser.parse(new byte[] {(byte) 0xff, 'a'}).describeErrors()).contains("not UTF-8");
        assertThat(StsPolicyParser.parse(new byte[64 * 1024 + 1]).describeErrors())
                .contains("larger than 64 KiB").contains("RFC 8461 §3.3");
        assertThat(StsPolicyParser.parse(RFC_EXAMPLE.getBytes(StandardCharsets.UTF_8)).valid()).isTrue();
        assertThat(StsPolicyParser.parse("\uFEFF" + RFC_EXAMPLE).describeErrors()).contains("byte-order mark");
    }

    @Test
    void utf8ExtensionValuesAreAllowed() {
        assertThat(StsPolicyParser.parse(RFC_EXAMPLE + "note: café ok\r\n").valid()).isTrue();
    }

    @Test
    void theMeaningIgnoresOrderCaseLineEndingsAndExtensions() {
        StsPolicy a = StsPolicyParser.parse(RFC_EXAMPLE).value().orElseThrow();
        StsPolicy b = StsPolicyParser.parse("max_age: 604800\nmx: BACKUPMX.example.com\nmx: *.example.net\n"
                + "mx: mail.example.com\nmode: enforce\nversion: STSv1\nx: y\n").value().orElseThrow();
        StsPolicy c = StsPolicyParser.parse(RFC_EXAMPLE.replace("604800", "86400")).value().orElseThrow();
        assertThat(a.meaning()).isEqualTo(b.meaning()).isNotEqualTo(c.meaning());
    }

    @Test
    void typosAreOneEditFromADefinedField() {
        assertThat(StsPolicyParser.likelyTypoOf("nmx")).contains("mx");
        assertThat(StsPolicyParser.likelyTypoOf("maxage")).contains("max_age");
        assertThat(StsPolicyParser.likelyTypoOf("mdoe")).contains("mode");
        assertThat(StsPolicyParser.likelyTypoOf("verison")).contains("version");
        assertThat(StsPolicyParser.likelyTypoOf("comment")).isEmpty();
        assertThat(StsPolicyParser.likelyTypoOf("mx")).isEmpty();
    }
}
