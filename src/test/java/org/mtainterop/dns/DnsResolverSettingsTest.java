package org.mtainterop.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.TLSARecord;
import org.xbill.DNS.Type;
import org.mtainterop.policy.Reason;

class DnsResolverSettingsTest {
    @Test
    void parsesHostAndPortForms() {
        assertThat(DnsResolverSettings.parseResolver("192.0.2.53")).satisfies(a -> {
            assertThat(a.getHostString()).isEqualTo("192.0.2.53");
            assertThat(a.getPort()).isEqualTo(53);
        });
        assertThat(DnsResolverSettings.parseResolver("127.0.0.1:5353").getPort()).isEqualTo(5353);
        assertThat(DnsResolverSettings.parseResolver("[::1]:5353")).satisfies(a -> {
            assertThat(a.getHostString()).isEqualTo("::1");
            assertThat(a.getPort()).isEqualTo(5353);
        });
        assertThat(DnsResolverSettings.parseResolver("::1").getHostString()).isEqualTo("::1");
    }

    @Test
    void refusesBadPortsAndEmptyHosts() {
        assertThatThrownBy(() -> DnsResolverSettings.parseResolver("127.0.0.1:0")).hasMessageContaining("port '0'");
        assertThatThrownBy(() -> DnsResolverSettings.parseResolver("127.0.0.1:dns")).hasMessageContaining("port 'dns'");
        assertThatThrownBy(() -> DnsResolverSettings.parseResolver(":53")).hasMessageContaining("no host");
        assertThatThrownBy(() -> DnsResolverSettings.parseResolver("[::1")).hasMessageContaining("missing ']'");
    }

    @Test
    void theModeFollowsTheTrustAnchor() {
        DnsResolverSettings resolver = DnsResolverSettings.resolver(new InetSocketAddress("127.0.0.1", 53));
        assertThat(resolver.mode()).isEqualTo(ValidationMode.RESOLVER_AD_BIT);
        assertThat(resolver.withTrustAnchor(Path.of("anchors.ds")).mode()).isEqualTo(ValidationMode.HARNESS);
        assertThatThrownBy(() -> resolver.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void evidenceShowsStatusRcodeModeRecordsAndReason() throws Exception {
        TLSARecord tlsa = new TLSARecord(Name.fromString("_25._tcp.mx.example.test."), DClass.IN, 300, 3, 1, 1,
                new byte[32]);
        DnsAnswer secure = new DnsAnswer("_25._tcp.mx.example.test.", Type.TLSA, Rcode.NOERROR, DnssecStatus.SECURE,
                List.of(tlsa), Optional.empty(), ValidationMode.HARNESS, Duration.ofMillis(12));
        assertThat(secure.evidence()).contains("TLSA: secure", "rcode NOERROR", "validated by the harness", "3 1 1");
        DnsAnswer bogus = new DnsAnswer("mx.example.test.", Type.A, Rcode.SERVFAIL, DnssecStatus.BOGUS, List.of(),
                Optional.of(Reason.fact("signature expired")), ValidationMode.HARNESS, Duration.ZERO);
        assertThat(bogus.evidence()).contains("A: bogus", "reason: signature expired").doesNotContain("no A records");
        DnsAnswer none = DnsAnswer.noAnswer("mx.example.test.", Type.A, "no reply", ValidationMode.RESOLVER_AD_BIT, Duration.ZERO);
        assertThat(none.evidence()).contains("no answer", "rcode none", "AD bit", "reason: no reply");
    }
}
