package org.mtainterop.access;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mtainterop.net.LineConnection;
import org.mtainterop.net.MailService;
import org.mtainterop.net.ProtocolViolation;
import org.mtainterop.smtp.EhloCapabilities;
import org.mtainterop.smtp.SmtpReply;

/** Submission (RFC 6409) as the harness speaks it: the same EHLO / STARTTLS dialogue as port 25. */
final class SmtpAccessDialect implements AccessDialect {
    private final MailService.Protocol protocol;
    private final LineConnection connection;
    private final SmtpReplies replies;
    private final String ehloName;

    SmtpAccessDialect(MailService.Protocol protocol, LineConnection connection, String ehloName) {
        this.protocol = protocol;
        this.connection = connection;
        this.replies = new SmtpReplies(connection.limits());
        this.ehloName = ehloName;
    }

    @Override
    public AccessAnswer greeting() throws IOException, ProtocolViolation {
        SmtpReply greeting = connection.read(replies);
        return new AccessAnswer(greeting.code() == 220, greeting.brief(), greeting.code() == 421);
    }

    @Override
    public AccessCapabilities capabilities() throws IOException, ProtocolViolation {
        connection.send("EHLO " + ehloName);
        SmtpReply reply = connection.read(replies);
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
                .map(m -> m.toUpperCase(java.util.Locale.ROOT)).toList();
        return new AccessCapabilities(protocol, true, advertised, ehlo.offersStarttls(), false, mechanisms, false);
    }

    @Override
    public AccessAnswer startTls() throws IOException, ProtocolViolation {
        connection.send("STARTTLS");
        SmtpReply reply = connection.read(replies);
        return new AccessAnswer(reply.code() == 220, reply.brief());
    }

    @Override
    public AccessAnswer startTlsWithPipelinedNoop() throws IOException, ProtocolViolation {
        connection.send("STARTTLS", "NOOP");
        SmtpReply reply = connection.read(replies);
        return new AccessAnswer(reply.code() == 220, reply.brief());
    }

    @Override
    public Optional<String> unsolicitedWithin(int waitMillis) throws IOException, ProtocolViolation {
        return connection.readWithin(replies, waitMillis).map(SmtpReply::brief);
    }

    @Override
    public void goodbye() {
        try {
            connection.send("QUIT");
            connection.readWithin(replies, 1000);
        } catch (IOException | ProtocolViolation ignored) {
            // the conversation is over either way
        }
    }
}
