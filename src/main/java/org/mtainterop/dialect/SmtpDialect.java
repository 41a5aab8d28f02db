package org.mtainterop.dialect;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mtainterop.net.LineConnection;
import org.mtainterop.net.MailService;
import org.mtainterop.net.ProtocolViolation;
import org.mtainterop.smtp.EhloCapabilities;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.smtp.SmtpRequest;

/** SMTP (RFC 5321, STARTTLS per RFC 3207) on port 25 and submission (RFC 6409) as the harness speaks it. */
public final class SmtpDialect implements ClientDialect<SmtpReply> {
    private final MailService.Protocol protocol;
    private final LineConnection connection;
    private final SmtpReplies replies;
    private final String ehloName;

    SmtpDialect(MailService.Protocol protocol, LineConnection connection, String ehloName) {
        this.protocol = protocol;
        this.connection = connection;
        this.replies = new SmtpReplies(connection.limits());
        this.ehloName = ehloName;
    }

    @Override
    public ServerAnswer<SmtpReply> greeting() throws IOException, ProtocolViolation {
        SmtpReply greeting = connection.read(replies);
        return new ServerAnswer<>(greeting, new AccessAnswer(greeting.code() == 220, greeting.brief(), greeting.code() == 421));
    }

    @Override
    public ServerCapabilities<SmtpReply> capabilities() throws IOException, ProtocolViolation {
        SmtpReply reply = exchange(SmtpRequest.ehlo(ehloName));
        return new ServerCapabilities<>(reply, announcedIn(protocol, reply));
    }

    /** What an EHLO reply announces, protocol-neutral: nothing when EHLO was refused. */
    public static AccessCapabilities announcedIn(MailService.Protocol protocol, SmtpReply reply) {
        if (!reply.isPositiveCompletion()) {
            return AccessCapabilities.none(protocol);
        }
        EhloCapabilities ehlo = EhloCapabilities.parse(reply);
        List<String> advertised = new ArrayList<>();
        for (String keyword : ehlo.keywords()) {
            List<String> parameters = ehlo.parameters(keyword);
            advertised.add(parameters.isEmpty() ? keyword : keyword + " " + String.join(" ", parameters));
        }
        List<String> mechanisms = ehlo.parameters("AUTH").stream().filter(m -> !m.isBlank())
                .map(m -> m.toUpperCase(Locale.ROOT)).toList();
        return new AccessCapabilities(protocol, true, advertised, ehlo.offersStarttls(), false, mechanisms, false);
    }

    @Override
    public ServerAnswer<SmtpReply> startTls() throws IOException, ProtocolViolation {
        return toStartTls(exchange(SmtpRequest.starttls()));
    }

    @Override
    public ServerAnswer<SmtpReply> startTlsWithPipelinedNoop() throws IOException, ProtocolViolation {
        connection.send(SmtpRequest.starttls().line(), SmtpRequest.noop().line());
        return toStartTls(connection.read(replies));
    }

    private static ServerAnswer<SmtpReply> toStartTls(SmtpReply reply) {
        return ServerAnswer.of(reply, reply.code() == 220, reply.brief());
    }

    /** {@code STARTTLS foo} (STARTTLS-02): the reply as it came; accepted means 220 (the server now expects TLS). */
    public ServerAnswer<SmtpReply> startTlsWithArgument(String argument) throws IOException, ProtocolViolation {
        return toStartTls(exchange(SmtpRequest.starttlsWithArgument(argument)));
    }

    @Override
    public ServerAnswer<SmtpReply> mailFrom(String reversePath) throws IOException, ProtocolViolation {
        return completion(exchange(SmtpRequest.mailFrom(reversePath)));
    }

    @Override
    public ServerAnswer<SmtpReply> reset() throws IOException, ProtocolViolation {
        return completion(exchange(SmtpRequest.rset()));
    }

    @Override
    public Optional<ServerAnswer<SmtpReply>> unsolicitedWithin(int waitMillis) throws IOException, ProtocolViolation {
        return connection.readWithin(replies, waitMillis).map(SmtpDialect::completion);
    }

    private static ServerAnswer<SmtpReply> completion(SmtpReply reply) {
        return ServerAnswer.of(reply, reply.isPositiveCompletion(), reply.brief());
    }

    private SmtpReply exchange(SmtpRequest request) throws IOException, ProtocolViolation {
        connection.send(request.line());
        return connection.read(replies);
    }

    @Override
    public void goodbye() {
        try {
            connection.send(SmtpRequest.quit().line());
            connection.readWithin(replies, 1000);
        } catch (IOException | ProtocolViolation ignored) {
            // the conversation is over either way
        }
    }
}
