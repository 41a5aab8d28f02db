package org.mtainterop.clients;

import java.util.Locale;

/** How TLS starts: by a command on the plaintext port (STARTTLS / STLS) or first thing (implicit TLS, RFC 8314). */
public enum TlsMode {
    STARTTLS, IMPLICIT;

    /** As the clients image's driver spells it: {@code starttls}, {@code implicit}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
