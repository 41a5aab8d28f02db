package org.mtainterop.dialect;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mtainterop.imap.ImapResponse;
import org.mtainterop.imap.ImapResponseDecoder;
import org.mtainterop.net.LineConnection;
import org.mtainterop.net.MailService;
import org.mtainterop.net.ProtocolViolation;

/** IMAP (RFC 9051, STARTTLS per RFC 2595 / RFC 9051 §6.2.1) as the harness speaks it: CAPABILITY, STARTTLS, NOOP, LOGOUT. */
final class ImapDialect implements ClientDialect<ImapResponse> {
    private final LineConnection connection;
    private final ImapResponseDecoder decoder;
    private int nextTag = 1;

    ImapDialect(LineConnection connection) {
        this.connection = connection;
        this.decoder = ImapResponseDecoder.within(connection.limits());
    }

    @Override
    public ServerAnswer<ImapResponse> greeting() throws IOException, ProtocolViolation {
        ImapResponse greeting = connection.read(decoder);
        boolean welcome = greeting.kind() == ImapResponse.Kind.UNTAGGED
                && (greeting.isOk() || "PREAUTH".equals(greeting.status()));
        return new ServerAnswer<>(greeting, new AccessAnswer(welcome, greeting.brief(), "BYE".equals(greeting.status())));
    }

    @Override
    public ServerCapabilities<ImapResponse> capabilities() throws IOException, ProtocolViolation {
        String tag = tag();
        connection.send(tag + " CAPABILITY");
        List<String> atoms = new ArrayList<>();
        ImapResponse done = untilTagged(tag, r -> r.capabilities().ifPresent(atoms::addAll));
        if (!done.isOk()) {
            return new ServerCapabilities<>(done, AccessCapabilities.none(MailService.Protocol.IMAP));
        }
        done.capabilities().ifPresent(atoms::addAll);
        List<String> unique = atoms.stream().distinct().toList();
        List<String> mechanisms = unique.stream().filter(a -> a.startsWith("AUTH=")).map(a -> a.substring(5)).toList();
        return new ServerCapabilities<>(done, new AccessCapabilities(MailService.Protocol.IMAP, true, unique,
                unique.contains("STARTTLS"), unique.contains("LOGINDISABLED"), mechanisms, false));
    }

    @Override
    public ServerAnswer<ImapResponse> startTls() throws IOException, ProtocolViolation {
        String tag = tag();
        connection.send(tag + " STARTTLS");
        return completion(untilTagged(tag, r -> { }));
    }

    @Override
    public ServerAnswer<ImapResponse> startTlsWithPipelinedNoop() throws IOException, ProtocolViolation {
        String tag = tag();
        connection.send(tag + " STARTTLS", tag() + " NOOP");
        return completion(untilTagged(tag, r -> { }));
    }

    @Override
    public Optional<ServerAnswer<ImapResponse>> unsolicitedWithin(int waitMillis) throws IOException, ProtocolViolation {
        return connection.readWithin(decoder, waitMillis).map(ImapDialect::completion);
    }

    private static ServerAnswer<ImapResponse> completion(ImapResponse response) {
        return ServerAnswer.of(response, response.isOk(), response.brief());
    }

    @Override
    public void goodbye() {
        try {
            String tag = tag();
            connection.send(tag + " LOGOUT");
            for (int i = 0; i < 4; i++) {
                Optional<ImapResponse> r = connection.readWithin(decoder, 1000);
                if (r.isEmpty() || r.get().isTagged(tag)) {
                    return;
                }
            }
        } catch (IOException | ProtocolViolation ignored) {
            // the conversation is over either way
        }
    }

    /** Reads responses until the tagged one; untagged ones (at most the line budget) go to {@code untagged}. */
    private ImapResponse untilTagged(String tag, Consumer<ImapResponse> untagged) throws IOException, ProtocolViolation {
        return ImapExchange.untilTagged(connection, decoder, tag, untagged);
    }

    private String tag() {
        return "a" + nextTag++;
    }
}
