package org.mtainterop.probe.mtasts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mtainterop.dns.DnsAnswer;
import org.mtainterop.dns.DomainDnsFacts;
import org.mtainterop.mtasts.Parsed;
import org.mtainterop.mtasts.StsPolicy;
import org.mtainterop.mtasts.StsRecord;
import org.mtainterop.mtasts.TlsRptRecord;
import org.mtainterop.mtasts.TxtSelection;
import org.xbill.DNS.TXTRecord;

/**
 * What a domain publishes for MTA-STS (RFC 8461) and TLS-RPT (RFC 8460), observed once by {@link MtaStsProbe}:
 * immutable facts that MTASTS-01..03 and TLSRPT-01 judge.
 *
 * @param stsTxt         the TXT answer at {@code _mta-sts.<domain>}
 * @param sts            its records as a sender selects them
 * @param tlsRptTxt      the TXT answer at {@code _smtp._tls.<domain>}
 * @param tlsRpt         its records as a sender selects them
 * @param fetch          the policy fetch; empty unless exactly one valid {@code v=STSv1;} record exists (no sender fetches then)
 * @param policy         the fetched body parsed, when a 200 response came
 * @param dns            the domain's MX hosts, their addresses and TLSA records
 * @param mxCertificates what each MX host presented over STARTTLS, in MX order
 * @param previous       what the previous run saw ({@code --mta-sts-state}), if given and known
 */
public record MtaStsFacts(String domain, DnsAnswer stsTxt, TxtSelection<StsRecord> sts, DnsAnswer tlsRptTxt,
                          TxtSelection<TlsRptRecord> tlsRpt, Optional<PolicyFetch> fetch,
                          Optional<Parsed<StsPolicy>> policy, DomainDnsFacts dns, List<MxCertificate> mxCertificates,
                          Optional<MtaStsState> previous) {
    public MtaStsFacts {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(stsTxt, "stsTxt");
        Objects.requireNonNull(sts, "sts");
        Objects.requireNonNull(tlsRptTxt, "tlsRptTxt");
        Objects.requireNonNull(tlsRpt, "tlsRpt");
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(dns, "dns");
        mxCertificates = List.copyOf(mxCertificates);
        Objects.requireNonNull(previous, "previous");
    }

    public static String stsName(String domain) {
        return "_mta-sts." + absolute(domain);
    }

    public static String tlsRptName(String domain) {
        return "_smtp._tls." + absolute(domain);
    }

    /** Each TXT record's character-strings joined without separator (RFC 8461 §3.1, RFC 8460 §3, as RFC 7208 §3.3). */
    public static List<String> txtTexts(DnsAnswer answer) {
        return answer.recordsOf(TXTRecord.class).stream().map(r -> String.join("", r.getStrings())).toList();
    }

    private static String absolute(String domain) {
        return domain.endsWith(".") ? domain : domain + ".";
    }
}
