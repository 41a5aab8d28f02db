package org.mtainterop.probe;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import org.mtainterop.dialect.ClientDialect;
import org.mtainterop.dialect.ServerAnswer;
import org.mtainterop.dialect.ServerCapabilities;
import org.mtainterop.net.ProtocolViolation;
import org.mtainterop.smtp.SmtpReply;

/**
 * How {@link PipelinedNoopProbe} looks inside TLS for the answer to the NOOP it pipelined behind the TLS
 * command: the server's answer to it, if it gave one (it must not: the NOOP was plaintext).
 */
@FunctionalInterface
public interface InjectedNoopCheck<R> {

    Optional<ServerAnswer<R>> lookInsideTls(ClientDialect<R> dialect, Consumer<String> note)
            throws IOException, ProtocolViolation;

    /**
     * User access: silence is the compliant answer; any response that comes inside TLS before the harness asks
     * anything answers the plaintext NOOP. Waits {@code millis} for it.
     */
    static <R> InjectedNoopCheck<R> silenceFor(int millis) {
        return (dialect, note) -> {
            Optional<ServerAnswer<R>> unasked = dialect.unsolicitedWithin(millis);
            unasked.ifPresent(a -> note.accept("a response came inside TLS unasked: it answers the plaintext NOOP"));
            return unasked;
        };
    }

    /**
     * Port 25: EHLO at once. A correct server's first answer is the EHLO reply, multi-line; a server that kept
     * the NOOP answers it first with a single line. Deterministic: it waits only when the first reply is
     * ambiguous (a single line), at most {@code ambiguityMillis}, to see whether a second reply follows.
     */
    static InjectedNoopCheck<SmtpReply> firstReplyToEhlo(int ambiguityMillis) {
        return (dialect, note) -> {
            ServerCapabilities<SmtpReply> first = dialect.capabilities();
            if (first.response().isMultiline()) {
                return Optional.empty();
            }
            if (dialect.unsolicitedWithin(ambiguityMillis).isEmpty()) {
                return Optional.empty();
            }
            note.accept("the first reply inside TLS answered the plaintext NOOP");
            SmtpReply reply = first.response();
            return Optional.of(ServerAnswer.of(reply, reply.isPositiveCompletion(), reply.brief()));
        };
    }
}
