package org.mtainterop.operators;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mtainterop.net.Endpoint;
import org.mtainterop.target.LiveTarget;

/**
 * One MX of one operator, as a run target: named {@code <operator>/<mx>}, checked against the MX name, judged
 * with the operator's profile and trusting its CA.
 */
public record OperatorMx(Operator operator, MxHost mx) {

    public LiveTarget target() {
        return new LiveTarget(operator.name() + "/" + mx.display(), new Endpoint(mx.connectTo(), mx.port(), mx.name()));
    }

    /**
     * The MX targets of every operator, in file order: the listed MX hosts, or for {@code discover: dns} the
     * MX hosts of its domains as {@code lookup} finds them (port 25, duplicates once).
     */
    public static List<OperatorMx> of(List<Operator> operators, MxLookup lookup) {
        List<OperatorMx> all = new ArrayList<>();
        for (Operator operator : operators) {
            List<MxHost> hosts = operator.mx();
            if (operator.discoverDns()) {
                Set<String> names = new LinkedHashSet<>();
                operator.domains().forEach(d -> names.addAll(lookup.mxHosts(d)));
                if (names.isEmpty()) {
                    throw new IllegalArgumentException("operator " + operator.name() + ": discover: dns found no MX for "
                            + String.join(", ", operator.domains()) + " (list its MX hosts under mx)");
                }
                hosts = names.stream().map(n -> new MxHost(n, MxHost.SMTP_PORT, Optional.empty())).toList();
            }
            hosts.forEach(h -> all.add(new OperatorMx(operator, h)));
        }
        return all;
    }
}
