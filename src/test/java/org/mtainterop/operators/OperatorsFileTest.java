package org.mtainterop.operators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtainterop.pki.PemCodec;
import org.mtainterop.pki.TestPki;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.run.HarnessHome;

class OperatorsFileTest {
    @TempDir
    Path dir;

    private Path example() throws Exception {
        return HarnessHome.features().resolve("operators.example.yaml");
    }

    @Test
    void theExampleFileLoads() throws Exception {
        Path copy = Files.copy(example(), dir.resolve("operators.yaml"));
        Files.writeString(dir.resolve("example-ca.pem"), PemCodec.encodeCertificate(TestPki.generate().rootCertificate()));

        List<Operator> operators = OperatorsFile.load(copy);

        assertThat(operators).extracting(Operator::name).containsExactly("example-mail", "other-isp");
        Operator first = operators.get(0);
        assertThat(first.domains()).containsExactly("example.net", "example.org");
        assertThat(first.mx()).extracting(MxHost::display).containsExactly("mx1.example.net", "mx2.example.net:2525",
                "mx3.example.net");
        assertThat(first.mx().get(2).connectTo()).isEqualTo("192.0.2.25");
        assertThat(first.profile()).isEqualTo(PolicyProfile.ANSSI);
        assertThat(first.trustCa()).contains(dir.resolve("example-ca.pem").toAbsolutePath());
        assertThat(first.partnersRequireTls()).isTrue();
        assertThat(first.contact()).contains("postmaster@example.net");
        assertThat(first.senders()).hasSize(3);
        Operator second = operators.get(1);
        assertThat(second.discoverDns()).isTrue();
        assertThat(second.mx()).isEmpty();
        assertThat(second.profile()).isEqualTo(PolicyProfile.PILOT);
        assertThat(second.partnersRequireTls()).isFalse();
        assertThat(first.networks()).extracting(NetworkBlock::cidr).containsExactly("192.0.2.0/24", "2001:db8:25::/48");
        assertThat(first.networks().get(0).contains("192.0.2.25")).isTrue();
        assertThat(first.networks().get(0).contains("198.51.100.1")).isFalse();
        TestMailbox mailbox = first.testMailbox().orElseThrow();
        assertThat(mailbox.address()).isEqualTo("interop-test@example.net");
        assertThat(mailbox.submission().display()).isEqualTo("smtp.example.net:587");
        assertThat(mailbox.submissionImplicitTls()).isFalse();
        assertThat(mailbox.imap().port()).isEqualTo(993);
        assertThat(mailbox.imapImplicitTls()).isTrue();
        assertThat(mailbox.passwordEnv()).contains("EXAMPLE_MAIL_TEST_PASSWORD");
        MailboxCredential credential = mailbox.credential(Map.of("EXAMPLE_MAIL_TEST_PASSWORD", "s3cret-Example")::get);
        assertThat(credential.password()).isEqualTo("s3cret-Example");
        assertThat(credential.toString()).doesNotContain("s3cret-Example").contains("EXAMPLE_MAIL_TEST_PASSWORD");
        assertThatThrownBy(() -> mailbox.credential(name -> null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("operators.yaml:").hasMessageContaining("operators[0].test_mailbox.password_env")
                .hasMessageContaining("is not set");
        assertThat(second.testMailbox()).isEmpty();
        assertThat(second.networks()).isEmpty();
    }

    @Test
    void aPasswordFileIsReadAtRunTimeAndNeverShown() throws Exception {
        Files.writeString(dir.resolve("t.password"), "file-Secret-42\nignored second line\n");
        Path file = Files.writeString(dir.resolve("operators.yaml"), """
                operators:
                  - name: t
                    domains: [t.test]
                    mx: [mx.t.test]
                    test_mailbox:
                      address: probe@t.test
                      submission: {name: smtp.t.test, address: 192.0.2.9, port: 465}
                      imap: imap.t.test
                      user: probe
                      password_file: t.password
                """);
        TestMailbox m = OperatorsFile.load(file).get(0).testMailbox().orElseThrow();
        assertThat(m.submissionImplicitTls()).isTrue();
        assertThat(m.submission().connectTo()).isEqualTo("192.0.2.9");
        assertThat(m.imap().port()).isEqualTo(143);
        assertThat(m.credential(name -> null).password()).isEqualTo("file-Secret-42");
        assertThat(m.toString()).doesNotContain("file-Secret-42");
        Files.writeString(dir.resolve("t.password"), "");
        assertThatThrownBy(() -> m.credential(name -> null)).hasMessageContaining("test_mailbox.password_file")
                .hasMessageContaining("is empty");
    }

    @Test
    void theReadmeShowsTheExampleFileAsItIs() throws Exception {
        String readme = Files.readString(HarnessHome.directory().resolve("README.md"));
        assertThat(readme).contains("```yaml\n" + Files.readString(example()) + "```\n");
    }

    @Test
    void discoveryTakesTheMxHostsTheLookupFinds() throws Exception {
        Path file = Files.writeString(dir.resolve("operators.yaml"), """
                operators:
                  - name: listed
                    domains: [listed.test]
                    mx: ["mx1.listed.test:2525"]
                  - name: found
                    domains: [found.test, also-found.test]
                    discover: dns
                """);
        Map<String, List<String>> dns = Map.of("found.test", List.of("mx1.found.test", "mx2.found.test"),
                "also-found.test", List.of("mx2.found.test"));

        List<OperatorMx> targets = OperatorMx.of(OperatorsFile.load(file), domain -> dns.getOrDefault(domain, List.of()));

        assertThat(targets).extracting(mx -> mx.target().name())
                .containsExactly("listed/mx1.listed.test:2525", "found/mx1.found.test", "found/mx2.found.test");
        assertThat(targets.get(1).target().endpoint().port()).isEqualTo(25);
        assertThat(targets.get(0).target().endpoint().referenceName()).isEqualTo("mx1.listed.test");
        assertThatThrownBy(() -> OperatorMx.of(OperatorsFile.load(file), domain -> List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("found").hasMessageContaining("no MX");
    }

    @Test
    void partnerSourceIsAnAddressLiteralReadWithoutALookup() throws Exception {
        Path file = Files.writeString(dir.resolve("operators.yaml"), """
                operators:
                  - name: strict
                    domains: [strict.test]
                    mx: [mx.strict.test]
                    partners_require_tls: true
                    partner_source: 192.0.2.7
                  - name: v6
                    domains: [v6.test]
                    mx: [mx.v6.test]
                    partner_source: "2001:db8::25"
                """);
        List<Operator> operators = OperatorsFile.load(file);
        assertThat(operators.get(0).partnersRequireTls()).isTrue();
        assertThat(operators.get(0).partnerSource()).map(a -> a.getHostAddress()).contains("192.0.2.7");
        assertThat(operators.get(1).partnerSource()).map(a -> a.getHostAddress()).contains("2001:db8:0:0:0:0:0:25");
    }

    /** Each case: the operator entry after a valid first operator (lines 2-4), the expected line and message. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing name      | '  - domains: [b.test]\\n    mx: [mx.b.test]'                          | 5 | operators[1].name: missing (required)
            duplicate name    | '  - name: a\\n    domains: [b.test]\\n    mx: [mx.b.test]'             | 5 | operators[1].name: duplicate operator name 'a' (also operators[0] (line 2))
            bad host          | '  - name: b\\n    domains: [b.test]\\n    mx: [ok.b.test, mx 1]'       | 7 | operators[1].mx[1]: not a host name 'mx 1'
            bad port          | '  - name: b\\n    domains: [b.test]\\n    mx:\\n      - mx.b.test:99999' | 8 | operators[1].mx[0]: port must be 1-65535, found '99999'
            unknown field     | '  - name: b\\n    domains: [b.test]\\n    mx: [mx.b.test]\\n    colour: red' | 8 | operators[1].colour: unknown field
            wrong type        | '  - name: b\\n    domains: b.test\\n    mx: [mx.b.test]'             | 6 | operators[1].domains: expected a list, found a string 'b.test'
            wrong boolean     | '  - name: b\\n    domains: [b.test]\\n    mx: [mx.b.test]\\n    partners_require_tls: maybe' | 8 | operators[1].partners_require_tls: expected true or false
            missing trust_ca  | '  - name: b\\n    domains: [b.test]\\n    mx: [mx.b.test]\\n    trust_ca: nope.pem' | 8 | operators[1].trust_ca: file not found or not readable
            bad profile       | '  - name: b\\n    domains: [b.test]\\n    mx: [mx.b.test]\\n    profile: paranoid' | 8 | operators[1].profile:
            no mx             | '  - name: b\\n    domains: [b.test]'                               | 5 | operators[1].mx: missing (give the MX hosts, or 'discover: dns')
            bad sender        | '  - name: b\\n    domains: [b.test]\\n    mx: [mx.b.test]\\n    senders: [10.0.0.0/33]' | 8 | operators[1].senders[0]: not a CIDR prefix length
            bad partner_source | '  - name: b\\n    domains: [b.test]\\n    mx: [mx.b.test]\\n    partner_source: out.a.test' | 8 | operators[1].partner_source: not an IP address 'out.a.test'
            bad network       | '  - name: b\\n    domains: [b.test]\\n    mx: [mx.b.test]\\n    networks: [10.0.0.0/8, mx.b.test]' | 8 | operators[1].networks[1]: not an address or CIDR block 'mx.b.test'
            empty networks    | '  - name: b\\n    domains: [b.test]\\n    mx: [mx.b.test]\\n    networks: []' | 8 | operators[1].networks: empty list
            mailbox elsewhere | '  - name: b\\n    domains: [b.test]\\n    mx: [mx.b.test]\\n    test_mailbox: {address: t@c.test, submission: s.b.test, imap: i.b.test, user: t, password_env: P}' | 8 | operators[1].test_mailbox.address: domain 'c.test' is not one of the operator's domains
            two passwords     | '  - name: b\\n    domains: [b.test]\\n    mx: [mx.b.test]\\n    test_mailbox: {address: t@b.test, submission: s.b.test, imap: i.b.test, user: t, password_env: P, password_file: p}' | 8 | operators[1].test_mailbox: give exactly one of password_file and password_env
            no password file  | '  - name: b\\n    domains: [b.test]\\n    mx: [mx.b.test]\\n    test_mailbox: {address: t@b.test, submission: s.b.test, imap: i.b.test, user: t, password_file: none.txt}' | 8 | operators[1].test_mailbox.password_file: file not found or not readable
            bad env name      | '  - name: b\\n    domains: [b.test]\\n    mx: [mx.b.test]\\n    test_mailbox: {address: t@b.test, submission: s.b.test, imap: i.b.test, user: t, password_env: 1X}' | 8 | operators[1].test_mailbox.password_env: not an environment variable name '1X'
            no imap           | '  - name: b\\n    domains: [b.test]\\n    mx: [mx.b.test]\\n    test_mailbox: {address: t@b.test, submission: s.b.test, user: t, password_env: P}' | 8 | operators[1].test_mailbox.imap: missing (required)
            not YAML          | '  - name: [b'                                                   | 6 | not valid YAML
            """)
    void eachErrorNamesFileLineAndField(String what, String entry, int line, String message) throws Exception {
        Path file = Files.writeString(dir.resolve("operators.yaml"),
                "operators:\n  - name: a\n    domains: [a.test]\n    mx: [mx.a.test]\n" + entry.replace("\\n", "\n") + "\n");

        assertThatThrownBy(() -> OperatorsFile.load(file)).as(what).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ":" + line + ": ").hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void emptyAndMissingFilesAreNamed() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "");
        assertThatThrownBy(() -> OperatorsFile.load(empty)).hasMessage(empty + ":1: operators: missing (the file is empty)");
        assertThatThrownBy(() -> OperatorsFile.load(dir.resolve("nope.yaml"))).hasMessageContaining("nope.yaml");
    }
}
