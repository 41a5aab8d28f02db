package org.mtainterop.adversary.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mtainterop.receiver.ClientLineReader;

/** The server's small parsers, with bytes and no network: redaction, IMAP arguments, tags, bounded lines. */
class ServerCodecTest {

    @Test
    void credentialCommandsKeepOnlyTheirVerbAndMechanism() {
        Set<String> smtp = SubmissionDialogue.VERBS;
        assertThat(CredentialRedaction.redact("AUTH PLAIN AGFsaWNlAHNlY3JldA==", false, smtp)).isEqualTo("AUTH PLAIN <redacted>");
        assertThat(CredentialRedaction.redact("auth login", false, smtp)).isEqualTo("auth login");
        assertThat(CredentialRedaction.redact("AGFsaWNlAHNlY3JldA==", false, smtp)).isEqualTo("<redacted>");
        assertThat(CredentialRedaction.redact("QUIT", false, smtp)).isEqualTo("QUIT");
        assertThat(CredentialRedaction.redact("MAIL FROM:<a@b>", false, smtp)).isEqualTo("MAIL FROM:<a@b>");
        Set<String> pop3 = Pop3Dialogue.VERBS;
        assertThat(CredentialRedaction.redact("USER alice", false, pop3)).isEqualTo("USER <redacted>");
        assertThat(CredentialRedaction.redact("PASS s3cret", false, pop3)).isEqualTo("PASS <redacted>");
        assertThat(CredentialRedaction.redact("APOP alice c4c9334bac560ecc979e58001b3e22fb", false, pop3))
                .isEqualTo("APOP <redacted>");
        assertThat(CredentialRedaction.redact("stat", false, pop3)).isEqualTo("stat");
        Set<String> imap = ImapDialogue.VERBS;
        assertThat(CredentialRedaction.redact("a1 LOGIN alice \"s3 cret\"", true, imap)).isEqualTo("a1 LOGIN <redacted>");
        assertThat(CredentialRedaction.redact("a1 login {5}", true, imap)).isEqualTo("a1 login <redacted>");
        assertThat(CredentialRedaction.redact("a2 AUTHENTICATE PLAIN AGFsaWNl", true, imap))
                .isEqualTo("a2 AUTHENTICATE PLAIN <redacted>");
        assertThat(CredentialRedaction.redact("a2 AUTHENTICATE PLAIN", true, imap)).isEqualTo("a2 AUTHENTICATE PLAIN");
        assertThat(CredentialRedaction.redact("dXNlcg==", true, imap)).isEqualTo("<redacted>");
        assertThat(CredentialRedaction.redact("DONE", true, imap)).isEqualTo("DONE");
        assertThat(CredentialRedaction.redact("a3 SELECT INBOX", true, imap)).isEqualTo("a3 SELECT INBOX");
    }

    @Test
    void imapArgumentsSplitAtTopLevelSpacesOnly() {
        assertThat(ImapArguments.split("1:* (FLAGS BODY.PEEK[HEADER.FIELDS (DATE FROM)] UID)"))
                .containsExactly("1:*", "(FLAGS BODY.PEEK[HEADER.FIELDS (DATE FROM)] UID)");
        assertThat(ImapArguments.split("\"\" \"*\"")).containsExactly("\"\"", "\"*\"");
        assertThat(ImapArguments.split("\"a \\\" b\" x")).containsExactly("\"a \\\" b\"", "x");
        assertThat(ImapArguments.listItems("(FLAGS UID)")).containsExactly("FLAGS", "UID");
        assertThat(ImapArguments.unquote("\"IN\\\"BOX\"")).isEqualTo("IN\"BOX");
    }

    @Test
    void sequenceSetsFollowRfc9051() {
        assertThat(ImapArguments.contains("1", 1, 1)).isTrue();
        assertThat(ImapArguments.contains("1:*", 1, 1)).isTrue();
        assertThat(ImapArguments.contains("2:*", 1, 1)).as("n:* includes the largest").isTrue();
        assertThat(ImapArguments.contains("2:4", 1, 1)).isFalse();
        assertThat(ImapArguments.contains("3,1", 1, 1)).isTrue();
        assertThat(ImapArguments.contains("x", 1, 1)).isFalse();
        assertThat(ImapArguments.contains("*", 1, 0)).as("empty mailbox").isFalse();
    }

