package org.mtainterop.probe.mtasts;

import java.util.Objects;
import java.util.Optional;
import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * The certificate one MX host presented over STARTTLS on port 25, validated for the MX host name (RFC 8461
 * §4.2: PKIX, the name of the MX record), or why none was seen.
 *
 * @param host        the MX host name, without the trailing dot
 * @param address     the address connected to, empty when the host has none
 * @param certificate the chain's facts, when STARTTLS and the handshake got that far
 * @param said        why there is no certificate (no address, unreachable, no STARTTLS, handshake failure), in the
 *                    report's language ({@link #problem()} its English words)
 * @param reached     whether the MX answered at all (an unreachable MX cannot be judged)
 */
public record MxCertificate(String host, Optional<String> address, Optional<CertificateFacts> certificate,
                            Optional<Reason> said, boolean reached) {
    public MxCertificate {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(said, "said");
    }

    /** Why there is no certificate, in English (as the evidence shows it). */
    public Optional<String> problem() {
        return said.map(r -> r.render(ReportLanguage.EN));
    }

    /** PKIX-valid and issued for the host name: what an MTA-STS sender requires. */
    public boolean validForHost() {
        return certificate.map(c -> c.pkix().valid() && c.nameMatch().matched()).orElse(false);
    }
}
