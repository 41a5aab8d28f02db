package org.mtainterop.clients;

import static org.mtainterop.clients.AccessProtocolKind.IMAP;
import static org.mtainterop.clients.AccessProtocolKind.POP3;
import static org.mtainterop.clients.AccessProtocolKind.SUBMISSION;

import java.util.EnumSet;
import java.util.Set;

/**
 * The real mail clients of mta-interop/clients:latest (containers/clients/), in the survey's order, with what each
 * can do. This table mirrors the drivers' {@code supports} functions ({@code run-client --table}); a test holds the
 * two together. Why a cell is empty is in containers/clients/README.md.
 */
public enum ContainerizedClient {
    CURL("curl", EnumSet.of(SUBMISSION, IMAP, POP3), EnumSet.allOf(TlsMode.class)),
    MSMTP("msmtp", EnumSet.of(SUBMISSION), EnumSet.allOf(TlsMode.class)),
    FETCHMAIL("fetchmail", EnumSet.of(IMAP, POP3), EnumSet.allOf(TlsMode.class)),
    S_NAIL("s-nail", EnumSet.of(SUBMISSION, IMAP, POP3), EnumSet.allOf(TlsMode.class)),
    NEOMUTT("neomutt", EnumSet.of(SUBMISSION, IMAP, POP3), EnumSet.allOf(TlsMode.class)),
    MBSYNC("mbsync", EnumSet.of(IMAP), EnumSet.allOf(TlsMode.class)),
    /** getmail6 6.18 has no STARTTLS: its non-SSL retrievers speak plaintext. */
    GETMAIL6("getmail6", EnumSet.of(IMAP, POP3), EnumSet.of(TlsMode.IMPLICIT)),
    PYTHON("python", EnumSet.of(SUBMISSION, IMAP, POP3), EnumSet.allOf(TlsMode.class));

    private final String label;
    private final Set<AccessProtocolKind> protocols;
    private final Set<TlsMode> modes;

    ContainerizedClient(String label, Set<AccessProtocolKind> protocols, Set<TlsMode> modes) {
        this.label = label;
        this.protocols = protocols;
        this.modes = modes;
    }

    /** The name the driver knows it by ({@code run-client CLIENT ...}) and reports show. */
    public String label() {
        return label;
    }

    public Set<AccessProtocolKind> protocols() {
        return EnumSet.copyOf(protocols);
    }

    public boolean supports(AccessProtocolKind protocol, TlsMode mode) {
        return protocols.contains(protocol) && modes.contains(mode);
    }
}
