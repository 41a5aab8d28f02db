package org.mtainterop.policy.checks.dane;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.mtainterop.dns.DnsAnswer;
import org.mtainterop.dns.DnssecStatus;
import org.mtainterop.dns.DomainDnsFacts;
import org.mtainterop.dns.MxHostDns;
import org.mtainterop.dns.ValidationMode;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.xbill.DNS.TLSARecord;

/**
 * What every DANE check on a domain's DNS reads the same way (RFC 7672 section 2.2): whether the MX lookup gave
 * anything to judge, which MX hosts publish TLSA records, and how verdicts name answers. The DANE checks that
 * compare TLSA records with what each MX presents (DANE-02, DANE-04) start from {@link #hostsWithSecureTlsa}.
 */
public final class DaneDomainFacts {
    private DaneDomainFacts() {
    }

    /**
     * "Could not test" when the MX lookup itself gave nothing to judge (no answer, or the resolver's
     * SERVFAIL): never read as "no MX" or "no TLSA".
     */
    public static Optional<Verdict> mxNotJudgeable(String id, DomainDnsFacts dns) {
        DnsAnswer mx = dns.mx();
        if (mx.status() == DnssecStatus.NO_ANSWER || mx.status() == DnssecStatus.SERVFAIL) {
            return Optional.of(Verdict.broken(id, Reason.of("DaneDomainFacts.broken.1", dns.domain(), describe(mx))));
        }
        return Optional.empty();
    }

    /**
     * The MX hosts a DANE sender authenticates with TLSA: a secure MX RRset, secure address RRsets, and a secure
     * non-empty TLSA RRset at {@code _25._tcp.<host>} (RFC 7672 sections 2.2.1 to 2.2.3).
     */
    public static List<MxHostDns> hostsWithSecureTlsa(DomainDnsFacts dns) {
        if (!dns.mx().isSecure()) {
            return List.of();
        }
        return dns.hosts().stream().filter(h -> h.tlsa().isSecure() && h.tlsa().exists())
                .filter(h -> addressesSecure(h)).toList();
    }

    static boolean addressesSecure(MxHostDns host) {
        return host.ipv4().isSecure() && host.ipv6().isSecure() && (host.ipv4().exists() || host.ipv6().exists());
    }

    /** "secure", or "bogus (signature expired …)", "servfail (…)", "no answer (…)": a status with its reason. */
    static Reason describe(DnsAnswer answer) {
        return Reason.of("DaneDomainFacts.status", answer.status().said(), answer.said().filter(r -> answer.status()
                != DnssecStatus.SECURE && answer.status() != DnssecStatus.INSECURE).<Reason>map(r -> Reason.of("Dns.inParentheses", r))
                .orElse(Reason.NONE));
    }

    /** A TLSA record as verdicts show it: {@code 3 1 1 8cb0fc6c5275…}. */
    static String text(TLSARecord record) {
        String data = HexFormat.of().formatHex(record.getCertificateAssociationData());
        return record.getCertificateUsage() + " " + record.getSelector() + " " + record.getMatchingType() + " "
                + (data.length() > 12 ? data.substring(0, 12) + "…" : data);
    }

    /** The note a verdict carries when the statuses came from the resolver, not from the harness's validation. */
    static Reason modeNote(ValidationMode mode) {
        return mode == ValidationMode.RESOLVER_AD_BIT ? Reason.of("DaneDomainFacts.adBitNote") : Reason.NONE;
    }
}
