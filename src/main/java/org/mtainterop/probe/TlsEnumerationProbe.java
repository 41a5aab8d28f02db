package org.mtainterop.probe;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.net.TargetHealth;
import org.mtainterop.policy.Reason;
import org.mtainterop.tls.raw.ProtocolVersion;

/**
 * Deep TLS enumeration with raw hellos (issue #5), over the service's own way into TLS ({@link TlsPreamble}:
 * STARTTLS, STLS or implicit TLS; issue #9): versions SSLv2…TLS 1.3, accepted suites per
 * version by elimination (in chunks, in parallel), the server's order (reversed offer), groups (one per
 * hello), DHE prime size, renegotiation_info, extended_master_secret, encrypt_then_mac, compression,
 * heartbeat, truncated_hmac, and hellos without SNI / with an unknown SNI. Every connection passes the
 * target's {@link ConnectionGate}, so it shares the per-host bound with all other probes; within it, hellos
 * run in parallel.
 */
public final class TlsEnumerationProbe {

    private final RawHelloExchange exchange;
    private final ConnectionGate gate;
    private final int parallelism;
    private final boolean spareConnections;
    private final TargetHealth health;
    private final EnumerationScope scope;

    TlsEnumerationProbe(ProbeSettings settings, ConnectionGate gate) {
        this(settings, gate, MailService.SMTP, EnumerationScope.EVERYTHING);
    }

    TlsEnumerationProbe(ProbeSettings settings, ConnectionGate gate, MailService service, EnumerationScope scope) {
        this.exchange = new RawHelloExchange(settings, service);
        this.gate = gate;
        this.parallelism = settings.maxConnectionsPerHost();
        this.spareConnections = settings.spareConnections();
        this.health = settings.limits().health();
        this.scope = scope;
    }

    /** A probe whose every connection is admitted by {@code gate} (the target's per-host bound and pacing). */
    public static TlsEnumerationProbe gated(ProbeSettings settings, ConnectionGate gate, MailService service) {
        return gated(settings, gate, service, EnumerationScope.EVERYTHING);
    }

    /** As {@link #gated(ProbeSettings, ConnectionGate, MailService)}, measuring only {@code scope}. */
    public static TlsEnumerationProbe gated(ProbeSettings settings, ConnectionGate gate, MailService service,
                                            EnumerationScope scope) {
        return new TlsEnumerationProbe(settings, gate, service, scope);
    }

    public static TlsEnumerationProbe unbounded(ProbeSettings settings) {
        return new TlsEnumerationProbe(settings, ConnectionGate.UNBOUNDED);
    }

    /** As {@link #unbounded(ProbeSettings)}, for a target offering {@code service} (IMAP, POP3S...). */
    public static TlsEnumerationProbe unbounded(ProbeSettings settings, MailService service) {
        return new TlsEnumerationProbe(settings, ConnectionGate.UNBOUNDED, service, EnumerationScope.EVERYTHING);
    }

    public TlsEnumerationFacts run(Endpoint endpoint) {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "tls-enumeration " + endpoint);
            t.setDaemon(true);
            return t;
        });
        try {
            return enumerate(new EnumerationHellos(exchange, gate, endpoint, pool, health));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The four phases over one set of hellos: versions first (nothing else is tried when no version gets a TLS
     * answer), then suites, groups and extensions concurrently, each building its own small record; within
     * {@link EnumerationScope#VERSIONS_AND_SUITES}, versions and the suites' elimination only.
     */
    private TlsEnumerationFacts enumerate(EnumerationHellos hellos) {
        VersionPhase.Found versions = VersionPhase.run(hellos);
        if (!versions.anyAnswer()) {
            RawHelloExchange.Result any = versions.answers().get(ProtocolVersion.TLS_1_2);
            return TlsEnumerationFacts.notTested(hellos.cutShort().orElse(any.problem().orElse(Reason.of("RawHello.noAnswer"))), hellos.log(), hellos.log().size(),
                    hellos.elapsed(), scope);
        }
        SuitePhase suitePhase = SuitePhase.start(hellos, versions, scope, spareConnections);
        if (scope == EnumerationScope.VERSIONS_AND_SUITES) {
            var accepted = suitePhase.acceptedOnly();
            return givenUp(hellos).orElseGet(() -> TlsEnumerationFacts.versionsAndSuites(versions.versions(),
                    accepted, hellos.problems(), hellos.log(), hellos.log().size(), hellos.elapsed()));
        }
        GroupPhase groupPhase = GroupPhase.start(hellos, versions, spareConnections);
        ExtensionPhase extensionPhase = ExtensionPhase.start(hellos, versions);
        SuitePhase.Found suites = suitePhase.found();
        GroupPhase.Found groups = groupPhase.found();
        ExtensionPhase.Found extensions = extensionPhase.found();
        return givenUp(hellos).orElseGet(() -> new TlsEnumerationFacts(Optional.empty(), versions.versions(),
                suites.acceptedSuites(), suites.order(), groups.groups(), groups.dhePrimeBits(), extensions.secureRenegotiation(),
                extensions.extendedMasterSecret(), suites.cbcWithoutEtm(), extensions.compression(),
                extensions.heartbeat(), extensions.truncatedHmac(), extensions.withoutSni(), extensions.unknownSni(),
                hellos.problems(), hellos.log(), hellos.log().size(), hellos.elapsed(), scope));
    }

    /** Not tested, when the target was given up part-way: what was found is not all there is. */
    private Optional<TlsEnumerationFacts> givenUp(EnumerationHellos hellos) {
        return hellos.cutShort().map(why -> TlsEnumerationFacts.notTested(why, hellos.log(), hellos.log().size(),
                hellos.elapsed(), scope));
    }
}
