package org.mtainterop.adversary.smtp;

import java.util.Optional;
import org.mtainterop.smtp.SmtpReply;

/** STARTTLS_454: STARTTLS is offered, then answered 454 (RFC 3207 §4: TLS temporarily not available). */
final class StarttlsRefused implements SmtpProfileBehaviour {
    private static final SmtpReply NOT_AVAILABLE = SmtpReply.of(454, "4.7.0 TLS not available due to temporary reason");

    @Override
    public Optional<SmtpReply> refuseStarttls() {
        return Optional.of(NOT_AVAILABLE);
    }
}
