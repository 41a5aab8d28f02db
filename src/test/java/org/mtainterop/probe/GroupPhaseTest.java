package org.mtainterop.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.observation.Observations.TLS_ENUMERATION;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtainterop.net.MailService;
import org.mtainterop.net.TargetHealth;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.checks.AllowedGroupsCheck;
import org.mtainterop.policy.fixture.InboundFacts;
import org.mtainterop.probe.TlsEnumerationFacts.GroupFinding;
import org.mtainterop.tls.raw.CipherSuites;
import org.mtainterop.tls.raw.ClientHello;
import org.mtainterop.tls.raw.ClientHelloEncoder;
import org.mtainterop.tls.raw.ClientHelloOffer;
import org.mtainterop.tls.raw.ClientHelloParser;
import org.mtainterop.tls.raw.LeafKeyCurveTest;
import org.mtainterop.tls.raw.NamedGroup;
import org.mtainterop.tls.raw.NamedGroups;
import org.mtainterop.tls.raw.ProtocolVersion;
import org.mtainterop.tls.raw.TlsResponseReader;

/**
 * The group phase against a server that answers the bytes of each hello with the bytes of its first flight, as
 * OpenSSL does with one ECDSA key and no RSA key: in TLS 1.2 it refuses every ECDHE-ECDSA suite unless the hello's
 * supported_groups hold the key's curve (RFC 8422 §5.1), and takes the client's first group it has.
 */
class GroupPhaseTest {
    private static final int SECP192R1 = 19;
    private static final int ALERT_HANDSHAKE_FAILURE = 40;
    private static final int ALERT_PROTOCOL_VERSION = 70;
    private static final byte[] P256_LEAF = p256Leaf();

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /**
     * An ECDSA-P-256-only server that takes P-192 in TLS 1.2 and follows the client's order: without P-256 in the
     * hello it refused every suite, and P-192 went unseen (the gap); P-256 offered last, it picks P-192.
     */
    @Test
    void aWeakGroupTakenBesideTheCertificatesCurveInTls12IsFoundAndFails() {
        EcdsaServer server = new EcdsaServer(P256_LEAF, List.of(NamedGroups.X25519, NamedGroups.SECP256R1,
                NamedGroups.SECP384R1), List.of(NamedGroups.X25519, NamedGroups.SECP256R1, NamedGroups.SECP384R1,
                SECP192R1), false);
        EnumerationHellos hellos = hellos(server);
        List<GroupFinding> found = GroupPhase.start(hellos, VersionPhase.run(hellos), false).found().groups();

        assertThat(found).extracting(GroupFinding::version).containsExactly(ProtocolVersion.TLS_1_3, ProtocolVersion.TLS_1_2);
        assertThat(found.get(0).accepted()).extracting(NamedGroup::name).containsExactlyInAnyOrder("x25519", "secp256r1", "secp384r1");
        assertThat(found.get(1).accepted()).extracting(NamedGroup::name).containsExactly("secp192r1");

        List<ClientHelloOffer> tls12Groups = server.groupHellos();
        assertThat(tls12Groups).hasSize(3);
        ClientHelloOffer first = tls12Groups.get(0);
        assertThat(first.groups()).contains(SECP192R1).doesNotContain(NamedGroups.X25519, NamedGroups.SECP384R1)
                .endsWith(NamedGroups.SECP256R1);
        assertThat(first.groups().indexOf(SECP192R1)).isLessThan(first.groups().indexOf(NamedGroups.SECP256R1));
        assertThat(first.groups()).filteredOn(g -> g == NamedGroups.SECP256R1).hasSize(1);
        assertThat(tls12Groups.get(1).groups()).doesNotContain(SECP192R1).endsWith(NamedGroups.SECP256R1);
        assertThat(hellos.log()).filteredOn(l -> l.startsWith("groups TLSv1.2")).first()
                .satisfies(l -> assertThat(l).contains("secp256r1 last for the certificate", "TLS_ECDHE_ECDSA"));

        assertFailed(judge(found), "P-192 (secp192r1), 192 bits, accepted in TLSv1.2");
    }

