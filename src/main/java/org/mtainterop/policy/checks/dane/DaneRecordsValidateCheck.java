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
    Verdict judge(DomainDnsFacts dns, String note) {
        DnsAnswer mx = dns.mx();
        if (mx.status() == DnssecStatus.BOGUS) {
            return Verdict.failed(ID, Reason.of("DaneRecordsValidate.failed.1", dns.domain(), mx.reason().map(r -> " (" + r + ")").orElse(""), note));
        }
        List<String> failures = new ArrayList<>();
        List<String> untested = new ArrayList<>();
        List<String> secure = new ArrayList<>();
        List<String> withoutTlsa = new ArrayList<>();
        for (MxHostDns host : dns.hosts()) {
            judgeHost(dns, host, failures, untested, secure, withoutTlsa);
        }
        if (!failures.isEmpty()) {
            return Verdict.failed(ID, String.join("; ", failures)
                    + (untested.isEmpty() ? "" : "; also not judged: " + String.join("; ", untested)) + note);
        }
        if (!untested.isEmpty()) {
            return Verdict.broken(ID, String.join("; ", untested) + note);
        }
        if (secure.isEmpty()) {
            return Verdict.skipped(ID, Reason.of("DaneRecordsValidate.skipped.1", dns.domain(), mx.status().label(), (dns.hosts().isEmpty() ? ", no MX hosts" : ""), note));
        }
        return Verdict.passed(ID, Reason.of("DaneRecordsValidate.passed.1", dns.domain(), String.join(", ", secure), (withoutTlsa.isEmpty() ? "" : "; no TLSA at " + String.join(", ", withoutTlsa)                         + " (securely denied: DANE senders deliver there without DANE)"), note));
    }

    private static void judgeHost(DomainDnsFacts dns, MxHostDns host, List<String> failures, List<String> untested,
                                  List<String> secure, List<String> withoutTlsa) {
        DnsAnswer tlsa = host.tlsa();
        String where = tlsa.name();
        switch (tlsa.status()) {
            case BOGUS -> failures.add("TLSA at " + where + " is " + DaneDomainFacts.describe(tlsa)
                    + ": DANE senders defer mail to " + host.hostName() + " (RFC 7672 section 2.2.3)");
            case SERVFAIL, NO_ANSWER -> untested.add("TLSA lookup at " + where + " gave " + DaneDomainFacts.describe(tlsa));
            case INSECURE -> {
                if (tlsa.exists()) {
                    failures.add("TLSA at " + where + " is published but insecure (its zone is unsigned or has no DS):"
                            + " DANE senders ignore it (RFC 7672 section 2.2.3)");
                } else {
                    withoutTlsa.add(host.hostName());
                }
            }
            case SECURE -> {
                if (!tlsa.exists()) {
                    withoutTlsa.add(host.hostName());
                } else if (!dns.mx().isSecure()) {
                    failures.add("TLSA at " + where + " is secure but the MX RRset of " + dns.domain() + " is "
                            + dns.mx().status().label() + ": DANE senders never look it up (RFC 7672 section 2.2.1)");
                } else {
                    judgeAddresses(host, failures, untested, secure);
                }
            }
        }
    }

    private static void judgeAddresses(MxHostDns host, List<String> failures, List<String> untested, List<String> secure) {
        boolean ok = true;
        for (DnsAnswer address : List.of(host.ipv4(), host.ipv6())) {
            switch (address.status()) {
                case SECURE -> { }
                case BOGUS -> {
                    failures.add(address.typeName() + " of " + host.hostName() + " is " + DaneDomainFacts.describe(address)
                            + ": DANE senders cannot reach the host (RFC 7672 section 2.2.2)");
                    ok = false;
                }
                case INSECURE -> {
                    if (address.exists()) {
                        failures.add(address.typeName() + " RRset of " + host.hostName() + " is insecure: DANE senders"
                                + " do not use its TLSA records (RFC 7672 section 2.2.2)");
                        ok = false;
                    }
                }
                case SERVFAIL, NO_ANSWER -> {
                    untested.add(address.typeName() + " lookup of " + host.hostName() + " gave " + DaneDomainFacts.describe(address));
                    ok = false;
                }
            }
        }
        if (ok) {
            secure.add(host.hostName() + " (" + host.tlsaRecords().size() + " TLSA)");
        }
    }
}
