package org.mtainterop.policy.checks.dane;

import java.util.ArrayList;
import java.util.List;
import org.mtainterop.dns.DnsAnswer;
import org.mtainterop.dns.DnssecStatus;
import org.mtainterop.dns.DomainDnsFacts;
import org.mtainterop.dns.MxHostDns;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.xbill.DNS.TLSARecord;

/**
 * DANE-03: no TLSA record for SMTP uses PKIX-TA(0) or PKIX-EE(1). SMTP senders have no agreed CA set, so they treat
 * those usages as unusable (RFC 7672 section 3.1.3); only DANE-TA(2) and DANE-EE(3) authenticate an MX. Judged on
 * every TLSA RRset the domain's MX hosts publish (secure or not: what is published is the defect); a TLSA lookup
 * that gave nothing usable is not judged.
 */
public final class NoPkixTlsaUsagesCheck extends PublishedRecordsCheck {
    public static final String ID = "DANE-03";
    /** RFC 7218 names of the usages. */
    static final int PKIX_TA = 0;
    static final int PKIX_EE = 1;

    public NoPkixTlsaUsagesCheck() {
        super(ID);
    }

    @Override
    Verdict judge(DomainDnsFacts dns, String note) {
        if (dns.mx().status() == DnssecStatus.BOGUS) {
            return Verdict.broken(ID, Reason.of("NoPkixTlsaUsages.broken.1", dns.domain(), note));
        }
        List<String> failures = new ArrayList<>();
        List<String> untested = new ArrayList<>();
        List<String> clean = new ArrayList<>();
        for (MxHostDns host : dns.hosts()) {
            DnsAnswer tlsa = host.tlsa();
            if (!tlsa.status().isDetermined()) {
                untested.add("TLSA at " + tlsa.name() + " gave " + DaneDomainFacts.describe(tlsa));
                continue;
            }
            List<TLSARecord> records = host.tlsaRecords();
            if (records.isEmpty()) {
                continue;
            }
            List<TLSARecord> pkix = records.stream()
                    .filter(r -> r.getCertificateUsage() == PKIX_TA || r.getCertificateUsage() == PKIX_EE).toList();
            if (pkix.isEmpty()) {
                clean.add(host.hostName() + " (" + String.join(", ", records.stream().map(DaneDomainFacts::text).toList()) + ")");
            } else {
                failures.add(host.hostName() + ": " + pkix.size() + " of " + records.size() + " TLSA records use PKIX-TA(0)"
                        + " or PKIX-EE(1) (" + String.join(", ", pkix.stream().map(DaneDomainFacts::text).toList()) + ")"
                        + (pkix.size() == records.size()
                                ? ", so no record is usable: DANE senders treat the host as publishing unusable TLSA"
                                : ""));
            }
        }
        if (!failures.isEmpty()) {
            return Verdict.failed(ID, Reason.of("NoPkixTlsaUsages.failed.1", String.join("; ", failures), (untested.isEmpty() ? "" : "; also not judged: " + String.join("; ", untested)), note));
        }
        if (!untested.isEmpty()) {
            return Verdict.broken(ID, String.join("; ", untested) + note);
        }
        if (clean.isEmpty()) {
            return Verdict.skipped(ID, Reason.of("NoPkixTlsaUsages.skipped.1", dns.domain(), note));
        }
        return Verdict.passed(ID, Reason.of("NoPkixTlsaUsages.passed.1", String.join("; ", clean), note));
    }
}
