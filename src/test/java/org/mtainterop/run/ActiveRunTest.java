package org.mtainterop.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.observation.Observations;
import org.mtainterop.probe.ProbeSettings;
import org.mtainterop.observation.TargetFacts;
import org.mtainterop.report.evidence.Attachment;
import org.mtainterop.target.LiveTarget;

/** Several targets are judged at once: each judging thread sees its own target, and nothing leaks after. */
class ActiveRunTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void eachThreadSeesTheTargetItPublished() throws Exception {
        CountDownLatch bothPublished = new CountDownLatch(2);
        CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> judgeAs("mx-a", bothPublished), pool);
        CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> judgeAs("mx-b", bothPublished), pool);
        assertThat(a.get()).isEqualTo("mx-a");
        assertThat(b.get()).isEqualTo("mx-b");
        assertThatThrownBy(ActiveRun::current).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void evidenceIsRenderedOncePerTargetAndObservation() {
        ActiveRun run = run("mx-a");
        AtomicInteger renders = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            run.evidenceOf(Observations.TLS_ENUMERATION, () -> {
                renders.incrementAndGet();
                return List.of(Attachment.text("TLS enumeration", "report"));
            });
        }
        assertThat(renders).hasValue(1);
        assertThat(run("mx-b").evidence()).isEmpty();
    }

    private String judgeAs(String name, CountDownLatch bothPublished) {
        return ActiveRun.judging(run(name), () -> {
            try {
                bothPublished.countDown();
                bothPublished.await();
                return ActiveRun.current().target().name();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private ActiveRun run(String name) {
        Endpoint endpoint = new Endpoint("127.0.0.1", 25, name);
        TargetFacts facts = new TargetFacts(endpoint, new ProbeSettings("probe.test", NetworkLimits.defaults(),
                TrustAnchors.none(), 4), pool);
        return new ActiveRun(new LiveTarget(name, endpoint), facts, PolicyProfile.PILOT, new ResultLedger());
    }
}
