package org.mtainterop.mtasts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StsRecordTest {

    @Test
    void theRfcExampleParses() {
        // RFC 8461 §3.1: _mta-sts.example.com.  IN TXT "v=STSv1; id=20160831085700Z;"
        Parsed<StsRecord> parsed = StsRecord.parse("v=STSv1; id=20160831085700Z;");
        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.value().orElseThrow().id()).isEqualTo("20160831085700Z");
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void extensionsAreKeptAndNoted() {
        Parsed<StsRecord> parsed = StsRecord.parse("v=STSv1;id=abc ;  ext-1=x.y:z");
        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.value().orElseThrow().extensions()).containsEntry("ext-1", "x.y:z");
        assertThat(parsed.notes()).singleElement().extracting(SyntaxProblem::field).isEqualTo("ext-1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "v=STSv1                                 | record  | no field after v=STSv1",
            "v=STSv1;                                | record  | no field after v=STSv1",
            "v=STSv1; id=                            | id      | empty",
            "v=STSv1; id=123456789012345678901234567890123 | id | longer than 32 characters",
            "v=STSv1; id=2016-08-31                  | id      | only letters and digits",
            "v=STSv1; id=a; id=b                     | id      | a second id field",
            "v=STSv1; ID=abc                         | ID      | case-sensitive",
            "v=STSv1; ext=x                          | id      | missing",
            "v=stsv1; id=abc                         | v       | must begin with v=STSv1",
            "v=STSv10; id=abc                        | v       | followed by ';'",
            "v=STSv1; id=abc;; x=y                   | field 2 | an empty field",
            "v=STSv1; id=abc; x                      | field 2 | not name=value",
            "v=STSv1; id=abc; _x=y                   | field 2 | not a field name",
            "v=STSv1; id=abc; x=a=b                  | x       | extension value",
    })
    void eachFailureSaysWhatAndWhere(String text, String field, String problem) {
        Parsed<StsRecord> parsed = StsRecord.parse(text);
        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.errors()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.problem()).contains(problem);
            assertThat(p.section()).isEqualTo("RFC 8461 §3.1");
        });
    }

    @Test
    void aControlCharacterIsEscapedInTheReport() {
        Parsed<StsRecord> parsed = StsRecord.parse("v=STSv1; id=abc\u0001");
        assertThat(parsed.describeErrors()).contains("\\x01").contains("a control character");
    }

    @Test
    void sendersDiscardOtherTxtRecordsAndNeedExactlyOne() {
        TxtSelection<StsRecord> one = TxtSelection.mtaSts(List.of("google-site-verification=x", "v=STSv1; id=1"));
        assertThat(one.selected()).map(StsRecord::id).contains("1");
        assertThat(one.discarded()).containsExactly("google-site-verification=x");

        TxtSelection<StsRecord> two = TxtSelection.mtaSts(List.of("v=STSv1; id=1", "v=STSv1; id=2"));
        assertThat(two.selected()).isEmpty();
        assertThat(two.problem()).get().asString().contains("2 TXT records begin with 'v=STSv1;'");

        TxtSelection<StsRecord> none = TxtSelection.mtaSts(List.of("v=spf1 -all"));
        assertThat(none.absent()).isTrue();
        assertThat(none.problem()).get().asString().contains("no TXT record begins with");

        TxtSelection<StsRecord> bad = TxtSelection.mtaSts(List.of("v=STSv1; id=bad-id"));
        assertThat(bad.absent()).isFalse();
        assertThat(bad.selected()).isEmpty();
        assertThat(bad.problem()).get().asString().contains("the record is invalid: id 'bad-id'");
    }
}
