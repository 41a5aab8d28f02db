package org.mtainterop.observation;

import java.util.Objects;
import java.util.Optional;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.probe.ConnectionGate;
import org.mtainterop.probe.ProbeSettings;

/**
 * What a measurement knows of its target: where it is, what it speaks, how the harness behaves as a client,
 * and the gate that admits each connection under the target's per-host bound and pacing.
 *
 * @param implicitTlsPort where the implicit-TLS counterpart of a STARTTLS access service is expected
 *                        (587→465, 143→993, 110→995); empty when there is none to probe
 */
public record ProbeContext(Endpoint endpoint, MailService service, Optional<Endpoint> implicitTlsPort,
                           ProbeSettings settings, ConnectionGate gate) {
    public ProbeContext {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(implicitTlsPort, "implicitTlsPort");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(gate, "gate");
    }

    /** The name certificates are checked against, and the SNI sent. */
    public String referenceName() {
        return endpoint.referenceName();
    }
}
