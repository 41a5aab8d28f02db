package org.mtainterop.dialect;

import java.io.IOException;
import java.util.function.Consumer;
import org.mtainterop.imap.ImapResponse;
import org.mtainterop.imap.ImapResponseDecoder;
import org.mtainterop.net.LineConnection;
import org.mtainterop.net.ProtocolViolation;

/**
 * One IMAP command's answer (RFC 9051 §2.2.2): responses are read until the tagged one, the untagged ones handed to
 * the caller, at most the connection's line budget of them; a tagged answer to another command or a BYE is a
 * protocol violation. Shared by the harness's IMAP dialect and the path command's mailbox reader.
 */
public final class ImapExchange {
    private ImapExchange() {
    }

    public static ImapResponse untilTagged(LineConnection connection, ImapResponseDecoder decoder, String tag,
                                           Consumer<ImapResponse> untagged) throws IOException, ProtocolViolation {
        for (int seen = 0; seen <= connection.limits().maxReplyLines(); seen++) {
            ImapResponse r = connection.read(decoder);
            if (r.kind() == ImapResponse.Kind.TAGGED) {
                if (!r.tag().equals(tag)) {
                    throw new ProtocolViolation("tagged response for a command not sent (expected " + tag + ")", r.brief());
                }
                return r;
            }
            if ("BYE".equals(r.status())) {
                throw new ProtocolViolation("the server said BYE instead of answering " + tag, r.brief());
            }
            untagged.accept(r);
        }
        throw new ProtocolViolation("more than " + connection.limits().maxReplyLines()
                + " untagged responses before the answer to " + tag, "");
    }
}
