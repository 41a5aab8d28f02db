package org.mtainterop.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.net.TargetGivenUpException;
import org.mtainterop.probe.ProbeSettings;

/**
 * Targets at one address and port share its bound on connections at once; a target that waits for it with nothing
 * of its own under way does not spend its deadline. The measurements here connect nowhere: they hold a slot.
 */
class SharedServersTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final SharedServers servers = new SharedServers();
    private final AtomicInteger atOnce = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private TargetFacts store(String host, int port, Duration deadline) {
        NetworkLimits limits = NetworkLimits.defaults().withSessionDeadline(deadline);
        return new TargetFacts(new Endpoint(host, port, "mx.shared.test"), MailService.SMTP, Optional.empty(),
                new ProbeSettings("probe.test", limits, TrustAnchors.none(), 1), pool, servers);
    }

    private Observation<Integer> holding(String name, long millis) {
        return Observation.session(name, s -> true, context -> {
            int now = atOnce.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            atOnce.decrementAndGet();
            return now;
        }, r -> List.of());
    }

    @Test
    void targetsAtTheSameAddressAndPortShareTheBound() {
        List<TargetFacts> stores = List.of(store("127.0.0.1", 2525, Duration.ofSeconds(45)),
                store("127.0.0.1", 2525, Duration.ofSeconds(45)), store("127.0.0.1", 2525, Duration.ofSeconds(45)));
        stores.forEach(s -> s.prefetch(List.of(holding("hold", 60))));
        stores.forEach(s -> s.settled().join());
        assertThat(mostAtOnce.get()).isEqualTo(1);
        assertThat(servers.servers()).isEqualTo(1);
    }

    @Test
    void targetsAtTheSameAddressAndPortSharePacingTooAndTheNameIsCaseBlind() {
        Endpoint mx = new Endpoint("MX.Shared.test", 25, "mx.shared.test");
        SharedServers.Share first = servers.of(mx, 4);
        assertThat(servers.of(new Endpoint("mx.shared.test", 25, "a.test"), 4)).isSameAs(first);
        assertThat(servers.of(new Endpoint("mx.shared.test", 26, "a.test"), 4).pacing()).isNotSameAs(first.pacing());
        assertThat(servers.of(new Endpoint("mx2.shared.test", 25, "a.test"), 4).connections())
                .isNotSameAs(first.connections());
    }

    @Test
    void anotherPortOrAddressIsAnotherServer() {
        List<TargetFacts> stores = List.of(store("127.0.0.1", 2525, Duration.ofSeconds(45)),
                store("127.0.0.1", 2526, Duration.ofSeconds(45)), store("127.0.0.2", 2525, Duration.ofSeconds(45)));
        CountDownLatch all = new CountDownLatch(3);
        Observation<Integer> meet = Observation.session("meet", s -> true, context -> {
            all.countDown();
            try {
                return all.await(5, TimeUnit.SECONDS) ? 1 : 0; // only if all three hold a slot at once
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }, r -> List.of());
        stores.forEach(s -> s.prefetch(List.of(meet)));
        assertThat(stores.stream().map(s -> s.await(meet)).toList()).containsOnly(1);
        assertThat(servers.servers()).isEqualTo(3);
    }

    @Test
    void waitingWhileOtherTargetsHoldTheServerDoesNotSpendTheDeadline() throws Exception {
        TargetFacts patient = store("127.0.0.1", 2525, Duration.ofMillis(300));
        TargetFacts busy = store("127.0.0.1", 2525, Duration.ofSeconds(45));
        Observation<Boolean> connect = Observation.session("connect", s -> true, context -> {
            try {
                context.settings().limits().health().admit();
                return true;
            } catch (TargetGivenUpException e) {
                return false;
            }
        }, r -> List.of());
        assertThat(patient.await(connect)).isTrue(); // its deadline runs from here
        CompletableFuture<Integer> held = CompletableFuture.supplyAsync(() -> busy.await(holding("hold", 700)), pool);
        Thread.sleep(100); // the other target holds the only connection
        Observation<Boolean> again = Observation.session("again", s -> true, connect::measure, r -> List.of());
        assertThat(patient.await(again)).as("admitted after waiting 600 ms beyond its 300 ms deadline").isTrue();
        held.join();
        Thread.sleep(400); // now its own time passes
        Observation<Boolean> late = Observation.session("late", s -> true, connect::measure, r -> List.of());
        assertThat(patient.await(late)).as("its own time does count").isFalse();
        assertThat(patient.health().givenUp()).hasValueSatisfying(why -> assertThat(why).contains("target deadline").endsWith("passed"));
    }
}
