package org.mtainterop.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Facts are bound to the launch's thread while it runs, never seen by another thread, never left behind. */
class LaunchFactsTest {
    private final LaunchFacts<String> facts = new LaunchFacts<>("no launch");
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void outsideALaunchTheMessageSaysHowToRunTheFeatures() {
        assertThatThrownBy(facts::current).isInstanceOf(IllegalStateException.class).hasMessage("no launch");
    }

    @Test
    void concurrentLaunchesEachSeeTheirOwnFacts() throws Exception {
        CountDownLatch bothBound = new CountDownLatch(2);
        CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> readWhileBothBound("a", bothBound), pool);
        CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> readWhileBothBound("b", bothBound), pool);
        assertThat(a.get()).isEqualTo("a");
        assertThat(b.get()).isEqualTo("b");
    }

    @Test
    void aNestedLaunchRestoresTheOuterFactsAndAFailedOneLeavesNothing() {
        assertThat(facts.during("outer", () -> facts.during("inner", facts::current) + "/" + facts.current()))
                .isEqualTo("inner/outer");
        assertThatThrownBy(() -> facts.during("failing", () -> {
            throw new IllegalArgumentException("launch failed");
        })).hasMessage("launch failed");
        assertThatThrownBy(facts::current).isInstanceOf(IllegalStateException.class);
    }

    private String readWhileBothBound(String value, CountDownLatch bothBound) {
        return facts.during(value, () -> {
            bothBound.countDown();
            try {
                bothBound.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return facts.current();
        });
    }
}
