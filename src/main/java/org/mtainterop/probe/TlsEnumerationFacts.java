package org.mtainterop.probe;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtainterop.policy.Reason;
import java.util.OptionalInt;
import java.util.Set;
import org.mtainterop.tls.raw.CipherSuite;
import org.mtainterop.tls.raw.NamedGroup;
import org.mtainterop.tls.raw.ProtocolVersion;

/**
 * Everything the raw-hello enumeration learned about one target's TLS (TLS-VER, TLS-CS, TLS-KX, TLS-EXT):
 * versions, accepted suites per version (IANA and OpenSSL names, easy to diff with testssl.sh), the
 * server's order, groups, DHE size and extensions. Immutable.
 *
 * @param notTested        why nothing could be enumerated (no STARTTLS, unreachable), when so
 * @param versions         every version probed and the server's answer, oldest first
 * @param acceptedSuites   per accepted version: the suites it accepts, in the server's order when it has one
 * @param order            per accepted version: whose preference wins
 * @param groupFindings    per version probed, newest first, the groups the server accepted there (one per hello):
 *                         its newest version and, when that is TLS 1.3, its newest legacy version too
 * @param dhePrimeBits     the smallest finite-field DHE prime the server sent in TLS ≤ 1.2, if it does DHE
 * @param cbcWithoutEtm    per version: CBC suites chosen although the client offered encrypt_then_mac and the
 *                         server did not agree to it (empty: no CBC accepted, or EtM honoured)
 * @param problems         hellos that got no TLS answer at all (timeout, reset, malformed): their facts are missing
 * @param log              one line per hello: what was offered, what came back
 * @param scope            what was enumerated: everything, or versions and suites only (the other facts are then
 *                         empty or {@code NOT_APPLICABLE}: nothing judged from this record may read them)
 */
public record TlsEnumerationFacts(Optional<Reason> notTested, List<VersionFinding> versions,
                                  Map<ProtocolVersion, List<CipherSuite>> acceptedSuites,
                                  Map<ProtocolVersion, SuiteOrder> order, List<GroupFinding> groupFindings,
                                  OptionalInt dhePrimeBits,
                                  Support secureRenegotiation, Support extendedMasterSecret,
                                  Map<ProtocolVersion, List<CipherSuite>> cbcWithoutEtm, Support compression,
                                  Support heartbeat, Support truncatedHmac, Support withoutSni, Support unknownSni,
                                  List<String> problems, List<String> log, int hellos, Duration elapsed,
                                  EnumerationScope scope) {

    /** One protocol version, pinned in a hello: did the server agree, and what did it say. */
    public record VersionFinding(ProtocolVersion version, boolean accepted, String answer) {
    }

    /**
     * The groups accepted in one version, in the order the server picked them. {@code notOffered}: the groups a newer
     * version accepted already, left out of this version's hellos (elimination): whether this version takes them too
     * was not asked. (The certificate's curve among them is offered last in each TLS ≤ 1.2 hello, so that ECDHE-ECDSA
     * stays possible, RFC 8422 §5.1: its being picked there is not recorded.)
     */
    public record GroupFinding(ProtocolVersion version, List<NamedGroup> accepted, List<NamedGroup> notOffered) {
        public GroupFinding {
            accepted = List.copyOf(accepted);
            notOffered = List.copyOf(notOffered);
        }
    }

    /** Whose suite preference the server follows. */
    public enum SuiteOrder {
        SERVER, CLIENT, MIXED, SINGLE_SUITE;

        public String readable() {
            return switch (this) {
                case SERVER -> "server's order wins";
                case CLIENT -> "client's order wins";
                case MIXED -> "neither order consistently";
                case SINGLE_SUITE -> "one suite only";
            };
        }
    }

    /** A yes/no fact that may not apply (e.g. encrypt_then_mac when no CBC suite is accepted). */
    public enum Support { YES, NO, NOT_APPLICABLE }

    public TlsEnumerationFacts {
        versions = List.copyOf(versions);
        acceptedSuites = copy(acceptedSuites);
        order = Collections.unmodifiableMap(new LinkedHashMap<>(order));
        groupFindings = List.copyOf(groupFindings);
        cbcWithoutEtm = copy(cbcWithoutEtm);
        problems = List.copyOf(problems);
        log = List.copyOf(log);
    }

    /** As below, the reason a lower layer's text as it stands. */
    public static TlsEnumerationFacts notTested(String why, List<String> log, int hellos, Duration elapsed,
                                                EnumerationScope scope) {
        return notTested(Reason.fact(why), log, hellos, elapsed, scope);
    }

    /** Nothing could be enumerated, for {@code why} (in the report's language when a key). */
    public static TlsEnumerationFacts notTested(Reason why, List<String> log, int hellos, Duration elapsed,
                                                EnumerationScope scope) {
        return new TlsEnumerationFacts(Optional.of(why), List.of(), Map.of(), Map.of(), List.of(), OptionalInt.empty(), Support.NOT_APPLICABLE, Support.NOT_APPLICABLE, Map.of(), Support.NOT_APPLICABLE,
                Support.NOT_APPLICABLE, Support.NOT_APPLICABLE, Support.NOT_APPLICABLE, Support.NOT_APPLICABLE,
                List.of(), log, hellos, elapsed, scope);
    }

    /** Versions and the suites each accepts, nothing else measured ({@link EnumerationScope#VERSIONS_AND_SUITES}). */
    static TlsEnumerationFacts versionsAndSuites(List<VersionFinding> versions,
                                                 Map<ProtocolVersion, List<CipherSuite>> acceptedSuites,
                                                 List<String> problems, List<String> log, int hellos, Duration elapsed) {
        return new TlsEnumerationFacts(Optional.empty(), versions, acceptedSuites, Map.of(), List.of(), OptionalInt.empty(),
                Support.NOT_APPLICABLE, Support.NOT_APPLICABLE, Map.of(), Support.NOT_APPLICABLE, Support.NOT_APPLICABLE,
                Support.NOT_APPLICABLE, Support.NOT_APPLICABLE, Support.NOT_APPLICABLE, problems, log, hellos, elapsed,
                EnumerationScope.VERSIONS_AND_SUITES);
    }

    private static <K, V> Map<K, List<V>> copy(Map<K, List<V>> in) {
        Map<K, List<V>> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    public boolean accepts(ProtocolVersion version) {
        return versions.stream().anyMatch(v -> v.version() == version && v.accepted());
    }

    public Optional<VersionFinding> finding(ProtocolVersion version) {
        return versions.stream().filter(v -> v.version() == version).findFirst();
    }

    /** Every group accepted in any version probed, each once, newest version's first. */
    public List<NamedGroup> groups() {
        Set<NamedGroup> all = new LinkedHashSet<>();
        groupFindings.forEach(f -> all.addAll(f.accepted()));
        return List.copyOf(all);
    }

    /** Every suite accepted in any version, each once. */
    public Set<CipherSuite> allAcceptedSuites() {
        Set<CipherSuite> all = new LinkedHashSet<>();
        acceptedSuites.values().forEach(all::addAll);
        return all;
    }

    /** The Allure attachment: per version the accepted suites (IANA and OpenSSL names) and whose order wins. */
    public String readable() {
        return TlsEnumerationReport.render(this);
    }
}
