package org.mtainterop.clients;

import java.util.Locale;
import org.mtainterop.net.MailService;

/**
 * What a survey job asks a mail client to do: submit one message, or log in and read the mailbox over IMAP or
 * POP3. (Kept here until the access server's own protocol enum exists; the lead reconciles the two.)
 */
public enum AccessProtocolKind {
    SUBMISSION, IMAP, POP3;

    /** As the clients image's driver spells it: {@code submission}, {@code imap}, {@code pop3}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The access service this protocol is in {@code mode}: submission/submissions, imap/imaps, pop3/pop3s. */
    public MailService service(TlsMode mode) {
        return switch (this) {
            case SUBMISSION -> mode == TlsMode.IMPLICIT ? MailService.SUBMISSIONS : MailService.SUBMISSION;
            case IMAP -> mode == TlsMode.IMPLICIT ? MailService.IMAPS : MailService.IMAP;
            case POP3 -> mode == TlsMode.IMPLICIT ? MailService.POP3S : MailService.POP3;
        };
    }

    public static AccessProtocolKind parse(String text) {
        for (AccessProtocolKind kind : values()) {
            if (kind.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown access protocol '" + text + "' (submission, imap, pop3)");
    }
}
