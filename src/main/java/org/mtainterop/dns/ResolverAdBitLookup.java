package org.mtainterop.dns;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mtainterop.net.Deadline;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedFlags;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.mtainterop.policy.Reason;

/**
 * {@link ValidationMode#RESOLVER_AD_BIT}: the resolver validates, the harness trusts its AD bit. The query
 * sets RD, EDNS DO (RFC 3225) and AD (RFC 6840 section 5.7, "I understand AD"); SECURE when the reply sets AD,
 * INSECURE when it does not, SERVFAIL when the resolver answers SERVFAIL (which a validating resolver
 * does for bogus data: in this mode BOGUS cannot be told apart from other failures, and the reason says so).
 */
final class ResolverAdBitLookup implements DnsLookup {
    private final InetSocketAddress server;
    private final DnsResolverSettings settings;

    ResolverAdBitLookup(InetSocketAddress server, DnsResolverSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    @Override
    public ValidationMode mode() {
        return ValidationMode.RESOLVER_AD_BIT;
    }

    @Override
    public DnsAnswer lookup(String name, int type) {
        Name qname = DnsNames.absolute(name);
        long start = System.nanoTime();
        Deadline deadline = Deadline.in(settings.deadline());
        BoundedResolver resolver = new BoundedResolver(server, settings.timeout(), deadline, new QueryTrace());
        resolver.setEDNS(0, 0, ExtendedFlags.DO, List.of());
        Message query = Message.newQuery(Record.newRecord(qname, type, DClass.IN));
        query.getHeader().setFlag(Flags.AD);
        Message reply;
        try {
            reply = resolver.sendAsync(query).toCompletableFuture().get(deadline.remainingMillis() + 1000L, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | CompletionException e) {
            return DnsAnswer.noAnswer(qname.toString(), type, DnsNames.said(e), mode(), elapsed(start));
        } catch (TimeoutException e) {
            return DnsAnswer.noAnswer(qname.toString(), type, Reason.of("Dns.deadline",
                    settings.deadline().toMillis()), mode(), elapsed(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DnsAnswer.noAnswer(qname.toString(), type, Reason.of("Dns.interrupted"), mode(), elapsed(start));
        }
        int rcode = reply.getHeader().getRcode();
        if (rcode == Rcode.SERVFAIL) {
            return new DnsAnswer(qname.toString(), type, rcode, DnssecStatus.SERVFAIL, List.of(),
                    Optional.of(Reason.of("Dns.servfailAdBit", BoundedResolver.describe(server))),
                    mode(), elapsed(start));
        }
        if (rcode != Rcode.NOERROR && rcode != Rcode.NXDOMAIN) {
            return DnsAnswer.noAnswer(qname.toString(), type, Reason.of("Dns.rcode", Rcode.string(rcode)), mode(), elapsed(start));
        }
        boolean authenticated = reply.getHeader().getFlag(Flags.AD);
        return new DnsAnswer(qname.toString(), type, rcode, authenticated ? DnssecStatus.SECURE : DnssecStatus.INSECURE,
                AnswerSection.records(reply, qname, type),
                authenticated ? Optional.empty() : Optional.of(Reason.of("Dns.noAd")),
                mode(), elapsed(start));
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
