package org.mtainterop.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtainterop.dns.testbed.DnsTestBed;
import org.mtainterop.dns.testbed.StandardZones;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.TLSARecord;
import org.xbill.DNS.Type;

/**
 * Both validation modes against the real test bed (NSD + Unbound, zones signed at test time): each fixture
 * gives its DNSSEC outcome, the four outcomes stay distinct, and the harness's clock moves validity.
 */
class DnssecTestBedLookupTest {
    private static final String TLSA = "_25._tcp.mx IN TLSA 3 1 1 "
            + "8cb0fc6c527506a053f4f14c8464bebbd6dede2738d11468dd953d7d6a3021f1\n";
    private static DnsTestBed bed;

    @BeforeAll
    static void startBed() {
        DnsTestBed.assumeAvailable();
        bed = DnsTestBed.builder()
                .standardFixtures(zone -> "@ IN MX 10 mx\nmx IN A 192.0.2.25\n" + TLSA)
                .start();
    }

    @AfterAll
    static void stopBed() {
        if (bed != null) {
            bed.close();
        }
    }

    private static DnsLookup harness() {
        return DnsLookups.create(bed.harnessSettings());
    }

    @Test
    void secureZoneValidatesInBothModes() {
        DnsAnswer tlsa = harness().lookup("_25._tcp.mx." + StandardZones.SECURE, Type.TLSA);
        assertThat(tlsa.status()).as(tlsa.evidence()).isEqualTo(DnssecStatus.SECURE);
        assertThat(tlsa.mode()).isEqualTo(ValidationMode.HARNESS);
        assertThat(tlsa.recordsOf(TLSARecord.class)).singleElement()
                .satisfies(r -> assertThat(r.getCertificateUsage()).isEqualTo(3));

        DnsAnswer adBit = DnsLookups.create(bed.adBitSettings()).lookup(StandardZones.SECURE, Type.MX);
        assertThat(adBit.status()).as(adBit.evidence()).isEqualTo(DnssecStatus.SECURE);
        assertThat(adBit.mode()).isEqualTo(ValidationMode.RESOLVER_AD_BIT);
        assertThat(adBit.recordsOf(MXRecord.class)).hasSize(1);
    }

