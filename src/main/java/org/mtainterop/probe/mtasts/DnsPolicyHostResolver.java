package org.mtainterop.probe.mtasts;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.mtainterop.dns.DnsAnswer;
import org.mtainterop.dns.DnsLookup;
import org.mtainterop.dns.DnssecStatus;
import org.mtainterop.policy.Reason;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Type;

/** The policy host's addresses from the harness's DNS layer (A first, then AAAA), as the run resolves them. */
public final class DnsPolicyHostResolver implements PolicyFetcher.PolicyHostResolver {
    private final DnsLookup dns;

    public DnsPolicyHostResolver(DnsLookup dns) {
        this.dns = dns;
    }

    @Override
    public List<InetAddress> resolve(String host) throws IOException {
        String name = host.endsWith(".") ? host : host + ".";
        DnsAnswer a = dns.lookup(name, Type.A);
        DnsAnswer aaaa = dns.lookup(name, Type.AAAA);
        List<InetAddress> addresses = new ArrayList<>();
        a.recordsOf(ARecord.class).forEach(r -> addresses.add(r.getAddress()));
        aaaa.recordsOf(AAAARecord.class).forEach(r -> addresses.add(r.getAddress()));
        if (addresses.isEmpty()) {
            throw failure(a, aaaa);
        }
        return addresses;
    }

    /** The first lookup that gave no usable answer, or that there is no address: {@code A lookup no answer: …}. */
    private static PolicyHostUnresolvedException failure(DnsAnswer a, DnsAnswer aaaa) {
        for (DnsAnswer answer : List.of(a, aaaa)) {
            if (answer.status() == DnssecStatus.NO_ANSWER || answer.status() == DnssecStatus.SERVFAIL
                    || answer.status() == DnssecStatus.BOGUS) {
                return new PolicyHostUnresolvedException(FetchProblem.Kind.LOOKUP_FAILED, Reason.of(
                        "PolicyFetch.lookupFailed", answer.typeName(), answer.status().said(),
                        answer.said().<Reason>map(r -> Reason.of("Dns.afterColon", r)).orElse(Reason.NONE)));
            }
        }
        return new PolicyHostUnresolvedException(FetchProblem.Kind.NO_ADDRESS,
                Reason.of("PolicyFetch.noRecord", a.rcodeName()));
    }
}
