package org.mtainterop.policy.mtasts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.cert.NameMatch;
import org.mtainterop.cert.PkixValidation;
import org.mtainterop.dns.DnsAnswer;
import org.mtainterop.dns.DnssecStatus;
import org.mtainterop.dns.DomainDnsFacts;
import org.mtainterop.dns.MxHostDns;
import org.mtainterop.dns.ValidationMode;
import org.mtainterop.mtasts.StsPolicyParser;
import org.mtainterop.mtasts.TxtSelection;
import org.mtainterop.policy.Reason;
import org.mtainterop.probe.mtasts.FetchProblem;
import org.mtainterop.probe.mtasts.MtaStsFacts;
import org.mtainterop.probe.mtasts.MtaStsState;
import org.mtainterop.probe.mtasts.MxCertificate;
import org.mtainterop.probe.mtasts.PolicyFetch;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.TLSARecord;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * MTA-STS publication facts written by hand: a domain {@code example.test} whose TXT records, policy response,
 * MX hosts and MX certificates a test sets, each defaulting to a compliant publication.
 */
final class MtaStsFactsFixture {
    static final String DOMAIN = "example.test";
    static final String POLICY = "version: STSv1\nmode: enforce\nmx: mx1.example.test\nmx: *.mx.example.test\n"
            + "max_age: 86400\n";
    private List<String> sts = List.of("v=STSv1; id=20261202T1700");
    private List<String> tlsRpt = List.of("v=TLSRPTv1; rua=mailto:tlsrpt@example.test");
    private DnssecStatus stsStatus = DnssecStatus.INSECURE;
    private int status = 200;
    private String contentType = "text/plain; charset=utf-8";
    private String body = POLICY;
    private List<Map.Entry<String, String>> extraHeaders = List.of();
    private boolean bodyTooLarge;
    private PolicyFetch.Stage stage = PolicyFetch.Stage.RESPONDED;
    private boolean timedOut;
    private Optional<PolicyFetch> fetched = Optional.empty();
    private boolean policyCertificateValid = true;
    private boolean policyCertificateNamed = true;
    private List<String> mxHosts = List.of("mx1.example.test", "a.mx.example.test");
    private List<String> badCertificates = List.of();
    private List<String> unreachable = List.of();
    private List<String> dane = List.of();
    private Optional<MtaStsState> previous = Optional.empty();

    static MtaStsFactsFixture compliant() {
        return new MtaStsFactsFixture();
    }

    MtaStsFactsFixture sts(String... records) {
        this.sts = List.of(records);
        return this;
    }

    MtaStsFactsFixture stsStatus(DnssecStatus status) {
        this.stsStatus = status;
        return this;
    }

    MtaStsFactsFixture tlsRpt(String... records) {
        this.tlsRpt = List.of(records);
        return this;
    }

    MtaStsFactsFixture response(int status, String contentType, String body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        return this;
    }

    MtaStsFactsFixture redirect(String location) {
        this.status = 301;
        this.extraHeaders = List.of(Map.entry("Location", location));
        this.body = "";
        return this;
    }

    MtaStsFactsFixture bodyTooLarge() {
        this.bodyTooLarge = true;
        return this;
    }

    MtaStsFactsFixture stoppedAt(PolicyFetch.Stage stage, boolean timedOut) {
        this.stage = stage;
        this.timedOut = timedOut;
        return this;
    }

    /** The fetch as a real {@link org.mtainterop.probe.mtasts.PolicyFetcher} made it, instead of a written one. */
    MtaStsFactsFixture fetched(PolicyFetch fetch) {
        this.fetched = Optional.of(fetch);
        return this;
    }

    MtaStsFactsFixture policyCertificate(boolean valid, boolean named) {
        this.policyCertificateValid = valid;
        this.policyCertificateNamed = named;
        return this;
    }

    MtaStsFactsFixture mx(String... hosts) {
        this.mxHosts = List.of(hosts);
        return this;
    }

    MtaStsFactsFixture badCertificateOn(String... hosts) {
        this.badCertificates = List.of(hosts);
        return this;
    }

    MtaStsFactsFixture unreachable(String... hosts) {
        this.unreachable = List.of(hosts);
        return this;
    }

    MtaStsFactsFixture daneOn(String... hosts) {
        this.dane = List.of(hosts);
        return this;
    }

    MtaStsFactsFixture previous(String id, String policy) {
        this.previous = Optional.of(new MtaStsState(DOMAIN, id, StsPolicyParser.parse(policy).value().orElseThrow()
                .meaning(), Instant.parse("2026-11-01T00:00:00Z")));
        return this;
    }

