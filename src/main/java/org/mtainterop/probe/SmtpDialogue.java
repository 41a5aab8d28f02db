package org.mtainterop.probe;

import java.util.Optional;
import org.mtainterop.smtp.EhloCapabilities;
import org.mtainterop.smtp.SmtpReply;

/**
 * What port 25's modern conversation showed beyond what every service has ({@link TlsDialogueFacts}): the
 * EHLO replies as SMTP said them, with their keywords, and the answer to MAIL inside TLS before a new EHLO
 * (RFC 3207 §4.2). {@code mailProbeAllowed} is false when MAIL was not sent because the target is a live MX and
 * the run did not allow transactions (then {@code mailWithoutEhloReply} is empty by choice, not by failure).
 */
public record SmtpDialogue(Optional<SmtpReply> ehloReply, EhloCapabilities capabilities,
                           Optional<SmtpReply> mailWithoutEhloReply, Optional<SmtpReply> ehloInsideTlsReply,
                           EhloCapabilities capabilitiesInsideTls, boolean mailProbeAllowed) {
}
