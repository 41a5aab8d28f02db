package org.mtainterop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.net.MailService;
import org.mtainterop.run.RunPlan;
import org.mtainterop.run.TargetSpec;
import picocli.CommandLine;

/** {@code run --service}, the URL form of {@code --target} and {@code --server-name}. */
class RunCommandServiceTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MtaInteropCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private RunPlan plan(String... args) {
        RunCommand command = new RunCommand();
        new CommandLine(command).parseArgs(args);
        return command.plan();
    }

    @Test
    void aBadServiceIsAOneLineUsageError() {
        Run r = run("run", "--target", "mail.example.net", "--service", "smtps", "--report-dir", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--service").contains("smtps").contains("imaps").hasLineCount(1)
                .doesNotContain("Exception");
    }

    @Test
    void aBadSchemeIsAOneLineUsageError() {
        Run r = run("run", "--target", "imapx://mail.example.net", "--report-dir", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--target 'imapx://mail.example.net'").contains("unknown service")
                .hasLineCount(1).doesNotContain("Exception");
    }

    @Test
    void serviceAppliesToPlainTargetsAndUrlsNameTheirOwn() {
        RunPlan plan = plan("--service", "pop3", "--target", "mail.example.net", "--target", "imaps://mail.example.net:1993");
        assertThat(plan.targets().given()).containsExactly(new TargetSpec("mail.example.net", 110, MailService.POP3),
                new TargetSpec("mail.example.net", 1993, MailService.IMAPS));
    }

    @Test
    void smtpStaysTheDefault() {
        assertThat(plan("--target", "mx1.example.net").targets().given()).containsExactly(new TargetSpec("mx1.example.net", 25));
    }

    @Test
    void serverNameIsAnAliasOfMxName() {
        assertThat(plan("--target", "192.0.2.1", "--service", "imap", "--server-name", "imap.example.net").targets().mxName())
                .contains("imap.example.net");
        assertThat(plan("--target", "192.0.2.1", "--mx-name", "mx1.example.net").targets().mxName()).contains("mx1.example.net");
    }

    @Test
    void eachTargetGetsItsProtocolsScenarios() {
        RunPlan plan = plan("--target", "imap://mail.example.net");
        assertThat(plan.judgement().inboundTagExpression(MailService.IMAPS)).isEqualTo("(@pilot) and @in and @imap");
        assertThat(plan.judgement().inboundTagExpression(MailService.SMTP)).endsWith("and @smtp");
    }

    @Test
    void unreachableImapServiceIsBrokenWithExitCodeThree() {
        Run r = run("run", "--target", "imap://127.0.0.1:1", "--no-html", "--report-dir", dir.toString(),
                "--connect-timeout", "2", "--min-interval", "0");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("imap://127.0.0.1:1").contains("ACCESS-01").contains("BROKEN").doesNotContain("STARTTLS-01");
    }
}
