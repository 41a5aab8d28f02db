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
    Verdict judge(DomainDnsFacts dns, Reason note) {
        if (dns.mx().status() == DnssecStatus.BOGUS) {
            return Verdict.broken(ID, Reason.of("NoPkixTlsaUsages.broken.1", dns.domain(), note));
        }
        List<Reason> failures = new ArrayList<>();
        List<Reason> untested = new ArrayList<>();
        List<String> clean = new ArrayList<>();
        for (MxHostDns host : dns.hosts()) {
            DnsAnswer tlsa = host.tlsa();
            if (!tlsa.status().isDetermined()) {
                untested.add(Reason.of("NoPkixTlsaUsages.tlsaGave", tlsa.name(), DaneDomainFacts.describe(tlsa)));
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
                failures.add(Reason.of("NoPkixTlsaUsages.pkixRecords", host.hostName(), pkix.size(), records.size(),
                        String.join(", ", pkix.stream().map(DaneDomainFacts::text).toList()),
                        pkix.size() == records.size() ? Reason.of("NoPkixTlsaUsages.noneUsable") : Reason.NONE));
            }
        }
        if (!failures.isEmpty()) {
            return Verdict.failed(ID, Reason.of("NoPkixTlsaUsages.failed.1", Reason.join("; ", failures),
                    untested.isEmpty() ? Reason.NONE : Reason.of("DaneRecordsValidate.alsoNotJudged",
                            Reason.join("; ", untested)),
                    note));
        }
        if (!untested.isEmpty()) {
            return Verdict.broken(ID, Reason.join("", List.of(Reason.join("; ", untested), note)));
        }
        if (clean.isEmpty()) {
            return Verdict.skipped(ID, Reason.of("NoPkixTlsaUsages.skipped.1", dns.domain(), note));
        }
        return Verdict.passed(ID, Reason.of("NoPkixTlsaUsages.passed.1", String.join("; ", clean), note));
    }
}
