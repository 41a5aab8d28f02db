package org.mtainterop.probe;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.mtainterop.probe.TlsEnumerationFacts.VersionFinding;
import org.mtainterop.tls.raw.ProtocolVersion;
import org.mtainterop.tls.raw.ServerHello;
import org.mtainterop.tls.raw.ServerResponse;

/** Enumeration phase 1: each protocol version, SSLv2 to TLS 1.3, pinned in a hello of its own. */
final class VersionPhase {
    /** RFC 8446 §6.2 protocol_version: the server refuses the version itself, whatever the suites. */
    static final int ALERT_PROTOCOL_VERSION = 70;

    /** What the pinned hellos showed: every version's answer, and the versions the server really negotiated. */
    record Found(List<VersionFinding> versions, List<ProtocolVersion> accepted,
                 Map<ProtocolVersion, RawHelloExchange.Result> answers) {
        /** False when no hello got any TLS answer: nothing else can be enumerated. */
        boolean anyAnswer() {
            return answers.values().stream().anyMatch(r -> r.response().isPresent());
        }

        /** The newest accepted version (SSLv2 aside): where groups and SNI are probed. */
        Optional<ProtocolVersion> best() {
            return accepted.stream().filter(v -> v != ProtocolVersion.SSL_2_0).reduce((a, b) -> b);
        }

        /** The newest accepted version before TLS 1.3: where DHE and the TLS 1.2 extensions are probed. */
        Optional<ProtocolVersion> legacyBest() {
            return accepted.stream().filter(v -> v != ProtocolVersion.TLS_1_3 && v != ProtocolVersion.SSL_2_0)
                    .reduce((a, b) -> b);
        }

        /**
         * The curve of the leaf's EC key in the answer to {@link #legacyBest()} (its hello offered every suite; empty
         * when the server chose an RSA suite, or its leaf has no named curve).
         */
        Optional<Integer> legacyLeafKeyCurve() {
            return legacyBest().flatMap(v -> answers.get(v).response()).flatMap(ServerResponse::leafKeyCurve);
        }

        /** The ServerHello of {@link #legacyBest()}: the extensions it echoed. */
        Optional<ServerHello> legacyHello() {
            return legacyBest().flatMap(v -> answers.get(v).response()).flatMap(ServerResponse::serverHello);
        }
    }

    private VersionPhase() {
    }

    static Found run(EnumerationHellos hellos) {
        Map<ProtocolVersion, CompletableFuture<RawHelloExchange.Result>> pinned = new EnumMap<>(ProtocolVersion.class);
        for (ProtocolVersion v : ProtocolVersion.values()) {
            pinned.put(v, hellos.async(() -> versionProbe(hellos, v)));
        }
        Map<ProtocolVersion, RawHelloExchange.Result> answers = new EnumMap<>(ProtocolVersion.class);
        pinned.forEach((v, f) -> answers.put(v, f.join()));
        List<VersionFinding> versions = new ArrayList<>();
        List<ProtocolVersion> accepted = new ArrayList<>();
        answers.forEach((v, r) -> {
            boolean ok = r.accepted() && negotiated(r, v);
            versions.add(new VersionFinding(v, ok, r.brief()));
            if (ok) {
                accepted.add(v);
            }
        });
        return new Found(versions, accepted, answers);
    }

    private static boolean negotiated(RawHelloExchange.Result r, ProtocolVersion v) {
        if (v == ProtocolVersion.SSL_2_0) {
            return r.response().get().end() == ServerResponse.End.SSL2_SERVER_HELLO;
        }
        return r.response().flatMap(x -> x.serverHello()).map(h -> h.negotiatedVersionCode() == v.code()).orElse(false);
    }

    /**
     * One hello offering every suite of the version; if the server answers with an alert other than
     * protocol_version, the offer itself may be what it disliked (GnuTLS picks an anonymous suite it has
     * no credentials for and aborts), so the version is tried again in chunks before it is called refused.
     */
    private static RawHelloExchange.Result versionProbe(EnumerationHellos hellos, ProtocolVersion v) {
        List<Integer> all = EnumerationHellos.suitesFor(v);
        RawHelloExchange.Result full = hellos.hello(hellos.typical(v, all), "version " + v.label());
        boolean versionRefused = full.response().flatMap(ServerResponse::alert)
                .map(a -> a.description() == ALERT_PROTOCOL_VERSION).orElse(false);
        int chunk = SuitePhase.CHUNK;
        if (full.accepted() || versionRefused || full.response().isEmpty() || v == ProtocolVersion.SSL_2_0
                || all.size() <= chunk) {
            return full;
        }
        for (int i = 0; i < all.size(); i += chunk) {
            RawHelloExchange.Result part = hellos.hello(hellos.typical(v, all.subList(i, Math.min(all.size(), i + chunk))),
                    "version " + v.label() + " (suites " + (i + 1) + "-" + Math.min(all.size(), i + chunk) + ")");
            if (part.accepted()) {
                return part;
            }
        }
        return full;
    }
}
