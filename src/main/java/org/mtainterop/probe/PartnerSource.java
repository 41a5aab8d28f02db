package org.mtainterop.probe;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Whether a receiving MX declares that it requires TLS from its partners (STARTTLS-05), who declares it, and the
 * address this host must connect from to be seen as a partner.
 *
 * @param requiresTls the target declares it: an operators file's {@code partners_require_tls}, or a reference
 *                    container configured with {@code PARTNER_NETWORKS}
 * @param declaredBy  where the declaration comes from, for verdicts ("operator example-mail", "the reference profile")
 * @param bind        the local address to connect from ({@code partner_source}); empty: the host's usual source,
 *                    which the declaration covers (reference containers list the Docker bridge gateway) or not
 * @param sourceKnown the declaration says which source the MX treats as a partner (a {@code partner_source}, or a
 *                    reference container's partner network); without it the probe cannot claim to be a partner
 */
public record PartnerSource(boolean requiresTls, String declaredBy, Optional<InetAddress> bind, boolean sourceKnown) {
    public static PartnerSource undeclared() {
        return new PartnerSource(false, "nobody", Optional.empty(), false);
    }

    /** A reference container whose partner networks include the address the harness's connections come from. */
    public static PartnerSource referenceContainer(String profile) {
        return new PartnerSource(true, "the reference profile " + profile + " (PARTNER_NETWORKS)", Optional.empty(), true);
    }
}
