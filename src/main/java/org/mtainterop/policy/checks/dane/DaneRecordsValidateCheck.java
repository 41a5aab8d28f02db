package org.mtainterop.policy.checks.dane;

import java.util.ArrayList;
import java.util.List;
import org.mtainterop.dns.DnsAnswer;
import org.mtainterop.dns.DnssecStatus;
import org.mtainterop.dns.DomainDnsFacts;
import org.mtainterop.dns.MxHostDns;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;

/**
 * DANE-01: the MX RRset and the TLSA RRsets a domain publishes validate under DNSSEC. A DANE sender uses TLSA
 * only below a secure MX RRset (RFC 7672 section 2.2.1) for hosts whose address RRsets are secure (section 2.2.2);
 * a bogus or failing TLSA lookup makes it defer the mail (section 2.2.3). So: every MX that publishes TLSA must have a
 * secure TLSA RRset, secure addresses and a secure MX RRset above it; a bogus answer fails; an answer that could
 * not be had (the resolver's SERVFAIL, no answer) is not judged; a domain without any TLSA is not applicable.
 */
public final class DaneRecordsValidateCheck extends PublishedRecordsCheck {
    public static final String ID = "DANE-01";

    public DaneRecordsValidateCheck() {
        super(ID);
    }

    @Override
    Verdict judge(DomainDnsFacts dns, Reason note) {
        DnsAnswer mx = dns.mx();
        if (mx.status() == DnssecStatus.BOGUS) {
            return Verdict.failed(ID, Reason.of("DaneRecordsValidate.failed.1",
                    dns.domain(), mx.said().<Reason>map(r -> Reason.of("Dns.inParentheses", r)).orElse(Reason.NONE), note));
        }
        List<Reason> failures = new ArrayList<>();
        List<Reason> untested = new ArrayList<>();
        List<Reason> secure = new ArrayList<>();
        List<String> withoutTlsa = new ArrayList<>();
        for (MxHostDns host : dns.hosts()) {
            judgeHost(dns, host, failures, untested, secure, withoutTlsa);
        }
        if (!failures.isEmpty()) {
            return Verdict.failed(ID, Reason.of("DaneRecordsValidate.failed.hosts", Reason.join("; ", failures),
                    untested.isEmpty() ? Reason.NONE : Reason.of("DaneRecordsValidate.alsoNotJudged",
                            Reason.join("; ", untested)),
                    note));
        }
        if (!untested.isEmpty()) {
            return Verdict.broken(ID, Reason.join("", List.of(Reason.join("; ", untested), note)));
        }
        if (secure.isEmpty()) {
            return Verdict.skipped(ID, Reason.of("DaneRecordsValidate.skipped.1",
                    dns.domain(), mx.status().said(), dns.hosts().isEmpty()
                    ? Reason.of("DaneRecordsValidate.noMxHosts") : Reason.NONE, note));
        }
        return Verdict.passed(ID, Reason.of("DaneRecordsValidate.passed.1", dns.domain(), Reason.join(", ", secure),
                withoutTlsa.isEmpty() ? Reason.NONE : Reason.of("DaneRecordsValidate.noTlsaAt",
                        String.join(", ", withoutTlsa)),
                note));
    }

    private static void judgeHost(DomainDnsFacts dns, MxHostDns host, List<Reason> failures, List<Reason> untested,
                                  List<Reason> secure, List<String> withoutTlsa) {
        DnsAnswer tlsa = host.tlsa();
        String where = tlsa.name();
        switch (tlsa.status()) {
            case BOGUS -> failures.add(Reason.of("DaneRecordsValidate.tlsaBogus", where, DaneDomainFacts.describe(tlsa),
                    host.hostName()));
            case SERVFAIL, NO_ANSWER -> untested.add(Reason.of("DaneRecordsValidate.tlsaLookupGave", where,
                    DaneDomainFacts.describe(tlsa)));
            case INSECURE -> {
                if (tlsa.exists()) {
                    failures.add(Reason.of("DaneRecordsValidate.tlsaInsecure", where));
                } else {
                    withoutTlsa.add(host.hostName());
                }
            }
            case SECURE -> {
                if (!tlsa.exists()) {
                    withoutTlsa.add(host.hostName());
                } else if (!dns.mx().isSecure()) {
                    failures.add(Reason.of("DaneRecordsValidate.mxNotSecure",
                            where, dns.domain(), dns.mx().status().said()));
                } else {
                    judgeAddresses(host, failures, untested, secure);
                }
            }
        }
    }

    private static void judgeAddresses(MxHostDns host, List<Reason> failures, List<Reason> untested, List<Reason> secure) {
        boolean ok = true;
        for (DnsAnswer address : List.of(host.ipv4(), host.ipv6())) {
            switch (address.status()) {
                case SECURE -> { }
                case BOGUS -> {
                    failures.add(Reason.of("DaneRecordsValidate.addressBogus", address.typeName(), host.hostName(),
                            DaneDomainFacts.describe(address)));
                    ok = false;
                }
                case INSECURE -> {
                    if (address.exists()) {
                        failures.add(Reason.of("DaneRecordsValidate.addressInsecure", address.typeName(), host.hostName()));
                        ok = false;
                    }
                }
                case SERVFAIL, NO_ANSWER -> {
                    untested.add(Reason.of("DaneRecordsValidate.addressLookupGave", address.typeName(), host.hostName(),
                            DaneDomainFacts.describe(address)));
                    ok = false;
                }
            }
        }
        if (ok) {
            secure.add(Reason.of("DaneRecordsValidate.secureHost", host.hostName(), host.tlsaRecords().size()));
        }
    }
}