    /**
     * A server taking nothing in TLS 1.2 beyond TLS 1.3's groups: it picks the certificate's curve, offered last;
     * one hello more without it (refused: no suite without that curve) ends the elimination.
     */
    @Test
    void aServerTakingNothingBeyondTls13sGroupsPasses() {
        EcdsaServer server = new EcdsaServer(P256_LEAF, List.of(NamedGroups.X25519, NamedGroups.SECP256R1),
                List.of(NamedGroups.X25519, NamedGroups.SECP256R1), false);
        EnumerationHellos hellos = hellos(server);
        List<GroupFinding> found = GroupPhase.start(hellos, VersionPhase.run(hellos), false).found().groups();

        assertThat(found.get(1).accepted()).isEmpty();
        assertThat(server.groupHellos()).hasSize(2);
        assertThat(server.groupHellos().get(1).groups()).doesNotContain(NamedGroups.SECP256R1);
        assertPassed(judge(found), "in TLSv1.2: none beyond those, all allowed");
    }

    /**
     * With connections to spare (few targets), TLS 1.3's groups come from parallel chains: the same groups, listed in
     * the candidates' order, and TLS 1.2 asked afterwards without them, as one pick after another does.
     */
    @Test
    void tls13GroupsFromParallelChainsAreTheSameAndTls12IsAskedWithoutThem() {
        List<Integer> tls13 = List.of(NamedGroups.X448, NamedGroups.SECP384R1, NamedGroups.X25519, NamedGroups.SECP256R1);
        List<Integer> tls12 = List.of(NamedGroups.X25519, NamedGroups.SECP256R1, NamedGroups.SECP384R1, SECP192R1);
        EnumerationHellos oneByOne = hellos(new EcdsaServer(P256_LEAF, tls13, tls12, false));
        List<GroupFinding> chained = GroupPhase.start(oneByOne, VersionPhase.run(oneByOne), false).found().groups();
        EnumerationHellos split = hellos(new EcdsaServer(P256_LEAF, tls13, tls12, false));
        List<GroupFinding> found = GroupPhase.start(split, VersionPhase.run(split), true).found().groups();

        assertThat(found.get(0).accepted()).containsExactlyInAnyOrderElementsOf(chained.get(0).accepted())
                .extracting(NamedGroup::code).isSorted();
        assertThat(found.get(1).accepted()).isEqualTo(chained.get(1).accepted())
                .extracting(NamedGroup::name).containsExactly("secp192r1");
    }

    /** A P-384 leaf: P-384 is the curve kept last, not P-256 (which, with this key, the server does not need). */
    @Test
    void theLeafsOwnCurveIsOfferedLast() {
        EcdsaServer server = new EcdsaServer(LeafKeyCurveTest.p384Certificate(), List.of(NamedGroups.X25519,
                NamedGroups.SECP384R1), List.of(NamedGroups.X25519, NamedGroups.SECP384R1, SECP192R1), false);
        EnumerationHellos hellos = hellos(server);
        List<GroupFinding> found = GroupPhase.start(hellos, VersionPhase.run(hellos), false).found().groups();

        assertThat(server.groupHellos().get(0).groups()).endsWith(NamedGroups.SECP384R1);
        assertThat(found.get(1).accepted()).extracting(NamedGroup::name).containsExactly("secp192r1");
    }

    /**
     * Postfix's weak-groups profile with its ECDSA key alone, as measured (tls_preempt_cipherlist: its own order, P-256
     * before P-192; one ECDSA P-256 key): it takes P-192 only from a hello without P-256, where it has no suite to
     * offer. No client can negotiate P-192 with it, and the enumeration records nothing.
     */
    @Test
    void aServerPreferringTheCertificatesCurveWithOnlyThatKeyNeverNegotiatesTheWeakGroup() {
        EcdsaServer server = new EcdsaServer(P256_LEAF, List.of(NamedGroups.X25519, NamedGroups.SECP256R1),
                List.of(NamedGroups.SECP256R1, SECP192R1), true);
        EnumerationHellos hellos = hellos(server);
        List<GroupFinding> found = GroupPhase.start(hellos, VersionPhase.run(hellos), false).found().groups();

        assertThat(found.get(1).accepted()).isEmpty();
        assertThat(server.groupHellos()).hasSize(2);
        assertPassed(judge(found), "in TLSv1.2: none beyond those");
    }

