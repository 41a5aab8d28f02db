package org.mtainterop.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Adaptive pacing and the budget of one target, without a network: what each sign does to the next start. */
class TargetHealthTest {
    private final TargetHealth health = TargetHealth.of(Duration.ZERO, Duration.ofSeconds(45));

    @Test
    void aHappyServerIsNeverPaced() throws Exception {
        for (int i = 0; i < 50; i++) {
            health.admit();
            health.connected(System.nanoTime(), Duration.ofMillis(2));
        }
        assertThat(health.backOff()).isZero();
        assertThat(health.distressSigns()).isZero();
    }

    @Test
    void eachSignOfDistressDoublesTheBackOffUpToItsCeiling() throws Exception {
        health.admit();
        health.busy(System.nanoTime());
        assertThat(health.backOff()).isEqualTo(ServerPacing.FIRST_BACK_OFF);
        health.refusedOrReset(System.nanoTime());
        assertThat(health.backOff()).isEqualTo(ServerPacing.FIRST_BACK_OFF.multipliedBy(2));
        health.connected(System.nanoTime(), ServerPacing.SLOW_ACCEPT.plusMillis(1));
        assertThat(health.backOff()).isEqualTo(ServerPacing.FIRST_BACK_OFF.multipliedBy(4));
        for (int i = 0; i < 20; i++) {
            health.busy(System.nanoTime());
        }
        assertThat(health.backOff()).isEqualTo(ServerPacing.MAX_BACK_OFF);
        assertThat(health.distressSigns()).isEqualTo(23);
    }

    @Test
    void signsFromConnectionsStartedBeforeTheLastChangeCountOnce() throws Exception {
        health.admit();
        long crowd = System.nanoTime();
        health.busy(crowd);
        health.busy(crowd);
        health.refusedOrReset(crowd);
        health.busy(crowd);
        assertThat(health.backOff()).isEqualTo(ServerPacing.FIRST_BACK_OFF);
        assertThat(health.distressSigns()).isEqualTo(4);
        health.busy(System.nanoTime());
        assertThat(health.backOff()).isEqualTo(ServerPacing.FIRST_BACK_OFF.multipliedBy(2));
    }

    @Test
    void healthyConnectionsInARowHalveTheBackOffUntilItIsGone() throws Exception {
        health.admit();
        health.busy(System.nanoTime());
        health.busy(System.nanoTime());
        for (int i = 0; i < ServerPacing.RECOVERY; i++) {
            health.connected(System.nanoTime(), Duration.ofMillis(1));
        }
        assertThat(health.backOff()).isEqualTo(ServerPacing.FIRST_BACK_OFF);
        for (int i = 0; i < ServerPacing.RECOVERY; i++) {
            health.connected(System.nanoTime(), Duration.ofMillis(1));
        }
        assertThat(health.backOff()).isZero();
    }

    @Test
    void onceBrokenNoFurtherConnectionIsAdmittedAndTheFirstReasonIsKept() throws Exception {
        health.admit();
        health.broken("no response within 15 s");
        health.broken("a later reason");
        assertThatThrownBy(health::admit).isInstanceOf(TargetGivenUpException.class)
                .hasMessage("not tested: an earlier session showed the server broken (no response within 15 s)");
        assertThat(health.givenUp()).isPresent();
    }

    @Test
    void theTargetDeadlineCountsFromTheFirstConnectionAndBoundsEverySession() throws Exception {
        TargetHealth shortLived = TargetHealth.of(Duration.ZERO, Duration.ofMillis(50));
        assertThat(shortLived.sessionDeadline(Duration.ofSeconds(45)).describe()).isEqualTo("session deadline of 45 s");
        shortLived.admit();
        assertThat(shortLived.sessionDeadline(Duration.ofSeconds(45)).remainingMillis()).isLessThanOrEqualTo(50);
        Thread.sleep(80);
        assertThatThrownBy(shortLived::admit).isInstanceOf(TargetGivenUpException.class)
                .hasMessageStartingWith("not tested: the target deadline of 0 s passed");
    }

    @Test
    void unwatchedConnectionsShareNothing() throws Exception {
        TargetHealth none = TargetHealth.unwatched();
        none.admit();
        none.broken("no response within 15 s");
        none.busy(System.nanoTime());
        none.admit();
        assertThat(none.givenUp()).isEmpty();
        assertThat(none.backOff()).isZero();
    }

    @Test
    void aRecoveredServerGetsItsBurstBackHalvedForEachEpisodeOfDistress() throws Exception {
        health.admit();
        assertThat(health.burstLeft()).isEqualTo(ServerPacing.BURST - 1);
        long crowd = System.nanoTime();
        health.busy(crowd);
        health.busy(crowd);
        assertThat(health.burstLeft()).isZero();
        recover();
        assertThat(health.backOff()).isZero();
        assertThat(health.burstLeft()).isGreaterThanOrEqualTo(ServerPacing.BURST / 2);
        health.refusedOrReset(System.nanoTime());
        assertThat(health.burstLeft()).isZero();
        recover();
        assertThat(health.burstLeft()).isBetween(ServerPacing.BURST / 4, ServerPacing.BURST / 2 - 1);
    }

    @Test
    void theBurstComesBackOnlyAfterHealthyConnectionsInARowWithNoBackOffLeft() throws Exception {
        health.admit();
        health.busy(System.nanoTime());
        for (int i = 0; i < 2 * ServerPacing.RECOVERY - 1; i++) {   // the back-off decays; one short of recovery
            health.connected(System.nanoTime(), Duration.ofMillis(1));
        }
        health.connected(System.nanoTime(), ServerPacing.SLOW_ACCEPT.plusMillis(1)); // distress again, same episode
        for (int i = 0; i < 2 * ServerPacing.RECOVERY - 1; i++) {
            health.connected(System.nanoTime(), Duration.ofMillis(1));
        }
        assertThat(health.burstLeft()).isLessThan(ServerPacing.BURST / 4);
        health.connected(System.nanoTime(), Duration.ofMillis(1));
        assertThat(health.burstLeft()).isGreaterThanOrEqualTo(ServerPacing.BURST / 2);
    }

    /** Healthy connections until the back-off is gone and the server counts as recovered. */
    @Test
    void targetsOnOneServerShareItsBackOffAndPoolTheirBursts() throws Exception {
        ServerPacing server = ServerPacing.fresh();
        TargetHealth one = TargetHealth.of(Duration.ZERO, Duration.ofSeconds(45), server);
        TargetHealth other = TargetHealth.of(Duration.ZERO, Duration.ofSeconds(45), server);
        TargetHealth elsewhere = TargetHealth.of(Duration.ZERO, Duration.ofSeconds(45));
        assertThat(one.burstLeft()).isEqualTo(2 * ServerPacing.BURST);
        one.admit();
        one.busy(System.nanoTime()); // the server turned one target's connection away
        assertThat(other.backOff()).isEqualTo(ServerPacing.FIRST_BACK_OFF);
        assertThat(other.distressSigns()).isEqualTo(1);
        assertThat(other.burstLeft()).isZero();
        assertThat(elsewhere.backOff()).isZero();
        other.admit();
        assertThat(other.givenUp()).isEmpty(); // the budget stays each target's own
        one.broken("a session ran into the session deadline");
        assertThat(one.givenUp()).isPresent();
        assertThat(other.givenUp()).isEmpty();
    }

    private void recover() {
        for (int i = 0; i < 4 * ServerPacing.RECOVERY; i++) {
            health.connected(System.nanoTime(), Duration.ofMillis(1));
        }
    }
}
