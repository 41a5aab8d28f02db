package org.mtainterop.probe.mtasts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mtainterop.dns.DnsAnswer;
import org.mtainterop.dns.DnsLookup;
import org.mtainterop.dns.DomainDnsFacts;
import org.mtainterop.dns.DomainDnsProbe;
import org.mtainterop.dns.MxHostDns;
import org.mtainterop.mtasts.Parsed;
import org.mtainterop.mtasts.StsPolicy;
import org.mtainterop.mtasts.StsPolicyParser;
import org.mtainterop.mtasts.StsRecord;
import org.mtainterop.mtasts.TxtSelection;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.Reason;
import org.mtainterop.probe.TlsDialogueFacts;
import org.mtainterop.probe.TlsDialogueProbe;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Type;

/**
 * Observes a domain's MTA-STS and TLS-RPT publication as a sender meets it: the two TXT names through the DNS
 * layer, the policy over HTTPS (only with exactly one valid {@code v=STSv1;} record, as a sender would), the policy
 * parsed, the MX hosts (from {@link DomainDnsFacts}, observed by the caller or here) and what each MX presents
 * over STARTTLS. Facts only: {@code policy/mtasts} judges them.
 */
public final class MtaStsProbe {
    private final DnsLookup dns;
    private final PolicyFetcher fetcher;
    private final MxCertificateSource certificates;

    /** Where each MX's certificate comes from: a STARTTLS session on port 25, or a fixed answer in tests. */
    @FunctionalInterface
    public interface MxCertificateSource {
        MxCertificate observe(MxHostDns host);

        /** A STARTTLS session with {@code probe} to the host's first address on {@code port}. */
        static MxCertificateSource starttls(TlsDialogueProbe probe, int port) {
            return host -> {
                Optional<String> address = firstAddress(host);
                if (address.isEmpty()) {
                    return new MxCertificate(host.hostName(), Optional.empty(), Optional.empty(),
                            Optional.of(Reason.of("MxCertificate.noAddress", host.hostName())), false);
                }
                TlsDialogueFacts dialogue = probe.run(MailService.SMTP, new Endpoint(address.get(), port,
                        host.hostName()));
                boolean reached = dialogue.greeting().isPresent();
                return new MxCertificate(host.hostName(), address, dialogue.certificate(),
                        dialogue.problem().map(ConnectionProblem::said), reached);
            };
        }
    }

    public MtaStsProbe(DnsLookup dns, PolicyFetcher fetcher, MxCertificateSource certificates) {
        this.dns = dns;
        this.fetcher = fetcher;
        this.certificates = certificates;
    }

    /** Observes {@code domain}; {@code previous} is what an earlier run saw ({@code --mta-sts-state}). */
    public MtaStsFacts observe(String domain, Optional<DomainDnsFacts> known, Optional<MtaStsState> previous) {
        String name = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
        DnsAnswer stsTxt = dns.lookup(MtaStsFacts.stsName(name), Type.TXT);
        DnsAnswer tlsRptTxt = dns.lookup(MtaStsFacts.tlsRptName(name), Type.TXT);
        TxtSelection<StsRecord> sts = TxtSelection.mtaSts(MtaStsFacts.txtTexts(stsTxt));
        // a sender fetches only with exactly one valid record (RFC 8461 §3.1): so does the harness
        Optional<PolicyFetch> fetch = sts.selected().isPresent() ? Optional.of(fetcher.fetch(name)) : Optional.empty();
        Optional<Parsed<StsPolicy>> policy = fetch.filter(f -> f.stage() == PolicyFetch.Stage.RESPONDED
                && f.status() == 200).map(f -> StsPolicyParser.parse(f.body()));
        DomainDnsFacts mx = known.orElseGet(() -> new DomainDnsProbe(dns).observe(name));
        List<MxCertificate> certs = new ArrayList<>();
        if (fetch.isPresent()) {
            mx.hosts().forEach(host -> certs.add(certificates.observe(host)));
        }
        return new MtaStsFacts(name, stsTxt, sts, tlsRptTxt, TxtSelection.tlsRpt(MtaStsFacts.txtTexts(tlsRptTxt)),
                fetch, policy, mx, certs, previous);
    }

    private static Optional<String> firstAddress(MxHostDns host) {
        Optional<String> v4 = host.ipv4().recordsOf(ARecord.class).stream().findFirst()
                .map(r -> r.getAddress().getHostAddress());
        return v4.isPresent() ? v4 : host.ipv6().recordsOf(AAAARecord.class).stream().findFirst()
                .map(r -> r.getAddress().getHostAddress());
    }
}
