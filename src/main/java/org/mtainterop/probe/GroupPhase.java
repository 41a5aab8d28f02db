package org.mtainterop.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.mtainterop.probe.TlsEnumerationFacts.GroupFinding;
import org.mtainterop.tls.raw.CipherSuite;
import org.mtainterop.tls.raw.CipherSuites;
import org.mtainterop.tls.raw.ClientHello;
import org.mtainterop.tls.raw.NamedGroup;
import org.mtainterop.tls.raw.NamedGroups;
import org.mtainterop.tls.raw.ProtocolVersion;
import org.mtainterop.tls.raw.ServerHello;
import org.mtainterop.tls.raw.ServerKeyExchange;

/**
 * Enumeration phase 3: the key exchange groups the server accepts in its newest version and, when that is TLS 1.3
 * and it speaks TLS ≤ 1.2 too, the ECDHE groups of its newest legacy version (OpenSSL takes P-192 or sect* curves in
 * TLS 1.2 only: a TLS 1.3 view alone would miss them); and the size of the finite-field DHE prime it sends in
 * TLS ≤ 1.2 when the client offers no FFDHE group. TLS ≤ 1.2 hellos keep the certificate's curve offered, last.
 */
final class GroupPhase {
    record Found(List<GroupFinding> groups, OptionalInt dhePrimeBits) {
    }

    private final CompletableFuture<List<GroupFinding>> groups;
    private final CompletableFuture<OptionalInt> dhe;

    private GroupPhase(CompletableFuture<List<GroupFinding>> groups, CompletableFuture<OptionalInt> dhe) {
        this.groups = groups;
        this.dhe = dhe;
    }

    /**
     * Starts the phase; {@code spareConnections}: the run has connections to spare (few targets), so TLS 1.3's groups
     * are eliminated in parallel chains ({@link SplitElimination}, listed in the candidates' order) rather than one
     * pick after another (listed in the order picked).
     */
    static GroupPhase start(EnumerationHellos hellos, VersionPhase.Found versions, boolean spareConnections) {
        Optional<ProtocolVersion> legacy = versions.best().filter(v -> v == ProtocolVersion.TLS_1_3)
                .flatMap(v -> versions.legacyBest());
        NamedGroup certificateCurve = NamedGroups.describe(versions.legacyLeafKeyCurve().orElse(NamedGroups.SECP256R1));
        CompletableFuture<List<GroupFinding>> groups = versions.best().map(best ->
                newest(hellos, best, certificateCurve, spareConnections).thenCompose(newest -> legacy
                        .map(v -> hellos.async(() -> List.of(newest, groups(hellos, v, newest.accepted(), certificateCurve))))
                        .orElse(CompletableFuture.completedFuture(List.of(newest)))))
                .orElse(CompletableFuture.completedFuture(List.of()));
        return new GroupPhase(groups, versions.legacyBest().map(v -> dhePrime(hellos, v))
                .orElse(CompletableFuture.completedFuture(OptionalInt.empty())));
    }

    /** The groups of the server's newest version: TLS 1.3's in parallel chains when connections are to spare. */
    private static CompletableFuture<GroupFinding> newest(EnumerationHellos hellos, ProtocolVersion v,
                                                          NamedGroup certificateCurve, boolean spareConnections) {
        if (v != ProtocolVersion.TLS_1_3 || !spareConnections) {
            return hellos.async(() -> groups(hellos, v, List.of(), certificateCurve));
        }
        List<Integer> suites = EnumerationHellos.suitesFor(v);
        return SplitElimination.accepted(hellos, candidates(true), Set.of(), offer -> tls13Pick(hellos, suites, offer)
                .flatMap(code -> offer.stream().filter(g -> g.code() == code).findFirst()))
                .thenApply(accepted -> new GroupFinding(v, accepted, List.of()));
    }

    /** The groups offered in TLS 1.3 (every IANA group usable there) or before (the EC and X curves), no explicit curve. */
    private static List<NamedGroup> candidates(boolean tls13) {
        return NamedGroups.all().stream().filter(g -> g.kind() != NamedGroup.Kind.EXPLICIT)
                .filter(g -> tls13 ? g.tls13() : g.kind() == NamedGroup.Kind.EC || g.kind() == NamedGroup.Kind.X).toList();
    }

    /** One TLS 1.3 hello offering {@code offer}: the group of the ServerHello's or HelloRetryRequest's key share. */
    private static Optional<Integer> tls13Pick(EnumerationHellos hellos, List<Integer> suites, List<NamedGroup> offer) {
        return hellos.hello(offering(hellos, ProtocolVersion.TLS_1_3, suites, offer),
                        "groups " + ProtocolVersion.TLS_1_3.label() + " (" + offer.size() + " offered)")
                .response().flatMap(resp -> resp.serverHello().flatMap(ServerHello::keyShareGroup));
    }

    /** A hello offering {@code offer} in supported_groups, a key share for the first that can have one. */
    private static ClientHello offering(EnumerationHellos hellos, ProtocolVersion v, List<Integer> suites,
                                        List<NamedGroup> offer) {
        List<Integer> offered = offer.stream().map(NamedGroup::code).toList();
        List<Integer> shares = offer.stream().filter(NamedGroup::keyShare).limit(1).map(NamedGroup::code).toList();
        return hellos.typical(v, suites).withGroups(offered, shares);
    }

