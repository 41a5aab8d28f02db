package org.mtainterop.dialect;

import java.util.List;
import org.mtainterop.net.MailService;

/**
 * What a user-access service announced, in one shape for SMTP submission (EHLO keywords), IMAP
 * (CAPABILITY atoms) and POP3 (CAPA lines): the raw list, whether the TLS command (STARTTLS / STLS) is
 * offered, and what it offers for logging in.
 *
 * @param answered       false when the server refused or did not answer the capability command
 * @param loginDisabled  IMAP LOGINDISABLED (RFC 9051 §6.2.3): LOGIN is refused here
 * @param authMechanisms SMTP AUTH parameters, IMAP AUTH= atoms, POP3 SASL parameters (upper case)
 * @param userCommand    POP3 USER advertised (RFC 2449 §6.7): USER/PASS accepted here
 */
public record AccessCapabilities(MailService.Protocol protocol, boolean answered, List<String> advertised,
                                 boolean tlsCommand, boolean loginDisabled, List<String> authMechanisms,
                                 boolean userCommand) {
    public AccessCapabilities {
        advertised = List.copyOf(advertised);
        authMechanisms = List.copyOf(authMechanisms);
    }

    public static AccessCapabilities none(MailService.Protocol protocol) {
        return new AccessCapabilities(protocol, false, List.of(), false, false, List.of(), false);
    }

    /**
     * Whether a client could log in here with what is announced: any SASL mechanism (SMTP AUTH, IMAP AUTH=,
     * POP3 SASL), IMAP LOGIN unless LOGINDISABLED, POP3 USER. Before TLS that means cleartext credentials.
     */
    public boolean offersLogin() {
        return switch (protocol) {
            case IMAP -> !loginDisabled || !authMechanisms.isEmpty();
            case POP3 -> userCommand || !authMechanisms.isEmpty();
            default -> !authMechanisms.isEmpty();
        };
    }

    /** What in the announcement offers a login, for a verdict's message. */
    public String loginOffers() {
        StringBuilder out = new StringBuilder();
        if (protocol == MailService.Protocol.IMAP && !loginDisabled) {
            out.append("LOGIN (no LOGINDISABLED)");
        }
        if (protocol == MailService.Protocol.POP3 && userCommand) {
            out.append("USER");
        }
        if (!authMechanisms.isEmpty()) {
            out.append(out.isEmpty() ? "" : ", ").append("SASL ").append(String.join(" ", authMechanisms));
        }
        return out.isEmpty() ? "nothing" : out.toString();
    }

    /** The TLS command's name in this protocol. */
    public String tlsCommandName() {
        return protocol.tlsCommandName();
    }

    @Override
    public String toString() {
        return advertised.isEmpty() ? "(none)" : String.join(" ", advertised);
    }
}
