package org.mtainterop.dane;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.AdversarialReceiver;
import org.mtainterop.pki.TestPki;

/**
 * The zones the DANE profiles publish, computed from the receiver's own certificates: each profile's TLSA set
 * authenticates (or fails to authenticate) the chain the receiver presents exactly as its case says, judged by
 * the matcher a DANE sender's rules are written in; and the zone files are what the test bed reads.
 */
class DaneZonesTest {
    private static final String MX = "mx.dane-case.test";
    private static final int PORT = 2525;
    private static TestPki pki;
    private static AdversarialReceiver receiver;
    private static InetAddress address;

    @BeforeAll
    static void start() throws Exception {
        pki = TestPki.generate();
        address = InetAddress.getLoopbackAddress();
        receiver = AdversarialReceiver.start(AdversarialReceiver.Settings.of(new InetSocketAddress(address, 0), MX,
                AdversarialProfile.COMPLIANT), pki);
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    private static DaneAuthentication authenticate(AdversarialProfile profile) {
        DaneTestZone zone = receiver.daneZone(profile, List.of(address), PORT).orElseThrow();
        return new TlsaMatcher().authenticate(zone.tlsa(), pki.issue(profile.certificate(), MX).chain(),
                List.of(MX), Instant.now());
    }

    @Test
    void everyDaneProfileAndOnlyThoseHaveAZone() {
        Arrays.stream(AdversarialProfile.values()).forEach(p ->
                assertThat(receiver.daneZone(p, List.of(address), PORT).isPresent()).as(p.label()).isEqualTo(p.dane()));
    }

    @Test
    void eachCasesTlsaSetAuthenticatesThePresentedChainAsItsCaseSays() {
        Map<AdversarialProfile, DaneAuthentication.Outcome> expected = Map.of(
                AdversarialProfile.DANE_MATCHING, DaneAuthentication.Outcome.AUTHENTICATED,
                AdversarialProfile.DANE_TA_MATCHING, DaneAuthentication.Outcome.AUTHENTICATED,
                AdversarialProfile.DANE_EE_EXPIRED_WRONG_NAME, DaneAuthentication.Outcome.AUTHENTICATED,
                AdversarialProfile.DANE_BOGUS, DaneAuthentication.Outcome.AUTHENTICATED,
                AdversarialProfile.DANE_WRONG_TLSA, DaneAuthentication.Outcome.NOT_AUTHENTICATED,
                AdversarialProfile.DANE_INSECURE, DaneAuthentication.Outcome.NOT_AUTHENTICATED,
                AdversarialProfile.DANE_TA_WRONG_NAME, DaneAuthentication.Outcome.NOT_AUTHENTICATED,
                AdversarialProfile.DANE_TA_NOT_SENT, DaneAuthentication.Outcome.NOT_AUTHENTICATED,
                AdversarialProfile.DANE_PKIX_ONLY, DaneAuthentication.Outcome.NO_USABLE_RECORDS);
        assertThat(expected.keySet()).containsExactlyInAnyOrder(Arrays.stream(AdversarialProfile.values())
                .filter(AdversarialProfile::dane).toArray(AdversarialProfile[]::new));
        expected.forEach((profile, outcome) -> assertThat(authenticate(profile).outcome())
                .as(profile.label() + ": " + authenticate(profile).comparison()).isEqualTo(outcome));
    }

    @Test
    void theZoneNamesTheMxItsAddressAndTheTlsaOwnerForThePort() {
        DaneTestZone zone = receiver.daneZone(AdversarialProfile.DANE_MATCHING, List.of(address), PORT).orElseThrow();
        assertThat(zone.zone()).isEqualTo("dane-case.test");
        assertThat(zone.signing()).isEqualTo(ZoneSigning.SIGNED);
        assertThat(zone.records()).contains("dane-case.test. IN MX 10 mx.dane-case.test.")
                .contains("mx.dane-case.test. IN A 127.0.0.1")
                .contains("_2525._tcp.mx.dane-case.test. IN TLSA 3 1 1 " + zone.tlsa().get(0).data());
        assertThat(receiver.daneZone(AdversarialProfile.DANE_BOGUS, List.of(address), PORT).orElseThrow().signing())
                .isEqualTo(ZoneSigning.BROKEN);
        assertThat(receiver.daneZone(AdversarialProfile.DANE_INSECURE, List.of(address), PORT).orElseThrow().signing())
                .isEqualTo(ZoneSigning.UNSIGNED);
    }

    @Test
    void theWriterLaysOutZonesAsTheTestBedReadsThem(@TempDir Path dir) throws Exception {
        DaneTestZone zone = receiver.daneZone(AdversarialProfile.DANE_BOGUS, List.of(address), 25).orElseThrow();
        new DaneZoneWriter("ns1.operator.example").write(dir, List.of(zone));
        assertThat(Files.readString(dir.resolve("zones.list"))).contains("dane-case.test broken\n");
        assertThat(Files.readString(dir.resolve("dane-case.test.zone"))).isEqualTo(zone.records())
                .doesNotContain("SOA");
        assertThat(Files.readString(dir.resolve("dane-case.test.zonefile"))).startsWith("$ORIGIN dane-case.test.\n")
                .contains("@ IN SOA ns1.operator.example. hostmaster.dane-case.test.")
                .contains("_25._tcp.mx.dane-case.test. IN TLSA 3 1 1");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("key") || n.endsWith(".private"));
        }
    }
}
