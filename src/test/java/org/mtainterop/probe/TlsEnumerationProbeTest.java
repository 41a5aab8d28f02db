package org.mtainterop.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.observation.Observations;
import org.mtainterop.observation.TargetFacts;
import org.mtainterop.pki.TestPki;
import org.mtainterop.probe.TlsEnumerationFacts.SuiteOrder;
import org.mtainterop.probe.TlsEnumerationFacts.Support;
import org.mtainterop.target.EmbeddedReferenceTargets;
import org.mtainterop.tls.SuiteRestrictedSslContext;
import org.mtainterop.tls.raw.CipherSuite;
import org.mtainterop.tls.raw.NamedGroup;
import org.mtainterop.tls.raw.ProtocolVersion;

/** Enumerates the embedded reference target (a JSSE server, EC P-256 key, TLS 1.3/1.2) and compares with JSSE itself. */
class TlsEnumerationProbeTest {
    /** The hellos a full enumeration of the embedded reference (JSSE: TLS 1.2 and 1.3, about 30 suites) may take. */
    private static final int HELLO_BUDGET = 60; // 48 measured (2026-12: 46, and two TLS 1.2 groups hellos)
    private static EmbeddedReferenceTargets targets;
    private static ExecutorService executor;
    private static TlsEnumerationFacts facts;
    private static Duration took;

    @BeforeAll
    static void enumerateReference() {
        targets = EmbeddedReferenceTargets.start(TestPki.generate());
        executor = Executors.newFixedThreadPool(4);
        TargetFacts store = new TargetFacts(targets.byName(EmbeddedReferenceTargets.REFERENCE).orElseThrow().endpoint(),
                settings(), executor);
        long start = System.nanoTime();
        facts = store.await(Observations.TLS_ENUMERATION);
        took = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("full enumeration of the reference target: " + took.toMillis() + " ms\n" + facts.readable());
    }

    private static ProbeSettings settings() {
        return new ProbeSettings(ProbeSettings.DEFAULT_EHLO_NAME, NetworkLimits.defaults(),
                TrustAnchors.none().withCertificate(targets.trustAnchor()), 4);
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
        targets.close();
    }