    @Test
    void theForgedTaggedOkGuessesTheClientsNextTag() {
        assertThat(ResponsesInjected.nextTag("a1")).isEqualTo("a2");
        assertThat(ResponsesInjected.nextTag("A009")).isEqualTo("A010");
        assertThat(ResponsesInjected.nextTag("ABCD9")).isEqualTo("ABCD10");
        assertThat(ResponsesInjected.nextTag("tag")).isEqualTo("tag1");
        assertThat(new ResponsesInjected().forgedAfterImapStarttls("a1")).endsWith("a2 OK CAPABILITY completed\r\n");
    }

    @Test
    void theClientIdNamesTheProgram() {
        assertThat(ImapClientId.of("(\"name\" \"Thunderbird\" \"version\" \"128.0\")")).isEqualTo("Thunderbird 128.0");
        assertThat(ImapClientId.of("NIL")).isNull();
    }

    @Test
    void linesAreBoundedAndLiteralsSkippedWithoutBeingHeld() throws Exception {
        byte[] input = ("short\r\n" + "x".repeat(600) + "\r\n" + "0123456789tail\r\n").getBytes(StandardCharsets.US_ASCII);
        ClientLineReader reader = new ClientLineReader(new ByteArrayInputStream(input), 512);
        assertThat(new String(reader.readLine(), StandardCharsets.US_ASCII)).isEqualTo("short");
        assertThatThrownBy(reader::readLine).isInstanceOf(ClientLineReader.LineTooLongException.class);
        ClientLineReader literal = new ClientLineReader(new ByteArrayInputStream("0123456789tail\r\n"
                .getBytes(StandardCharsets.US_ASCII)), 512);
        assertThat(literal.readLiteral(10, 4)).containsExactly('0', '1', '2', '3');
        assertThat(new String(literal.readLine(), StandardCharsets.US_ASCII)).isEqualTo("tail");
        assertThat(literal.readLine()).isNull();
    }

    @Test
    void theFirstByteTellsAClientHelloFromACommand() {
        assertThat(FirstContact.ofFirstByte(22)).isEqualTo(FirstContact.TLS_CLIENT_HELLO);
        assertThat(FirstContact.ofFirstByte(0x80)).isEqualTo(FirstContact.TLS_CLIENT_HELLO);
        assertThat(FirstContact.ofFirstByte('E')).isEqualTo(FirstContact.TEXT_COMMAND);
        assertThat(FirstContact.ofFirstByte(-1)).isEqualTo(FirstContact.NOTHING);
    }

    @Test
    void fetchAnswersSectionsPartialsAndMacros() {
        var rendered = ImapFetchResponse.render(List.of("UID", "BODY.PEEK[HEADER.FIELDS (SUBJECT)]", "BODY[]<0.10>"),
                false, new LinkedHashSet<>());
        assertThat(rendered.wire()).startsWith("* 1 FETCH (UID 1 BODY[HEADER.FIELDS (SUBJECT)] {")
                .contains("Subject: mta-interop test message\r\n\r\n", "BODY[]<0> {10}\r\nReturn-Pat", "FLAGS (\\Seen)");
        assertThat(rendered.seenNow()).isTrue();
        assertThat(rendered.transcript()).doesNotContain("Return-Pat");
        var fast = ImapFetchResponse.render(List.of("FAST"), true, new LinkedHashSet<>(List.of("\\Seen")));
        assertThat(fast.wire()).isEqualTo("* 1 FETCH (UID 1 FLAGS (\\Seen) INTERNALDATE \"01-Jan-2024 00:00:00 +0000\""
                + " RFC822.SIZE " + DemoMessage.SIZE + ")\r\n");
    }
}
