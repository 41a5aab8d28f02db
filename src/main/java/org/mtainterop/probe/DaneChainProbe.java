package org.mtainterop.probe;

import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mtainterop.dane.ChainKeyType;
import org.mtainterop.dane.DaneChainFacts;
import org.mtainterop.dane.MxDaneChains;
import org.mtainterop.dane.PresentedChain;
import org.mtainterop.dane.TlsaAssociation;
import org.mtainterop.dane.TlsaMatcher;
import org.mtainterop.dns.DnsAnswer;
import org.mtainterop.dns.DomainDnsFacts;
import org.mtainterop.dns.MxHostDns;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.tls.TlsClientSettings;
import org.mtainterop.tls.TlsHandshakeFacts;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.TLSARecord;

/**
 * DANE-02/DANE-04's measurement: for every MX host of a domain whose TLSA RRset is secure, a STARTTLS handshake on
 * port 25 with every address DNS gives (A and AAAA) for each key type (ECDSA, RSA), and the chain each presented
 * compared with the RRset by {@link TlsaMatcher} (reference identifiers: the MX host name, which is also the TLSA base
 * domain here, RFC 7672 §3.2.3). Hosts without a secure RRset are listed, not contacted. Every handshake is bounded
 * by the probe settings' timeouts; an address that cannot be reached is a fact with its reason.
 */
public final class DaneChainProbe {
    private final OfferedHandshakeProbe handshakes;
    private final ProbeSettings settings;
    private final int port;
    private final TlsaMatcher matcher = new TlsaMatcher();

    /** @param port 25, except in tests whose MX listens elsewhere */
    public DaneChainProbe(ProbeSettings settings, int port) {
        this.handshakes = new OfferedHandshakeProbe(settings);
        this.settings = settings;
        this.port = port;
    }

    public DaneChainFacts observe(DomainDnsFacts dns) {
        List<MxDaneChains> hosts = new ArrayList<>();
        for (MxHostDns host : dns.hosts()) {
            List<TlsaAssociation> tlsa = host.tlsaRecords().stream().map(DaneChainProbe::association).toList();
            MxDaneChains withoutChains = new MxDaneChains(host.hostName(), host.tlsa().status(), tlsa, List.of());
            if (!withoutChains.daneApplies()) {
                hosts.add(withoutChains);
                continue;
            }
            List<PresentedChain> chains = new ArrayList<>();
            for (String address : addresses(host)) {
                for (ChainKeyType keyType : ChainKeyType.values()) {
                    chains.add(chain(host.hostName(), address, keyType, tlsa));
                }
            }
            hosts.add(new MxDaneChains(host.hostName(), host.tlsa().status(), tlsa, chains));
        }
        return new DaneChainFacts(dns.domain(), hosts);
    }

    private PresentedChain chain(String host, String address, ChainKeyType keyType, List<TlsaAssociation> tlsa) {
        TlsClientSettings offer = TlsClientSettings.restricted(ChainKeyType.PROTOCOL, keyType.suites(), host);
        OfferedHandshakeFacts facts = handshakes.run(MailService.SMTP, new Endpoint(address, port, host), offer);
        if (facts.handshake().isEmpty()) {
            String why = facts.problem().map(Object::toString)
                    .or(facts::tlsCommandRefusal).orElse("STARTTLS not reached");
            return new PresentedChain(host, address, keyType, false, List.of(), java.util.Optional.empty(), why);
        }
        TlsHandshakeFacts handshake = facts.handshake().get();
        if (!handshake.completed() || handshake.peerChain().isEmpty()) {
            return new PresentedChain(host, address, keyType, true, List.of(), java.util.Optional.empty(),
                    "no " + keyType + " chain: " + (handshake.failure().isBlank() ? "no certificate" : handshake.failure()));
        }
        Instant now = settings.now();
        return new PresentedChain(host, address, keyType, true, handshake.peerChain(),
                java.util.Optional.of(matcher.authenticate(tlsa, handshake.peerChain(), List.of(host), now)), "");
    }

    private static List<String> addresses(MxHostDns host) {
        List<String> addresses = new ArrayList<>();
        addAll(addresses, host.ipv4(), ARecord.class);
        addAll(addresses, host.ipv6(), AAAARecord.class);
        return addresses;
    }

    private static <T extends org.xbill.DNS.Record> void addAll(List<String> out, DnsAnswer answer, Class<T> type) {
        for (T record : answer.recordsOf(type)) {
            InetAddress address = record instanceof ARecord a ? a.getAddress() : ((AAAARecord) record).getAddress();
            out.add(address.getHostAddress());
        }
    }

    static TlsaAssociation association(TLSARecord record) {
        return new TlsaAssociation(record.getCertificateUsage(), record.getSelector(), record.getMatchingType(),
                java.util.HexFormat.of().formatHex(record.getCertificateAssociationData()));
    }
}
