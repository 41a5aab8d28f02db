package org.mtainterop.dialect;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mtainterop.net.LineConnection;
import org.mtainterop.net.MailService;
import org.mtainterop.net.ProtocolViolation;
import org.mtainterop.pop3.Pop3Response;
import org.mtainterop.pop3.Pop3ResponseDecoder;

/** POP3 (RFC 1939, CAPA per RFC 2449, STLS per RFC 2595 §4) as the harness speaks it: CAPA, STLS, USER probe, QUIT. */
final class Pop3Dialect implements ClientDialect<Pop3Response> {
    /** The only user name the harness ever gives: no account, and no PASS ever follows it. */
    static final String PROBE_USER = "probe";
    private final LineConnection connection;
    private final Pop3ResponseDecoder decoder;

    Pop3Dialect(LineConnection connection) {
        this.connection = connection;
        this.decoder = Pop3ResponseDecoder.within(connection.limits());
    }

    @Override
    public ServerAnswer<Pop3Response> greeting() throws IOException, ProtocolViolation {
        Pop3Response greeting = connection.read(decoder.expectMultiLine(false));
        return new ServerAnswer<>(greeting, new AccessAnswer(greeting.ok(), greeting.brief(), !greeting.ok()));
    }

    @Override
    public ServerCapabilities<Pop3Response> capabilities() throws IOException, ProtocolViolation {
        connection.send("CAPA");
        Pop3Response capa = connection.read(decoder.expectMultiLine(true));
        if (!capa.ok()) {
            return new ServerCapabilities<>(capa, AccessCapabilities.none(MailService.Protocol.POP3));
        }
        List<String> advertised = new ArrayList<>();
        List<String> mechanisms = new ArrayList<>();
        boolean stls = false;
        boolean user = false;
        for (String line : capa.lines()) {
            String[] words = line.strip().split("\\s+");
            String name = words[0].toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            advertised.add(line.strip());
            stls |= name.equals("STLS");
            user |= name.equals("USER");
            if (name.equals("SASL")) {
                for (int i = 1; i < words.length; i++) {
                    mechanisms.add(words[i].toUpperCase(Locale.ROOT));
                }
            }
        }
        return new ServerCapabilities<>(capa, new AccessCapabilities(MailService.Protocol.POP3, true, advertised, stls,
                false, mechanisms, user));
    }

    @Override
    public ServerAnswer<Pop3Response> startTls() throws IOException, ProtocolViolation {
        return exchange("STLS");
    }

    @Override
    public ServerAnswer<Pop3Response> startTlsWithPipelinedNoop() throws IOException, ProtocolViolation {
        return exchange("STLS", "NOOP");
    }

    @Override
    public Optional<ServerAnswer<Pop3Response>> unsolicitedWithin(int waitMillis) throws IOException, ProtocolViolation {
        return connection.readWithin(decoder.expectMultiLine(false), waitMillis).map(Pop3Dialect::completion);
    }

    @Override
    public ServerAnswer<Pop3Response> userProbe() throws IOException, ProtocolViolation {
        return exchange("USER " + PROBE_USER);
    }

    /** Sends the lines in one segment and reads the single-line answer to the first. */
    private ServerAnswer<Pop3Response> exchange(String... lines) throws IOException, ProtocolViolation {
        connection.send(lines);
        return completion(connection.read(decoder.expectMultiLine(false)));
    }

    private static ServerAnswer<Pop3Response> completion(Pop3Response response) {
        return ServerAnswer.of(response, response.ok(), response.brief());
    }

    @Override
    public void goodbye() {
        try {
            connection.send("QUIT");
            connection.readWithin(decoder.expectMultiLine(false), 1000);
        } catch (IOException | ProtocolViolation | IllegalStateException ignored) {
            // the conversation is over either way
        }
    }
}
