package org.mtainterop.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtainterop.net.TargetHealth;
import org.mtainterop.probe.TlsEnumerationFacts.SuiteOrder;
import org.mtainterop.tls.raw.CipherSuite;
import org.mtainterop.tls.raw.ClientHello;
import org.mtainterop.tls.raw.ProtocolVersion;
import org.mtainterop.tls.raw.TlsResponseReader;

/**
 * The suite phase against a TLS 1.2 server answering each hello's suites as OpenSSL does, following the client's
 * order (Postfix's default) or imposing its own (tls_preempt_cipherlist): the same suites found either way, the
 * client-order server's eliminated in parallel halves, the server-order server's one pick after another in its
 * order of preference, and the order judged from the every-suite picks without hellos of its own.
 */
class SuitePhaseTest {
    /** Spread over the list, as Postfix's stock TLS 1.2 suites are (anonymous DH low, ECDHE-ECDSA high). */
    private static final List<Integer> STOCK = List.of(0xC02C, 0x0034, 0xCCA9, 0x003A, 0xC0AD, 0x00A6, 0xC009,
            0x006C, 0xC05C, 0xC023, 0x0089, 0xC0AF);

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aServerFollowingTheClientsOrderIsEliminatedInParallelAndListedInTheOffersOrder() {
        Phase phase = suitePhase(new PickingServer(STOCK, false), EnumerationScope.EVERYTHING, false);
        SuitePhase.Found found = phase.suites().found();

        List<Integer> inListOrder = EnumerationHellos.suitesFor(ProtocolVersion.TLS_1_2).stream().filter(STOCK::contains)
                .toList();
        assertThat(found.acceptedSuites().get(ProtocolVersion.TLS_1_2)).extracting(CipherSuite::code)
                .containsExactlyElementsOf(inListOrder);
        assertThat(found.order()).containsEntry(ProtocolVersion.TLS_1_2, SuiteOrder.CLIENT);
        assertThat(phase.server().inFlightMax.get()).as("eliminating hellos in flight at once").isGreaterThan(1);
        assertThat(phase.log()).filteredOn(l -> l.startsWith("every suite reversed TLSv1.2")).hasSize(1);
        assertThat(phase.log()).noneMatch(l -> l.startsWith("order ") || l.startsWith("reversed order "));
    }

    @Test
    void aServerImposingItsOrderIsEliminatedOnePickAfterAnotherInThatOrder() {
        Phase phase = suitePhase(new PickingServer(STOCK, true), EnumerationScope.EVERYTHING, false);
        SuitePhase.Found found = phase.suites().found();

        assertThat(found.acceptedSuites().get(ProtocolVersion.TLS_1_2)).extracting(CipherSuite::code)
                .containsExactlyElementsOf(STOCK);
        assertThat(found.order()).containsEntry(ProtocolVersion.TLS_1_2, SuiteOrder.SERVER);
        assertThat(phase.eliminating()).hasSize(STOCK.size());
        assertThat(phase.log()).noneMatch(l -> l.startsWith("order ") || l.startsWith("reversed order "));
        assertThat(phase.server().inFlightMax.get()).as("hellos in flight at once, each pick waiting for the one before")
                .isEqualTo(1);
    }

    /** Many targets (no connections to spare): the fewest hellos, one pick after another, and no reversed hello. */
    @Test
    void versionsAndSuitesAloneSendNoReversedHelloAndTheFewestHellos() {
        Phase phase = suitePhase(new PickingServer(STOCK, false), EnumerationScope.VERSIONS_AND_SUITES, false);

        assertThat(phase.tls12Accepted()).containsExactlyInAnyOrderElementsOf(STOCK);
        assertThat(phase.log()).noneMatch(l -> l.startsWith("every suite reversed"));
        assertThat(phase.eliminating()).hasSize(STOCK.size());
        assertThat(phase.server().inFlightMax.get()).isEqualTo(1);
    }

    /** Few targets: the same suites from parallel chains, whatever the server's order, still no reversed hello. */
    @Test
    void versionsAndSuitesWithConnectionsToSpareEliminateInParallelChains() {
        for (boolean ownOrder : List.of(false, true)) {
            Phase phase = suitePhase(new PickingServer(STOCK, ownOrder), EnumerationScope.VERSIONS_AND_SUITES, true);

            assertThat(phase.tls12Accepted()).containsExactlyInAnyOrderElementsOf(STOCK);
            assertThat(phase.log()).noneMatch(l -> l.startsWith("every suite reversed"));
            assertThat(phase.server().inFlightMax.get()).as("hellos in flight at once, own order " + ownOrder)
                    .isGreaterThan(1);
            // each chain but the first starts at a pick and ends with one refused hello: at most one per pick, plus one
            assertThat(phase.eliminating()).hasSizeLessThanOrEqualTo(2 * STOCK.size() + 1);
        }
    }

    /** The suite phase started on {@code server} once its versions are known, its concurrency counted from then. */
    private Phase suitePhase(PickingServer server, EnumerationScope scope, boolean spareConnections) {
        EnumerationHellos hellos = new EnumerationHellos(server::answer, Optional.of("mx.example.test"), pool,
                TargetHealth.unwatched());
        VersionPhase.Found versions = VersionPhase.run(hellos);
        server.inFlightMax.set(0);
        return new Phase(server, hellos, SuitePhase.start(hellos, versions, scope, spareConnections));
    }

    private record Phase(PickingServer server, EnumerationHellos hellos, SuitePhase suites) {
        List<String> log() {
            return hellos.log();
        }

        List<String> eliminating() {
            return log().stream().filter(l -> l.startsWith("eliminate TLSv1.2")).toList();
        }

        List<Integer> tls12Accepted() {
            return suites.acceptedOnly().get(ProtocolVersion.TLS_1_2).stream().map(CipherSuite::code).toList();
        }
    }

    /**
     * TLS 1.2 only (other versions: protocol_version): the first of {@code suites} the hello offers when the server
     * imposes its order, else the hello's first that is among them; handshake_failure when none is. Each answer takes
     * a few milliseconds, and the most answers in progress at once are counted.
     */
    private static final class PickingServer {
        private final List<Integer> suites;
        private final boolean ownOrder;
        private final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger inFlightMax = new AtomicInteger();

        PickingServer(List<Integer> suites, boolean ownOrder) {
            this.suites = suites;
            this.ownOrder = ownOrder;
        }

        RawHelloExchange.Result answer(ClientHello hello) {
            inFlightMax.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(5);
                String flight = hello.version() != ProtocolVersion.TLS_1_2 ? alert(70) : pick(hello.cipherSuites())
                        .map(s -> record(22, handshake(2, "0303" + "11".repeat(32) + "00" + String.format("%04x", s)
                                + "00" + "0005" + "ff01000100") + handshake(14, ""))).orElse(alert(40));
                return new RawHelloExchange.Result(hello, Optional.of(new TlsResponseReader().read(
                        new ByteArrayInputStream(HexFormat.of().parseHex(flight)))), Optional.empty(), false, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                inFlight.decrementAndGet();
            }
        }

        private Optional<Integer> pick(List<Integer> offered) {
            return ownOrder ? suites.stream().filter(offered::contains).findFirst()
                    : offered.stream().filter(suites::contains).findFirst();
        }

        private static String alert(int description) {
            return record(21, String.format("02%02x", description));
        }

        private static String handshake(int type, String body) {
            return String.format("%02x%06x", type, body.length() / 2) + body;
        }

        private static String record(int type, String fragment) {
            return String.format("%02x0303%04x", type, fragment.length() / 2) + fragment;
        }
    }
}
