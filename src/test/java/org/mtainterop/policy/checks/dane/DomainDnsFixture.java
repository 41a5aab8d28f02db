package org.mtainterop.policy.checks.dane;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mtainterop.dns.DnsAnswer;
import org.mtainterop.dns.DnssecStatus;
import org.mtainterop.dns.DomainDnsFacts;
import org.mtainterop.dns.MxHostDns;
import org.mtainterop.dns.ValidationMode;
import org.mtainterop.observation.DomainObservations;
import org.mtainterop.observation.ObservedDomainFacts;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.TLSARecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.mtainterop.policy.Reason;

/**
 * Hand-written DNS facts of a mail domain for the DANE check tests: {@code DomainDnsFixture.domain("example.test")
 * .mx(SECURE).host("mx1", SECURE, SECURE, tlsa(3, 1, 1)).facts()}.
 */
final class DomainDnsFixture {
    private final String domain;
    private DnssecStatus mxStatus = DnssecStatus.SECURE;
    private Optional<Reason> mxReason = Optional.empty();
    private ValidationMode mode = ValidationMode.HARNESS;
    private final List<MxHostDns> hosts = new ArrayList<>();

    private DomainDnsFixture(String domain) {
        this.domain = domain;
    }

    static DomainDnsFixture domain(String domain) {
        return new DomainDnsFixture(domain);
    }

    /** The MX answer's reason, as a lookup says it (a key of dns/). */
    DomainDnsFixture mxSaid(Reason said) {
        this.mxReason = Optional.of(said);
        return this;
    }

    DomainDnsFixture mx(DnssecStatus status) {
        this.mxStatus = status;
        this.mxReason = status.isDetermined() ? Optional.empty() : Optional.of(Reason.fact("reason for " + status.label()));
        return this;
    }

    DomainDnsFixture mode(ValidationMode validationMode) {
        this.mode = validationMode;
        return this;
    }

    /** A host with its address status (A only, AAAA securely absent unless addressStatus is not determined) and TLSA. */
    DomainDnsFixture host(String label, DnssecStatus addressStatus, DnssecStatus tlsaStatus, int[]... tlsa) {
        String host = label + "." + domain + ".";
        List<Record> a = addressStatus.isDetermined() ? List.of(aRecord(host)) : List.of();
        List<Record> records = new ArrayList<>();
        for (int[] t : tlsa) {
            records.add(new TLSARecord(name(MxHostDns.tlsaName(host)), DClass.IN, 300, t[0], t[1], t[2], new byte[32]));
        }
        if (!tlsaStatus.isDetermined()) {
            records.clear();
        }
        hosts.add(new MxHostDns(host, 10 * (hosts.size() + 1), answer(host, Type.A, addressStatus, a),
                answer(host, Type.AAAA, addressStatus, List.of()), answer(MxHostDns.tlsaName(host), Type.TLSA, tlsaStatus, records)));
        return this;
    }

    static int[] tlsa(int usage, int selector, int matching) {
        return new int[] {usage, selector, matching};
    }

    DomainDnsFacts dns() {
        List<Record> mxRecords = new ArrayList<>();
        if (mxStatus.isDetermined()) {
            for (MxHostDns h : hosts) {
                mxRecords.add(new MXRecord(name(domain + "."), DClass.IN, 300, h.preference(), name(h.host())));
            }
        }
        DnsAnswer mx = new DnsAnswer(domain + ".", Type.MX, rcode(mxStatus), mxStatus, mxRecords, mxReason, mode, Duration.ZERO);
        return new DomainDnsFacts(domain, mx, mxStatus.isDetermined() ? hosts : List.of());
    }

    ObservedDomainFacts facts() {
        return ObservedDomainFacts.of(domain, mode).with(DomainObservations.DNS_RECORDS, dns()).build();
    }

    private DnsAnswer answer(String name, int type, DnssecStatus status, List<Record> records) {
        if (status == DnssecStatus.NO_ANSWER) {
            return DnsAnswer.noAnswer(name, type, "no reply within 2000 ms over UDP", mode, Duration.ZERO);
        }
        return new DnsAnswer(name, type, rcode(status), status, records,
                status.isDetermined() ? Optional.empty() : Optional.of(Reason.fact(status == DnssecStatus.BOGUS ? "signature expired" : "resolver SERVFAIL")),
                mode, Duration.ZERO);
    }

    private static int rcode(DnssecStatus status) {
        return switch (status) {
            case SECURE, INSECURE -> Rcode.NOERROR;
            case BOGUS, SERVFAIL -> Rcode.SERVFAIL;
            case NO_ANSWER -> DnsAnswer.NO_RCODE;
        };
    }

    private static Record aRecord(String host) {
        try {
            return new ARecord(name(host), DClass.IN, 300, InetAddress.getByName("192.0.2.25"));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Name name(String text) {
        try {
            return Name.fromString(text);
        } catch (TextParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

}
