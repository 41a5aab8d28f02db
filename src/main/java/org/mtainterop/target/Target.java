package org.mtainterop.target;

import java.util.Optional;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.probe.PartnerSource;

/**
 * Something the harness tests: an MX reachable at an {@link Endpoint} whose reference name is the MX host
 * name its certificate must carry. Embedded, container and live targets all look like this.
 */
public interface Target {

    /** Short stable name used in reports and on the command line, e.g. "reference". */
    String name();

    Endpoint endpoint();

    /** One line for humans saying what the target is and what to expect of it. */
    String description();

    /** The service spoken at {@link #endpoint()}: SMTP on port 25 unless the target says otherwise. */
    default MailService service() {
        return MailService.SMTP;
    }

    /** Whether it declares that it requires TLS from its partners, and from which source (STARTTLS-05). */
    default PartnerSource partnerSource() {
        return PartnerSource.undeclared();
    }

    /** For a STARTTLS access service, where its implicit-TLS counterpart is expected (ACCESS-03); else empty. */
    default Optional<Endpoint> implicitTlsPort() {
        return Optional.empty();
    }
}