    MtaStsFacts build() {
        DnsAnswer stsTxt = txt(MtaStsFacts.stsName(DOMAIN), sts, stsStatus);
        DnsAnswer tlsRptTxt = txt(MtaStsFacts.tlsRptName(DOMAIN), tlsRpt, DnssecStatus.INSECURE);
        TxtSelection<org.mtainterop.mtasts.StsRecord> selection = TxtSelection.mtaSts(MtaStsFacts.txtTexts(stsTxt));
        Optional<PolicyFetch> fetch = selection.selected().isPresent() ? Optional.of(fetch()) : Optional.empty();
        var policy = fetch.filter(f -> f.stage() == PolicyFetch.Stage.RESPONDED && f.status() == 200)
                .map(f -> StsPolicyParser.parse(f.body()));
        List<MxHostDns> hosts = new ArrayList<>();
        List<Record> mxRecords = new ArrayList<>();
        List<MxCertificate> certificates = new ArrayList<>();
        int preference = 10;
        for (String host : mxHosts) {
            mxRecords.add(new MXRecord(name(DOMAIN), DClass.IN, 300, preference, name(host)));
            DnsAnswer a = answer(host, Type.A, List.of(new ARecord(name(host), DClass.IN, 300,
                    new byte[] {(byte) 192, 0, 2, (byte) preference})), DnssecStatus.INSECURE);
            List<Record> tlsa = dane.contains(host) ? List.of(new TLSARecord(name(MxHostDns.tlsaName(host)),
                    DClass.IN, 300, 3, 1, 1, new byte[32])) : List.of();
            hosts.add(new MxHostDns(host + ".", preference, a, answer(host, Type.AAAA, List.of(),
                    DnssecStatus.INSECURE), answer(MxHostDns.tlsaName(host), Type.TLSA, tlsa,
                    dane.contains(host) ? DnssecStatus.SECURE : DnssecStatus.INSECURE)));
            certificates.add(unreachable.contains(host)
                    ? new MxCertificate(host, Optional.of("192.0.2." + preference), Optional.empty(),
                    Optional.of(Reason.fact("UNREACHABLE: connection refused")), false)
                    : new MxCertificate(host, Optional.of("192.0.2." + preference),
                    Optional.of(certificate(host, true, !badCertificates.contains(host))), Optional.empty(), true));
            preference += 10;
        }
        DomainDnsFacts dns = new DomainDnsFacts(DOMAIN, answer(DOMAIN, Type.MX, mxRecords, DnssecStatus.INSECURE),
                hosts);
        return new MtaStsFacts(DOMAIN, stsTxt, selection, tlsRptTxt, TxtSelection.tlsRpt(MtaStsFacts.txtTexts(tlsRptTxt)),
                fetch, policy, dns, certificates, previous);
    }

    private PolicyFetch fetch() {
        if (fetched.isPresent()) {
            return fetched.get();
        }
        String url = "https://mta-sts." + DOMAIN + "/.well-known/mta-sts.txt";
        boolean responded = stage == PolicyFetch.Stage.RESPONDED;
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (responded && contentType != null) {
            headers.add(Map.entry("Content-Type", contentType));
        }
        headers.addAll(extraHeaders);
        return new PolicyFetch(url, List.of("192.0.2.80"), Optional.of("192.0.2.80:443"), stage,
                responded ? Optional.empty() : Optional.of(timedOut
                        ? new FetchProblem(FetchProblem.Kind.DEADLINE, Reason.of("PolicyFetch.deadline", 45L))
                        : new FetchProblem(FetchProblem.Kind.MALFORMED, Reason.of("HttpResponse.notStatusLine", "garbage"))),
                timedOut, Optional.of(certificate("mta-sts." + DOMAIN, policyCertificateValid, policyCertificateNamed)),
                Optional.of("TLSv1.3 TLS_AES_128_GCM_SHA256"),
                responded ? Optional.of("HTTP/1.1 " + status + " X") : Optional.empty(), responded ? status : 0,
                headers, responded ? body.getBytes(StandardCharsets.UTF_8) : new byte[0], bodyTooLarge,
                Duration.ofMillis(5));
    }

    static CertificateFacts certificate(String host, boolean valid, boolean named) {
        return new CertificateFacts(List.of(), "", valid ? PkixValidation.validTo("Test Root")
                : PkixValidation.invalid("certificate expired on 2026-01-01"),
                new NameMatch(named, host, named ? "SAN dNSName " + host : "", List.of(named ? host
                        : "wrong-host.invalid.test")), "test anchors", Instant.parse("2026-12-02T17:00:00Z"));
    }

    private static DnsAnswer txt(String owner, List<String> texts, DnssecStatus status) {
        List<Record> records = texts.stream().map(t -> (Record) new TXTRecord(name(owner), DClass.IN, 300, t)).toList();
        return answer(owner, Type.TXT, records, status);
    }

    static DnsAnswer answer(String owner, int type, List<Record> records, DnssecStatus status) {
        if (status == DnssecStatus.NO_ANSWER) {
            return DnsAnswer.noAnswer(absolute(owner), type, "timed out", ValidationMode.HARNESS, Duration.ofSeconds(5));
        }
        return new DnsAnswer(absolute(owner), type, records.isEmpty() ? Rcode.NXDOMAIN : Rcode.NOERROR, status,
                records, Optional.empty(), ValidationMode.HARNESS, Duration.ofMillis(3));
    }

    private static String absolute(String owner) {
        return owner.endsWith(".") ? owner : owner + ".";
    }

    private static Name name(String owner) {
        try {
            return Name.fromString(absolute(owner));
        } catch (TextParseException e) {
            throw new IllegalArgumentException(owner, e);
        }
    }
}
