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

    /**
     * Whether {@code targetName} is this MX's target name ({@code <operator>/<mx>}), compared in place: a run of a
     * thousand MX hosts asks this of every MX for every target, so nothing is built for the comparison.
     */
    public boolean isNamed(String targetName) {
        String op = operator.name();
        String host = mx.name();
        int at = op.length() + 1 + host.length();
        if (!targetName.startsWith(op) || targetName.length() < at || targetName.charAt(op.length()) != '/'
                || !targetName.startsWith(host, op.length() + 1)) {
            return false;
        }
        if (mx.port() == MxHost.SMTP_PORT) {
            return targetName.length() == at;
        }
        return targetName.length() > at && targetName.charAt(at) == ':'
                && targetName.substring(at + 1).equals(Integer.toString(mx.port()));
    }

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
