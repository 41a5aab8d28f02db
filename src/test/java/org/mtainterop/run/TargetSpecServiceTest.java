package org.mtainterop.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtainterop.net.MailService;

class TargetSpecServiceTest {

    @ParameterizedTest
    @CsvSource({"smtp,25", "submission,587", "submissions,465", "imap,143", "imaps,993", "pop3,110", "pop3s,995"})
    void eachServiceHasItsDefaultPort(String label, int port) {
        TargetSpec spec = TargetSpec.parse("mail.example.net", MailService.parse(label));
        assertThat(spec.port()).isEqualTo(port);
        assertThat(spec.service().label()).isEqualTo(label);
    }

    @Test
    void anExplicitPortWinsOverTheServiceDefault() {
        assertThat(TargetSpec.parse("mail.example.net:10143", MailService.IMAP))
                .isEqualTo(new TargetSpec("mail.example.net", 10143, MailService.IMAP));
    }

    @Test
    void theUrlFormNamesItsServiceAndWinsOverTheDefault() {
        assertThat(TargetSpec.parse("imap://mail.example.net:1143", MailService.SMTP))
                .isEqualTo(new TargetSpec("mail.example.net", 1143, MailService.IMAP));
        assertThat(TargetSpec.parse("POP3S://[2001:db8::1]/", MailService.SMTP))
                .isEqualTo(new TargetSpec("2001:db8::1", 995, MailService.POP3S));
        assertThat(TargetSpec.parse("smtp://mx1.example.net")).isEqualTo(new TargetSpec("mx1.example.net", 25));
    }

    @Test
    void displayKeepsSmtpAsBeforeAndPrefixesTheOthers() {
        assertThat(TargetSpec.parse("mx1.example.net").display()).isEqualTo("mx1.example.net:25");
        assertThat(TargetSpec.parse("submissions://mail.example.net").display()).isEqualTo("submissions://mail.example.net:465");
    }

    @Test
    void anUnknownSchemeNamesTheValueAndTheServices() {
        assertThatThrownBy(() -> TargetSpec.parse("https://mail.example.net"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--target 'https://mail.example.net'").hasMessageContaining("unknown service 'https'")
                .hasMessageContaining("imaps");
        assertThatThrownBy(() -> TargetSpec.parse("imap://")).hasMessageContaining("no host");
        assertThatThrownBy(() -> TargetSpec.parse("imap://host/path")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void serviceTagsSelectEachProtocolsScenarios() {
        assertThat(MailService.SMTP.featureTag()).isEqualTo("@smtp");
        assertThat(MailService.SUBMISSIONS.featureTag()).isEqualTo("@submission");
        assertThat(MailService.IMAPS.featureTag()).isEqualTo("@imap");
        assertThat(MailService.POP3.featureTag()).isEqualTo("@pop3");
        assertThat(MailService.IMAP.implicitTlsCounterpart()).contains(MailService.IMAPS);
        assertThat(MailService.IMAPS.implicitTlsCounterpart()).isEmpty();
    }
}