    /**
     * The same server with a second, RSA chain (the weak-groups reference profile as it is served): ECDHE-RSA takes
     * P-192 from a hello without P-256, and it fails.
     */
    @Test
    void aServerPreferringTheCertificatesCurveWithAnRsaChainTooIsAskedWithoutTheCurve() throws Exception {
        byte[] rsaLeaf = TestPki.generate().issueRsa("mx.example.test").leaf().getEncoded();
        EcdsaServer server = new EcdsaServer(P256_LEAF, List.of(NamedGroups.X25519, NamedGroups.SECP256R1),
                List.of(NamedGroups.SECP256R1, SECP192R1), true).withRsaChain(rsaLeaf);
        EnumerationHellos hellos = hellos(server);
        List<GroupFinding> found = GroupPhase.start(hellos, VersionPhase.run(hellos), false).found().groups();

        assertThat(found.get(1).accepted()).extracting(NamedGroup::name).containsExactly("secp192r1");
        assertThat(hellos.log()).filteredOn(l -> l.startsWith("groups TLSv1.2")).hasSize(3)
                .element(1).satisfies(l -> assertThat(l).doesNotContain("last for the certificate")
                        .contains("TLS_ECDHE_RSA"));
        assertFailed(judge(found), "P-192 (secp192r1), 192 bits, accepted in TLSv1.2");
    }

    private EnumerationHellos hellos(EcdsaServer server) {
        return new EnumerationHellos(server::answer, Optional.of("mx.example.test"), pool, TargetHealth.unwatched());
    }

    private static Verdict judge(List<GroupFinding> found) {
        return InboundFacts.on(MailService.SMTP).with(TLS_ENUMERATION, InboundFacts.enumeration()
                .groups(found.get(0).accepted().toArray(NamedGroup[]::new))
                .legacyGroups(found.get(1).accepted().toArray(NamedGroup[]::new))).judgedBy(new AllowedGroupsCheck());
    }