    Found found() {
        return new Found(groups.join(), dhe.join());
    }

    /**
     * Groups by elimination, like suites: offer every candidate, note the one the server picks (its
     * ServerHello or HelloRetryRequest key share in TLS 1.3, its ServerKeyExchange curve before), drop
     * it, repeat until the server picks none. A handful of hellos instead of one per IANA group.
     *
     * <p>{@code seenNewer}: the groups a newer version accepted. They are not offered again here: TLS-KX-01 needs each
     * group the server takes and one version it takes it in, not every version, so a server with the same groups in
     * TLS 1.3 and 1.2 costs one hello more (refused: nothing left it takes), not one per group.
     *
     * <p>{@code certificateCurve}: in TLS ≤ 1.2 the client's supported_groups bound the curve of an ECDSA certificate
     * too (RFC 8422 §5.1): a server with a P-256 ECDSA key refuses every ECDHE-ECDSA suite to a hello without P-256,
     * and would hide a weak group it takes beside P-256. So each TLS ≤ 1.2 hello offers the groups under test first
     * and the leaf's curve (P-256 when the leaf showed none) last, whether or not it is still under test: a server
     * that follows the client's order picks a group under test if it takes one. One that follows its own order
     * (OpenSSL with server preference, Postfix's {@code tls_preempt_cipherlist}) picks the curve if it ranks it above
     * them; it would do so with every ECDSA client, but a second, RSA chain takes ECDHE-RSA with any group, so the
     * elimination goes on without the curve; with an ECDSA key only that hello is refused, and it ends. The chosen
     * group is the one the ServerKeyExchange names.
     */
    private static GroupFinding groups(EnumerationHellos hellos, ProtocolVersion v, List<NamedGroup> seenNewer,
                                       NamedGroup certificateCurve) {
        boolean tls13 = v == ProtocolVersion.TLS_1_3;
        List<Integer> suites = tls13 ? EnumerationHellos.suitesFor(v) : CipherSuites.usableIn(v).stream()
                .filter(s -> s.keyExchange().equals("ECDHE")).map(CipherSuite::code).toList();
        List<NamedGroup> candidates = candidates(tls13);
        List<NamedGroup> notOffered = candidates.stream().filter(seenNewer::contains).toList();
        List<NamedGroup> remaining = new ArrayList<>(candidates);
        remaining.removeAll(notOffered);
        List<NamedGroup> accepted = new ArrayList<>();
        boolean keepCurve = !tls13;
        while (!remaining.isEmpty() && !suites.isEmpty()) {
            List<NamedGroup> offer = new ArrayList<>(remaining);
            boolean curveLast = keepCurve && !remaining.contains(certificateCurve);
            if (curveLast) {
                offer.add(certificateCurve);
            }
            Optional<Integer> picked = tls13 ? tls13Pick(hellos, suites, offer) : hellos.hello(offering(hellos, v, suites, offer),
                    "groups " + v.label() + " (" + offer.size() + " offered"
                            + (curveLast ? ", " + certificateCurve.name() + " last for the certificate" : "") + ")")
                    .response().flatMap(resp -> resp.keyExchange().filter(k -> k.kind() != ServerKeyExchange.Kind.FINITE_FIELD_DH)
                            .map(k -> k.namedCurve()));
            Optional<NamedGroup> group = picked.flatMap(code -> remaining.stream()
                    .filter(g -> g.code() == code).findFirst());
            if (group.isEmpty()) {
                if (curveLast && picked.equals(Optional.of(certificateCurve.code()))) {
                    keepCurve = false;
                    continue;
                }
                break;
            }
            accepted.add(group.get());
            remaining.remove(group.get());
        }
        return new GroupFinding(v, accepted, notOffered);
    }

    /** DHE and ADH suites only, no FFDHE group offered: the server sends its own prime (RFC 7919 §4 fallback). */
    private static CompletableFuture<OptionalInt> dhePrime(EnumerationHellos hellos, ProtocolVersion v) {
        // anonymous DH (ADH) is finite-field DH too: Postfix offers it by default with a 1024-bit prime
        List<Integer> dhe = CipherSuites.usableIn(v).stream().filter(s -> (s.keyExchange().equals("DHE")
                || s.keyExchange().equals("DH") && s.authentication().equals("anon"))
                && !s.authentication().equals("PSK")).map(CipherSuite::code).toList();
        return hellos.async(() -> {
            ClientHello h = hellos.typical(v, dhe).withGroups(List.of(NamedGroups.X25519, NamedGroups.SECP256R1,
                    NamedGroups.SECP384R1), List.of());
            return hellos.hello(h, "DHE prime").response().flatMap(r -> r.keyExchange())
                    .filter(k -> k.kind() == ServerKeyExchange.Kind.FINITE_FIELD_DH)
                    .map(k -> OptionalInt.of(k.dhPrimeBits())).orElse(OptionalInt.empty());
        });
    }
}