    @Test
    void secureDenialIsAnEmptySecureAnswer() {
        DnsAnswer missing = harness().lookup("_25._tcp.nothere." + StandardZones.SECURE, Type.TLSA);
        assertThat(missing.status()).as(missing.evidence()).isEqualTo(DnssecStatus.SECURE);
        assertThat(missing.rcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(missing.exists()).isFalse();

        DnsAnswer nodata = harness().lookup("mx." + StandardZones.SECURE, Type.AAAA);
        assertThat(nodata.status()).as(nodata.evidence()).isEqualTo(DnssecStatus.SECURE);
        assertThat(nodata.rcode()).isEqualTo(Rcode.NOERROR);
        assertThat(nodata.exists()).isFalse();
    }

    @Test
    void unsignedDelegationAndMissingDsAreInsecure() {
        for (String zone : new String[] {StandardZones.INSECURE, StandardZones.NO_DS}) {
            DnsAnswer tlsa = harness().lookup("_25._tcp.mx." + zone, Type.TLSA);
            assertThat(tlsa.status()).as(tlsa.evidence()).isEqualTo(DnssecStatus.INSECURE);
            assertThat(tlsa.exists()).as("insecure data is still returned").isTrue();
            DnsAnswer adBit = DnsLookups.create(bed.adBitSettings()).lookup("_25._tcp.mx." + zone, Type.TLSA);
            assertThat(adBit.status()).as(adBit.evidence()).isEqualTo(DnssecStatus.INSECURE);
        }
    }

    @Test
    void badSignaturesAreBogusWithTheValidatorsReasonNotServfail() {
        for (String zone : new String[] {StandardZones.EXPIRED, StandardZones.NOT_YET_VALID, StandardZones.BROKEN,
                StandardZones.WRONG_DS}) {
            DnsAnswer tlsa = harness().lookup("_25._tcp.mx." + zone, Type.TLSA);
            assertThat(tlsa.status()).as(zone + ": " + tlsa.evidence()).isEqualTo(DnssecStatus.BOGUS);
            assertThat(tlsa.reason()).as(zone).isPresent();
            assertThat(tlsa.exists()).as("bogus records are never handed out").isFalse();
        }
    }

    @Test
    void inAdBitModeTheResolversServfailStaysServfail() {
        DnsAnswer tlsa = DnsLookups.create(bed.adBitSettings()).lookup("_25._tcp.mx." + StandardZones.BROKEN, Type.TLSA);
        assertThat(tlsa.status()).as(tlsa.evidence()).isEqualTo(DnssecStatus.SERVFAIL);
        assertThat(tlsa.reason().orElseThrow()).contains("SERVFAIL");
        assertThat(tlsa.exists()).isFalse();
    }

    @Test
    void aLameDelegationIsServfailInBothModesNeverAnEmptyAnswer() {
        for (DnsLookup dns : new DnsLookup[] {harness(), DnsLookups.create(bed.adBitSettings())}) {
            DnsAnswer tlsa = dns.lookup("_25._tcp.mx." + StandardZones.LAME, Type.TLSA);
            assertThat(tlsa.status()).as(dns.mode() + ": " + tlsa.evidence()).isEqualTo(DnssecStatus.SERVFAIL);
            assertThat(tlsa.reason().orElseThrow()).contains("SERVFAIL");
        }
    }

    @Test
    void theValidatorsClockDecidesSignatureValidity() {
        Instant now = Instant.now();
        DnsLookup threeDaysAgo = DnsLookups.create(bed.harnessSettings()
                .withClock(Clock.fixed(now.minus(Duration.ofDays(3)), ZoneOffset.UTC)));
        assertThat(threeDaysAgo.lookup("_25._tcp.mx." + StandardZones.EXPIRED, Type.TLSA).status())
                .isEqualTo(DnssecStatus.SECURE);
        DnsLookup threeDaysAhead = DnsLookups.create(bed.harnessSettings()
                .withClock(Clock.fixed(now.plus(Duration.ofDays(3)), ZoneOffset.UTC)));
        assertThat(threeDaysAhead.lookup("_25._tcp.mx." + StandardZones.NOT_YET_VALID, Type.TLSA).status())
                .isEqualTo(DnssecStatus.SECURE);
        DnsLookup in60Days = DnsLookups.create(bed.harnessSettings()
                .withClock(Clock.fixed(now.plus(Duration.ofDays(60)), ZoneOffset.UTC)));
        assertThat(in60Days.lookup("_25._tcp.mx." + StandardZones.SECURE, Type.TLSA).status())
                .isEqualTo(DnssecStatus.BOGUS);
    }

    @Test
    void namesOutsideTheTestTreeAreRefusedNotResolved() {
        DnsAnswer outside = DnsLookups.create(bed.adBitSettings()).lookup("example.com", Type.A);
        assertThat(outside.status()).as(outside.evidence()).isEqualTo(DnssecStatus.NO_ANSWER);
        assertThat(outside.reason().orElseThrow()).contains("REFUSED");
    }

    @Test
    void domainProbeObservesMxAddressesAndTlsa() {
        DomainDnsFacts facts = new DomainDnsProbe(harness()).observe(StandardZones.SECURE);
        assertThat(facts.mx().status()).isEqualTo(DnssecStatus.SECURE);
        assertThat(facts.hosts()).singleElement().satisfies(host -> {
            assertThat(host.host()).isEqualTo("mx." + StandardZones.SECURE + ".");
            assertThat(host.preference()).isEqualTo(10);
            assertThat(host.ipv4().status()).isEqualTo(DnssecStatus.SECURE);
            assertThat(host.ipv4().exists()).isTrue();
            assertThat(host.ipv6().exists()).isFalse();
            assertThat(host.tlsa().status()).isEqualTo(DnssecStatus.SECURE);
            assertThat(host.tlsaRecords()).hasSize(1);
        });
        assertThat(facts.evidence()).contains("TLSA", "secure", "validated by the harness");
    }
}
