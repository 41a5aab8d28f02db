package org.mtainterop.dialect;

import java.util.Optional;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.net.ProtocolViolation;
import org.mtainterop.net.ResponseDecoder;
import org.mtainterop.smtp.SmtpProtocolException;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.smtp.SmtpReplyDecoder;

/** The project's SMTP reply decoder seen as a {@link ResponseDecoder}, so SMTP runs over a {@code LineConnection} too. */
public final class SmtpReplies implements ResponseDecoder<SmtpReply> {
    private final SmtpReplyDecoder decoder;

    public SmtpReplies(NetworkLimits limits) {
        this.decoder = new SmtpReplyDecoder(limits.maxLineLength(), limits.maxReplyBytes(), limits.maxReplyLines());
    }

    @Override
    public Optional<SmtpReply> accept(byte b) throws ProtocolViolation {
        try {
            return decoder.accept(b);
        } catch (SmtpProtocolException e) {
            throw new ProtocolViolation(e.getMessage(), "");
        }
    }

    @Override
    public boolean inProgress() {
        return decoder.inProgress();
    }

    @Override
    public String currentLine() {
        return decoder.currentLine();
    }
}
