package org.mtainterop.dns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mtainterop.net.Deadline;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.dnssec.ValidatingResolver;
import org.mtainterop.policy.Reason;

/**
 * {@link ValidationMode#HARNESS}: dnsjava's {@link ValidatingResolver} validates every answer from the
 * harness's own trust anchors, at the settings' {@link java.time.Clock}. It asks the resolver with CD and DO
 * set, so a validating resolver hands over the records and RRSIGs as they are (bogus ones included) instead of
 * its own SERVFAIL; the harness then tells apart:
 * <ul>
 *   <li>SECURE / INSECURE: the validator's verdict (AD set or not);</li>
 *   <li>BOGUS: the validator rejected the data, with its reason;</li>
 *   <li>SERVFAIL: the resolver itself answered SERVFAIL even with CD set (a broken or unreachable zone);</li>
 *   <li>NO_ANSWER: a query of the lookup (the question, or a DNSKEY/DS the validator needed) got no usable reply.</li>
 * </ul>
 * A fresh validator per lookup (trust anchors parsed once): its key cache then never outlives the lookup's
 * deadline and clock, and concurrent lookups share nothing.
 */
final class HarnessValidatingLookup implements DnsLookup {
    private final InetSocketAddress server;
    private final DnsResolverSettings settings;
    private final String anchorText;

    HarnessValidatingLookup(InetSocketAddress server, DnsResolverSettings settings, TrustAnchors anchors) {
        this.server = server;
        this.settings = settings;
        this.anchorText = anchors.asZoneText();
    }

    @Override
    public ValidationMode mode() {
        return ValidationMode.HARNESS;
    }

    @Override
    public DnsAnswer lookup(String name, int type) {
        Name qname = DnsNames.absolute(name);
        long start = System.nanoTime();
        Deadline deadline = Deadline.in(settings.deadline());
        QueryTrace trace = new QueryTrace();
        ValidatingResolver validator = new ValidatingResolver(
                new BoundedResolver(server, settings.timeout(), deadline, trace), settings.clock());
        try {
            validator.loadTrustAnchors(new ByteArrayInputStream(anchorText.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("trust anchors parsed before cannot be loaded", e);
        }
        validator.setAddReasonToAdditional(true);
        Message query = Message.newQuery(Record.newRecord(qname, type, DClass.IN));
        Message reply;
        try {
            reply = validator.sendAsync(query, BoundedResolver.QueryThreads.EXECUTOR).toCompletableFuture()
                    .get(deadline.remainingMillis() + 1000L, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | CompletionException e) {
            return noAnswer(qname, type, trace.firstFailure().map(QueryTrace.Exchange::describe)
                    .orElseGet(() -> DnsNames.said(e)), start);
        } catch (TimeoutException e) {
            return noAnswer(qname, type, Reason.of("Dns.deadline", settings.deadline().toMillis()), start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return noAnswer(qname, type, Reason.of("Dns.interrupted"), start);
        }
        return judge(qname, type, reply, trace, start);
    }

    private DnsAnswer judge(Name qname, int type, Message reply, QueryTrace trace, long start) {
        int rcode = reply.getHeader().getRcode();
        Optional<String> reason = AnswerSection.validatorReason(reply);
        Optional<Integer> resolverRcode = trace.rcodeFor(qname, type);
        if (resolverRcode.isPresent() && resolverRcode.get() == Rcode.SERVFAIL) {
            return new DnsAnswer(qname.toString(), type, Rcode.SERVFAIL, DnssecStatus.SERVFAIL, List.of(),
                    Optional.of(Reason.of("Dns.servfailCd", BoundedResolver.describe(server))), mode(), elapsed(start));
        }
        if (trace.firstFailure().isPresent() && (rcode == Rcode.SERVFAIL || resolverRcode.isEmpty())) {
            return noAnswer(qname, type, Reason.of("Dns.incomplete", trace.firstFailure().get().describe()), start);
        }
        if (rcode == Rcode.SERVFAIL) {
            return new DnsAnswer(qname.toString(), type, rcode, DnssecStatus.BOGUS, List.of(),
                    Optional.of(reason.map(Reason::fact).orElse(Reason.of("Dns.noReason"))), mode(), elapsed(start));
        }
        if (rcode != Rcode.NOERROR && rcode != Rcode.NXDOMAIN) {
            return noAnswer(qname, type, Reason.of("Dns.rcode", Rcode.string(rcode)), start);
        }
        boolean secure = reply.getHeader().getFlag(Flags.AD);
        return new DnsAnswer(qname.toString(), type, rcode, secure ? DnssecStatus.SECURE : DnssecStatus.INSECURE,
                AnswerSection.records(reply, qname, type), secure ? Optional.empty() : reason.map(Reason::fact), mode(), elapsed(start));
    }

    private DnsAnswer noAnswer(Name qname, int type, Reason reason, long start) {
        return DnsAnswer.noAnswer(qname.toString(), type, reason, mode(), elapsed(start));
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
