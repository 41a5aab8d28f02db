package org.mtainterop.access;

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
final class Pop3AccessDialect implements AccessDialect {
    /** The only user name the harness ever gives: no account, and no PASS ever follows it. */
    static final String PROBE_USER = "probe";
    private final LineConnection connection;
    private final Pop3ResponseDecoder decoder;

    Pop3AccessDialect(LineConnection connection) {
        this.connection = connection;
        this.decoder = Pop3ResponseDecoder.within(connection.limits());
    }

    @Override
    public AccessAnswer greeting() throws IOException, ProtocolViolation {
        Pop3Response greeting = connection.read(decoder.expectMultiLine(false));
        return new AccessAnswer(greeting.ok(), greeting.brief(), !greeting.ok());
    }

    @Override
    public AccessCapabilities capabilities() throws IOException, ProtocolViolation {
        connection.send("CAPA");
        Pop3Response capa = connection.read(decoder.expectMultiLine(true));
        if (!capa.ok()) {
            return AccessCapabilities.none(MailService.Protocol.POP3);
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
        return new AccessCapabilities(MailService.Protocol.POP3, true, advertised, stls, false, mechanisms, user);
    }

    @Override
    public AccessAnswer startTls() throws IOException, ProtocolViolation {
        connection.send("STLS");
        Pop3Response r = connection.read(decoder.expectMultiLine(false));
        return new AccessAnswer(r.ok(), r.brief());
    }

    @Override
    public AccessAnswer startTlsWithPipelinedNoop() throws IOException, ProtocolViolation {
        connection.send("STLS", "NOOP");
        Pop3Response r = connection.read(decoder.expectMultiLine(false));
        return new AccessAnswer(r.ok(), r.brief());
    }

    @Override
    public Optional<String> unsolicitedWithin(int waitMillis) throws IOException, ProtocolViolation {
        return connection.readWithin(decoder.expectMultiLine(false), waitMillis).map(Pop3Response::brief);
    }

    @Override
    public AccessAnswer userProbe() throws IOException, ProtocolViolation {
        connection.send("USER " + PROBE_USER);
        Pop3Response r = connection.read(decoder.expectMultiLine(false));
        return new AccessAnswer(r.ok(), r.brief());
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
