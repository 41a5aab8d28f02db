package org.mtainterop.dns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.mtainterop.policy.Reason;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

/**
 * What happened on the wire during one lookup, query by query: the reply's rcode, or why there was none.
 * The validating lookup asks it whether a BOGUS verdict was really a transport failure on the way (a DNSKEY
 * query that timed out), and whether the resolver itself answered SERVFAIL.
 */
final class QueryTrace {
    record Exchange(Name name, int type, int rcode, Optional<Reason> failure) {
        /** The question and what became of it: "example.test. DNSKEY: no reply from …", or its rcode. */
        Reason describe() {
            return Reason.of("Dns.exchange", name, Type.string(type),
                    failure.orElseGet(() -> Reason.fact("rcode " + Rcode.string(rcode))));
        }
    }

    private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());

    void replied(Message query, Message reply) {
        exchanges.add(new Exchange(query.getQuestion().getName(), query.getQuestion().getType(),
                reply.getHeader().getRcode(), Optional.empty()));
    }

    void failed(Message query, Reason why) {
        exchanges.add(new Exchange(query.getQuestion().getName(), query.getQuestion().getType(), DnsAnswer.NO_RCODE,
                Optional.of(why)));
    }

    List<Exchange> exchanges() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    /** The first exchange that got no usable reply, if any. */
    Optional<Exchange> firstFailure() {
        return exchanges().stream().filter(e -> e.failure().isPresent()).findFirst();
    }

    /** The resolver's own rcode for the question itself (the last reply to it), if it replied. */
    Optional<Integer> rcodeFor(Name name, int type) {
        List<Exchange> all = exchanges();
        for (int i = all.size() - 1; i >= 0; i--) {
            Exchange e = all.get(i);
            if (e.name().equals(name) && e.type() == type && e.failure().isEmpty()) {
                return Optional.of(e.rcode());
            }
        }
        return Optional.empty();
    }
}