    private static byte[] p256Leaf() {
        try {
            return TestPki.generate().issue(CertificateProfile.VALID, "mx.example.test").leaf().getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * TLS 1.2 and 1.3, one ECDSA key ({@code leaf}): TLS 1.3 takes the client's first group in {@code tls13Groups};
     * TLS 1.2 answers an ECDHE-ECDSA suite only when the client lists the leaf's curve, with the client's first group
     * in {@code tls12Groups} (or its own first, {@code ownOrder}), else handshake_failure; older versions
     * protocol_version. Every hello is read from its bytes and kept.
     */
    private static final class EcdsaServer {
        private final byte[] leaf;
        private final int leafCurve;
        private final List<Integer> tls13Groups;
        private final List<Integer> tls12Groups;
        private final boolean ownOrder;
        private Optional<byte[]> rsaLeaf = Optional.empty();
        private final List<ClientHelloOffer> seen = Collections.synchronizedList(new ArrayList<>());

        EcdsaServer(byte[] leaf, List<Integer> tls13Groups, List<Integer> tls12Groups, boolean ownOrder) {
            this.leaf = leaf;
            this.leafCurve = org.mtainterop.tls.raw.LeafKeyCurve.of(leaf).orElseThrow();
            this.tls13Groups = tls13Groups;
            this.tls12Groups = tls12Groups;
            this.ownOrder = ownOrder;
        }

        /** A second chain, with an RSA key: ECDHE-RSA suites, whatever the groups. */
        EcdsaServer withRsaChain(byte[] leaf) {
            rsaLeaf = Optional.of(leaf);
            return this;
        }

        /** The TLS 1.2 hellos offering ECDHE suites only: the group phase's. */
        List<ClientHelloOffer> groupHellos() {
            synchronized (seen) {
                return seen.stream().filter(h -> h.highestVersion() == ProtocolVersion.TLS_1_2.code())
                        .filter(h -> h.cipherSuites().stream().allMatch(s -> CipherSuites.describe(s).keyExchange()
                                .equals("ECDHE"))).toList();
            }
        }

        RawHelloExchange.Result answer(ClientHello hello) {
            try {
                ClientHelloOffer offer = ClientHelloParser.read(new ByteArrayInputStream(ClientHelloEncoder.encode(hello)))
                        .hello();
                seen.add(offer);
                String flight = offer.offers(ProtocolVersion.TLS_1_3) ? tls13(offer)
                        : offer.highestVersion() == ProtocolVersion.TLS_1_2.code() ? tls12(offer)
                        : alert(ALERT_PROTOCOL_VERSION);
                return new RawHelloExchange.Result(hello, Optional.of(new TlsResponseReader().read(
                        new ByteArrayInputStream(HexFormat.of().parseHex(flight)))), Optional.empty(), false, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String tls13(ClientHelloOffer offer) {
            Optional<Integer> group = offer.groups().stream().filter(tls13Groups::contains).findFirst();
            if (group.isEmpty()) {
                return alert(ALERT_HANDSHAKE_FAILURE);
            }
            String extensions = "002b00020304" + "0033" + "0024" + String.format("%04x", group.get()) + "0020"
                    + "33".repeat(32);
            return record(22, handshake(2, "0303" + "11".repeat(32) + "00" + "1302" + "00"
                    + String.format("%04x", extensions.length() / 2) + extensions)) + record(20, "01");
        }

        private String tls12(ClientHelloOffer offer) {
            Optional<Integer> ecdsa = offer.cipherSuites().stream()
                    .filter(s -> CipherSuites.describe(s).authentication().equals("ECDSA")).findFirst()
                    .filter(s -> offer.groups().contains(leafCurve));
            Optional<Integer> rsa = rsaLeaf.flatMap(k -> offer.cipherSuites().stream()
                    .filter(s -> CipherSuites.describe(s).authentication().equals("RSA")
                            && CipherSuites.describe(s).keyExchange().equals("ECDHE")).findFirst());
            List<Integer> order = ownOrder ? tls12Groups : offer.groups();
            Optional<Integer> group = order.stream()
                    .filter(g -> tls12Groups.contains(g) && offer.groups().contains(g)).findFirst();
            if (group.isEmpty() || ecdsa.isEmpty() && rsa.isEmpty()) {
                return alert(ALERT_HANDSHAKE_FAILURE);
            }
            int suite = ecdsa.orElseGet(rsa::get);
            byte[] chain = ecdsa.isPresent() ? leaf : rsaLeaf.get();
            String certificate = String.format("%06x", chain.length + 3) + String.format("%06x", chain.length)
                    + HexFormat.of().formatHex(chain);
            return record(22, handshake(2, "0303" + "11".repeat(32) + "00" + String.format("%04x", suite) + "00"
                    + "0005" + "ff01000100")
                    + handshake(11, certificate)
                    + handshake(12, "03" + String.format("%04x", group.get()) + "41" + "04" + "aa".repeat(64)
                    + "0403" + "0002" + "beef")
                    + handshake(14, ""));
        }

        private static String alert(int description) {
            return record(21, String.format("02%02x", description));
        }

        private static String handshake(int type, String body) {
            return String.format("%02x%06x", type, body.length() / 2) + body;
        }

        private static String record(int type, String fragment) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < fragment.length(); i += 2 * 16384) {
                String part = fragment.substring(i, Math.min(fragment.length(), i + 2 * 16384));
                out.append(String.format("%02x0303%04x", type, part.length() / 2)).append(part);
            }
            return out.toString();
        }
    }
}
