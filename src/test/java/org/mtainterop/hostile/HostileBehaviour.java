package org.mtainterop.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import javax.net.ssl.SSLSocket;

/**
 * The ways a target can misbehave that the harness must survive: each one a short script played on every
 * connection. Names say what the server does; {@link HostileServer} runs them on loopback.
 */
public enum HostileBehaviour {
    /** Accepts and never speaks. */
    NO_BANNER((c, s) -> c.drainUntilClosed()),
    /** Greets, then never answers anything. */
    BANNER_THEN_SILENCE((c, s) -> {
        c.send(HostileServer.BANNER);
        c.drainUntilClosed();
    }),
    /** A 10 MiB banner line with no CRLF. */
    TEN_MIB_LINE_WITHOUT_CRLF((c, s) -> {
        c.send("220 ");
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'A');
        for (int sent = 0; sent < 10 * 1024 * 1024; sent += chunk.length) {
            c.send(chunk);
        }
        c.drainUntilClosed();
    }),
    /** Answers EHLO with 250- continuation lines that never end. */
    ENDLESS_MULTILINE_REPLY((c, s) -> {
        c.send(HostileServer.BANNER);
        if (c.readLine() != null) {
            byte[] line = "250-this reply never ends\r\n".getBytes(StandardCharsets.US_ASCII);
            byte[] block = new byte[line.length * 1000];
            for (int i = 0; i < 1000; i++) {
                System.arraycopy(line, 0, block, i * line.length, line.length);
            }
            for (int i = 0; i < 100_000; i++) { // ~2.7 GB at most: the harness hangs up long before
                c.send(block);
            }
        }
    }),
    /** The banner dripped one byte per second. */
    DRIPPED_BANNER((c, s) -> c.dripSlowly("220 dripping.test ESMTP at one byte per second\r\n"
            .getBytes(StandardCharsets.US_ASCII), 1000)),
    /** Refuses service in its banner (RFC 5321 §3.1). */
    REFUSING_BANNER_554((c, s) -> {
        c.send("554 5.7.1 no SMTP service here\r\n");
        String line;
        while ((line = c.readLine()) != null) {
            c.send(line.toUpperCase(Locale.ROOT).startsWith("QUIT") ? "221 bye\r\n" : "503 5.5.1 go away\r\n");
        }
    }),
    /** A banner whose reply code is out of range. */
    INVALID_REPLY_CODE((c, s) -> {
        c.send("999 this is not an SMTP code\r\n");
        c.drainUntilClosed();
    }),
    /** A reply that is not a reply at all: letters where the code should be. */
    LETTERS_FOR_A_CODE((c, s) -> {
        c.send(HostileServer.BANNER);
        if (c.readLine() != null) {
            c.send("2x0-hostile.test\r\nabc STARTTLS\r\n");
        }
        c.drainUntilClosed();
    }),
    /** A multi-line reply whose code changes half way. */
    MULTILINE_CODE_CHANGES((c, s) -> {
        c.send(HostileServer.BANNER);
        if (c.readLine() != null) {
            c.send("250-hostile.test\r\n251-STARTTLS\r\n252 SIZE\r\n");
        }
        c.drainUntilClosed();
    }),
    /** NUL bytes and bytes that are not UTF-8, in the banner and in EHLO. */
    NUL_AND_NON_UTF8((c, s) -> {
        c.send("220 \0\u00ff\u00fe\u00c3\u0028 hostile.test\0 ESMTP\r\n");
        if (c.untilStarttls("250-\0\u0080\u0081\u00c0\r\n250-SIZE \u00ff\0\r\n250 STARTTLS\r\n")) {
            c.send(new byte[] {0, 0, (byte) 0xff, (byte) 0xfe, (byte) 0xc3, '\r', '\n'});
        }
        c.drainUntilClosed();
    }),
    /** An EHLO reply with 100,000 keywords. */
    HUNDRED_THOUSAND_EHLO_KEYWORDS((c, s) -> {
        c.send(HostileServer.BANNER);
        if (c.readLine() != null) {
            StringBuilder block = new StringBuilder("250-hostile.test\r\n");
            for (int i = 0; i < 100_000; i++) {
                block.append("250-X-KEYWORD-").append(i).append("\r\n");
                if (block.length() > 64 * 1024) {
                    c.send(block.toString());
                    block.setLength(0);
                }
            }
            c.send(block.append("250 STARTTLS\r\n").toString());
        }
        c.drainUntilClosed();
    }),
    /** Closes the connection as soon as EHLO arrives. */
    CLOSE_AFTER_EHLO((c, s) -> {
        c.send(HostileServer.BANNER);
        c.readLine();
    }),
    /** Resets the connection before saying anything. */
    RESET_ON_CONNECT((c, s) -> c.reset()),
    /** Answers STARTTLS with 220, then speaks plaintext instead of TLS. */
    STARTTLS_THEN_PLAINTEXT_GARBAGE((c, s) -> {
        c.send(HostileServer.BANNER);
        if (c.untilStarttls(starttlsEhlo())) {
            c.send("250 this is plaintext where a ServerHello belongs\r\n".repeat(50));
        }
        c.drainUntilClosed();
    }),
    /** Answers STARTTLS with 220, then resets the connection. */
    STARTTLS_THEN_RESET((c, s) -> {
        c.send(HostileServer.BANNER);
        if (c.untilStarttls(starttlsEhlo())) {
            c.reset();
        }
    }),
    /** Answers the ClientHello with a fatal handshake_failure alert. */
    TLS_ALERT((c, s) -> {
        c.send(HostileServer.BANNER);
        if (c.untilStarttls(starttlsEhlo())) {
            c.swallowClientHello();
            c.send(new byte[] {0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28});
        }
        c.drainUntilClosed();
    }),
    /** Sends the first bytes of a ServerHello, then nothing. */
    TRUNCATED_SERVER_HELLO((c, s) -> {
        c.send(HostileServer.BANNER);
        if (c.untilStarttls(starttlsEhlo())) {
            c.swallowClientHello();
            c.send(new byte[] {0x16, 0x03, 0x03, 0x00, 0x5a, 0x02, 0x00, 0x00, 0x56, 0x03, 0x03, 1, 2, 3, 4, 5});
        }
        c.drainUntilClosed();
    }),
    /** A ServerHello record dripped one byte per second: each read succeeds, the handshake never ends. */
    DRIPPED_SERVER_HELLO((c, s) -> {
        c.send(HostileServer.BANNER);
        if (c.untilStarttls(starttlsEhlo())) {
            c.swallowClientHello();
            byte[] hello = new byte[5 + 0x5a];
            byte[] head = {0x16, 0x03, 0x03, 0x00, 0x5a, 0x02, 0x00, 0x00, 0x56, 0x03, 0x03};
            System.arraycopy(head, 0, hello, 0, head.length);
            c.dripSlowly(hello, 1000);
        }
        c.drainUntilClosed();
    }),
    /** After 220: a handshake record announcing a 10 MiB Certificate message, then the bytes. */
    TEN_MIB_CERTIFICATE_MESSAGE((c, s) -> {
        c.send(HostileServer.BANNER);
        if (c.untilStarttls(starttlsEhlo())) {
            c.swallowClientHello();
            int messageLength = 10 * 1024 * 1024;
            c.send(new byte[] {0x16, 0x03, 0x03, 0x40, 0x00, 0x0b,
                (byte) (messageLength >>> 16), (byte) (messageLength >>> 8), (byte) messageLength});
            byte[] chunk = new byte[64 * 1024];
            for (int sent = 0; sent < messageLength; sent += chunk.length) {
                c.send(chunk);
            }
        }
        c.drainUntilClosed();
    }),
    /** A real TLS server whose chain has 50 certificates. */
    FIFTY_CERTIFICATE_CHAIN((c, s) -> {
        c.send(HostileServer.BANNER);
        if (c.untilStarttls(starttlsEhlo())) {
            SSLSocket tls = (SSLSocket) s.longChainContext().getSocketFactory()
                    .createSocket(c.socket, c.socket.getInetAddress().getHostAddress(), c.socket.getPort(), true);
            tls.setUseClientMode(false);
            tls.startHandshake();
            HostileServer.Conversation inside = new HostileServer.Conversation(tls);
            String line;
            while ((line = inside.readLine()) != null) {
                String verb = line.toUpperCase(Locale.ROOT);
                inside.send(verb.startsWith("EHLO") ? "250 hostile.test\r\n"
                        : verb.startsWith("QUIT") ? "221 bye\r\n" : "503 5.5.1 EHLO first\r\n");
            }
        }
    }),
    /** Replies with random binary bytes, then silence. */
    BINARY_GARBAGE((c, s) -> {
        byte[] garbage = new byte[64 * 1024];
        new Random(6).nextBytes(garbage);
        c.send(garbage);
        c.drainUntilClosed();
    }),
    /** Starts an EHLO reply (250-) and stops in the middle of it. */
    EHLO_REPLY_STOPS_HALF_WAY((c, s) -> {
        c.send(HostileServer.BANNER);
        if (c.readLine() != null) {
            c.send("250-hostile.test\r\n250-PIPELI");
        }
        c.drainUntilClosed();
    });

    private final HostileServer.Script script;

    HostileBehaviour(HostileServer.Script script) {
        this.script = script;
    }

    HostileServer.Script script() {
        return script;
    }

    private static String starttlsEhlo() {
        return "250-hostile.test\r\n250-PIPELINING\r\n250 STARTTLS\r\n";
    }
}