    @Test
    void versionsAreThoseJsseEnablesByDefault() {
        assertThat(facts.notTested()).isEmpty();
        assertThat(facts.versions()).filteredOn(TlsEnumerationFacts.VersionFinding::accepted)
                .extracting(TlsEnumerationFacts.VersionFinding::version)
                .containsExactly(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
    }

    @Test
    void acceptedTls12SuitesAreTheReferencesEnabledEcdsaSuites() throws Exception {
        assertThat(names(facts.acceptedSuites().get(ProtocolVersion.TLS_1_2)))
                .isEqualTo(jsseServerEnabled(s -> s.contains("_ECDSA_") && !s.startsWith("TLS_AES")
                        && !s.startsWith("TLS_CHACHA20")));
    }

    @Test
    void acceptedTls13SuitesAreTheReferencesEnabledTls13Suites() throws Exception {
        assertThat(names(facts.acceptedSuites().get(ProtocolVersion.TLS_1_3)))
                .isEqualTo(jsseServerEnabled(s -> s.startsWith("TLS_AES") || s.startsWith("TLS_CHACHA20")));
    }

    @Test
    void jsseServersImposeTheirOwnOrder() {
        assertThat(facts.order().get(ProtocolVersion.TLS_1_2)).isEqualTo(SuiteOrder.SERVER);
    }

    @Test
    void groupsExtensionsAndSniAreObserved() {
        assertThat(facts.groups()).extracting(NamedGroup::name).contains("x25519", "secp256r1", "secp384r1");
        assertThat(facts.secureRenegotiation()).isEqualTo(Support.YES);
        assertThat(facts.extendedMasterSecret()).isEqualTo(Support.YES);
        assertThat(facts.compression()).isEqualTo(Support.NO);
        assertThat(facts.heartbeat()).isEqualTo(Support.NO);
        assertThat(facts.withoutSni()).isEqualTo(Support.YES);
        assertThat(facts.unknownSni()).isEqualTo(Support.YES);
        assertThat(facts.problems()).isEmpty();
    }

    /**
     * JSSE takes the same EC groups in TLS 1.2 as in 1.3: TLS 1.2 is offered only the others (elimination) and the
     * certificate's P-256 last, picks P-256, is asked once more without it and refuses: two hellos more; its finding
     * says which groups were not offered again.
     */
    @Test
    void groupsAreProbedInTls13AndAgainInTls12ForTheGroupsTls13DidNotTake() {
        assertThat(facts.groupFindings()).extracting(TlsEnumerationFacts.GroupFinding::version)
                .containsExactly(ProtocolVersion.TLS_1_3, ProtocolVersion.TLS_1_2);
        TlsEnumerationFacts.GroupFinding tls13 = facts.groupFindings().get(0);
        TlsEnumerationFacts.GroupFinding tls12 = facts.groupFindings().get(1);
        assertThat(tls13.notOffered()).isEmpty();
        assertThat(tls12.accepted()).isEmpty();
        assertThat(tls12.notOffered()).extracting(NamedGroup::name).contains("x25519", "secp256r1", "secp384r1")
                .allSatisfy(name -> assertThat(tls13.accepted()).extracting(NamedGroup::name).contains(name));
        assertThat(facts.log()).filteredOn(line -> line.contains("groups TLSv1.2")).hasSize(2)
                .first().satisfies(line -> assertThat(line).contains("secp256r1 last for the certificate"));
    }

    /**
     * What keeps an enumeration fast is how few hellos it needs (one per accepted suite and version, plus the
     * groups, extensions and SNI probes), not a time this test would measure: speed is timed in bench/.
     */
    @Test
    void aFullEnumerationNeedsFewHellos() {
        System.out.println("hellos: " + facts.hellos());
        assertThat(facts.hellos()).isBetween(10, HELLO_BUDGET);
    }

    /**
     * The pilot's scope (TLS-VER-01, TLS-CS-01): the same versions and the same accepted suites as the full
     * enumeration, from fewer hellos, and nothing else claimed measured.
     */
    @Test
    void versionsAndSuitesAloneFindWhatTheFullEnumerationFindsWithFewerHellos() {
        TargetFacts store = new TargetFacts(targets.byName(EmbeddedReferenceTargets.REFERENCE).orElseThrow().endpoint(),
                settings(), executor);
        TlsEnumerationFacts narrow = store.await(Observations.TLS_VERSIONS_AND_SUITES);
        assertThat(narrow.scope()).isEqualTo(EnumerationScope.VERSIONS_AND_SUITES);
        assertThat(narrow.notTested()).isEmpty();
        assertThat(narrow.versions()).isEqualTo(facts.versions());
        assertThat(narrow.acceptedSuites().keySet()).isEqualTo(facts.acceptedSuites().keySet());
        narrow.acceptedSuites().forEach((v, suites) -> assertThat(names(suites)).as(v.label())
                .isEqualTo(names(facts.acceptedSuites().get(v))));
        assertThat(narrow.hellos()).isLessThan(facts.hellos() - 10);
        assertThat(narrow.order()).isEmpty();
        assertThat(narrow.groupFindings()).isEmpty();
        assertThat(narrow.log()).noneMatch(l -> l.contains("groups") || l.contains("order") || l.contains("SNI")
                || l.contains("DEFLATE") || l.contains("encrypt_then_mac") || l.contains("DHE prime"));
        assertThat(narrow.readable()).contains("Only versions and suites enumerated").doesNotContain("Groups in");
    }

    /** Probe once: where the whole enumeration is measured, the versions-and-suites observation is answered by it. */
    @Test
    void theWholeEnumerationAnswersForVersionsAndSuites() {
        TargetFacts store = new TargetFacts(targets.byName(EmbeddedReferenceTargets.REFERENCE).orElseThrow().endpoint(),
                settings(), executor);
        store.prefetch(List.of(Observations.TLS_VERSIONS_AND_SUITES, Observations.TLS_ENUMERATION));
        TlsEnumerationFacts whole = store.await(Observations.TLS_ENUMERATION);
        assertThat(store.await(Observations.TLS_VERSIONS_AND_SUITES)).isSameAs(whole);
        assertThat(store.answering(Observations.TLS_VERSIONS_AND_SUITES)).isEqualTo(Observations.TLS_ENUMERATION);
        assertThat(store.observed()).containsExactly(Observations.TLS_ENUMERATION);
        assertThat(whole.scope()).isEqualTo(EnumerationScope.EVERYTHING);
    }

    private static Set<String> names(List<CipherSuite> suites) {
        return suites.stream().map(CipherSuite::ianaName).collect(Collectors.toSet());
    }

    private static Set<String> jsseServerEnabled(Predicate<String> filter) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, null, null);
        // the reference receivers offer JSSE's suites restricted to the ANSSI list, as here
        SSLEngine engine = SuiteRestrictedSslContext.of(context,
                SuiteRestrictedSslContext.ANSSI_SUITES).createSSLEngine();
        engine.setUseClientMode(false);
        return Arrays.stream(engine.getEnabledCipherSuites()).filter(filter)
                .filter(s -> !s.endsWith("_SCSV")).collect(Collectors.toSet());
    }
}
