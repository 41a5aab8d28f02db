package org.mtainterop.probe;

/** The measurements a scenario can ask for; each is made at most once per target and run. */
public enum Observation {
    STARTTLS_DIALOGUE, PIPELINED_STARTTLS, HANDSHAKE_WITHOUT_SNI, HANDSHAKE_UNKNOWN_SNI, HANDSHAKE_TLS12_ONLY,
    /**
     * Raw-hello enumeration of versions, suites, groups and extensions: many short connections, each gated.
     * Every service has it, each over its own way into TLS (STARTTLS, STLS, implicit TLS).
     */
    TLS_ENUMERATION,
    /** User access (submission, IMAP, POP3): the modern client conversation; STARTTLS / STLS with a NOOP behind it. */
    ACCESS_DIALOGUE, ACCESS_PIPELINED,
    /** User access: a TLS 1.2-only handshake; the implicit-TLS counterpart port; POP3 {@code USER probe} before TLS. */
    ACCESS_TLS12_ONLY, ACCESS_IMPLICIT_TLS_PORT, ACCESS_CLEARTEXT_LOGIN;

    private static final java.util.Set<Observation> USER_ACCESS = java.util.EnumSet.of(ACCESS_DIALOGUE,
            ACCESS_PIPELINED, ACCESS_TLS12_ONLY, ACCESS_IMPLICIT_TLS_PORT, ACCESS_CLEARTEXT_LOGIN);

    /** True for the measurements made on user-access services only; the others but {@link #TLS_ENUMERATION} speak SMTP to an MX. */
    public boolean userAccess() {
        return USER_ACCESS.contains(this);
    }

    /** Measured on every service, each in its own protocol. */
    private static final java.util.Set<Observation> EVERY_SERVICE = java.util.EnumSet.of(TLS_ENUMERATION);

    /** What may be measured on a target offering {@code service}: never an SMTP probe on an IMAP port, nor the reverse. */
    public static java.util.Set<Observation> applicableTo(org.mtainterop.net.MailService service) {
        java.util.Set<Observation> set = service.userAccess() ? java.util.EnumSet.copyOf(USER_ACCESS)
                : java.util.EnumSet.complementOf(java.util.EnumSet.copyOf(USER_ACCESS));
        set.addAll(EVERY_SERVICE);
        return set;
    }
}
