package org.mtainterop.policy.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.path.CannedPathMatrix.LMTPS;
import static org.mtainterop.path.CannedPathMatrix.RELAY_TLS;
import static org.mtainterop.path.CannedPathMatrix.SUBMISSION;
import static org.mtainterop.path.CannedPathMatrix.delivered;
import static org.mtainterop.path.CannedPathMatrix.header;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtainterop.path.CannedPathMatrix;
import org.mtainterop.path.PathMatrixResult;
import org.mtainterop.path.PathResult;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Verdict;

/** PATH-01..03 on hand-written facts: a pass and each failure and could-not-test reason. */
class PathChecksTest {

    private static Verdict judge(PathCheck check, PathResult r) {
        return check.judge(new PathMatrixResult(List.of(r.sender(), r.receiver()), List.of(r), Duration.ZERO));
    }

    private static PathResult good() {
        return delivered("a", "b", 2.5, header(SUBMISSION, RELAY_TLS, LMTPS));
    }

    @Test
    void path01PassesWhenEveryHopSaysTls() {
        Verdict v = judge(new EncryptedHopsCheck("a", "b"), good());
        assertThat(v.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(v.message()).contains("all 3 network hop(s) used TLS").contains("hop 2: mx.a.test [10.9.0.1] → mx.b.test");
    }

    @Test
    void path01FailsNamingTheCleartextHop() {
        String clear = "Received: from relay.a.test ([10.1.0.9]) by mx.b.test (Postfix) with ESMTP id 3; Wed, 2 Dec 2026 19:57:25 +0000\r\n";
        Verdict v = judge(new EncryptedHopsCheck("a", "b"), delivered("a", "b", 2, header(SUBMISSION, clear, LMTPS)));
        assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(v.message()).contains("1 hop(s) without TLS: hop 2: relay.a.test [10.1.0.9] → mx.b.test with ESMTP, no TLS");
    }

    @Test
    void path01IsNotTestedOnAnUnparseableHopAndNeverGuesses() {
        String odd = "Received: from relay.a.test ([10.1.0.9]) by mx.b.test id 3; Wed, 2 Dec 2026 19:57:25 +0000\r\n";
        Verdict v = judge(new EncryptedHopsCheck("a", "b"), delivered("a", "b", 2, header(SUBMISSION, odd, LMTPS)));
        assertThat(v.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(v.message()).contains("hop 2: unparseable: no WITH clause");
        // a cleartext hop beside an unparseable one is a definite failure
        String clear = "Received: from x.a.test ([10.1.0.8]) by relay.a.test with SMTP; Wed, 2 Dec 2026 19:57:25 +0000\r\n";
        assertThat(judge(new EncryptedHopsCheck("a", "b"), delivered("a", "b", 2, header(SUBMISSION, clear, odd, LMTPS)))
                .outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void path01LocalHandOverCrossesNoNetwork() {
        String pickup = "Received: by mx.a.test (Postfix, from userid 0) id 9; Wed,  2 Dec 2026 19:57:58 +0000 (UTC)\r\n";
        assertThat(judge(new EncryptedHopsCheck("a", "b"), delivered("a", "b", 2, header(pickup, RELAY_TLS, LMTPS)))
                .outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void path01And02AreNotTestedWithoutTheMessage() {
        PathResult lost = CannedPathMatrix.notDelivered("a", "b", true);
        assertThat(judge(new EncryptedHopsCheck("a", "b"), lost).outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(judge(new DeclaredNetworksCheck("a", "b"), lost).message()).contains("not in the mailbox after 90 s");
        PathResult refused = CannedPathMatrix.notDelivered("a", "b", false);
        assertThat(judge(new EncryptedHopsCheck("a", "b"), refused).message())
                .contains("not submitted at a").contains("authentication as t refused: 535");
    }

    @Test
    void path02PassesInsideTheDeclaredNetworks() {
        Verdict v = judge(new DeclaredNetworksCheck("a", "b"), good());
        assertThat(v.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(v.message()).contains("all 4 addresses").contains("10.1.0.1, 10.9.0.1, 10.2.0.2, 10.2.0.3");
    }

    @Test
    void path02FailsNamingTheAddressAndItsHop() {
        PathResult outsourced = delivered("a", "b", 2, header(SUBMISSION, RELAY_TLS.replace("10.9.0.1", "198.51.100.7"), LMTPS));
        Verdict v = judge(new DeclaredNetworksCheck("a", "b"), outsourced);
        assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(v.message()).contains("1 address(es) outside the declared networks")
                .contains("198.51.100.7 (hop 2: mx.a.test [198.51.100.7] → mx.b.test");
    }

    @Test
    void path02IgnoresTheHarnessOwnHopAndLoopback() {
        String loop = "Received: from localhost ([127.0.0.1]) by mx.b.test (Postfix) with ESMTPS id 4; Wed, 2 Dec 2026 19:57:25 +0000\r\n";
        PathResult r = delivered("a", "b", 2, header(SUBMISSION.replace("10.1.0.1]", "203.0.113.5]"), RELAY_TLS, loop, LMTPS));
        assertThat(judge(new DeclaredNetworksCheck("a", "b"), r).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void path02IsNotTestedWithoutDeclaredNetworksOrAnAddress() {
        PathResult undeclared = delivered("a", "b", 2, header(SUBMISSION, RELAY_TLS, LMTPS), List.of(), CannedPathMatrix.B_NETS);
        assertThat(judge(new DeclaredNetworksCheck("a", "b"), undeclared).message())
                .contains("declares no networks for a (field networks)");
        String noAddress = "Received: from mx.a.test by mx.b.test with ESMTPS id 2; Wed, 2 Dec 2026 19:57:25 +0000\r\n";
        Verdict v = judge(new DeclaredNetworksCheck("a", "b"), delivered("a", "b", 2, header(SUBMISSION, noAddress, LMTPS)));
        assertThat(v.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(v.message()).contains("hop 2: no address recorded for mx.a.test");
    }

    @Test
    void path03AgainstTheStatedTime() {
        assertThat(judge(new TimelyDeliveryCheck("a", "b"), good()).message()).contains("delivered in 2.5 s (stated: within 60 s)");
        Verdict late = judge(new TimelyDeliveryCheck("a", "b"), delivered("a", "b", 75, header(SUBMISSION, RELAY_TLS, LMTPS)));
        assertThat(late.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(late.message()).contains("later than the stated 60 s");
        assertThat(judge(new TimelyDeliveryCheck("a", "b"), CannedPathMatrix.notDelivered("a", "b", true)).outcome())
                .isEqualTo(Outcome.FAILED);
        assertThat(judge(new TimelyDeliveryCheck("a", "b"), CannedPathMatrix.notDelivered("a", "b", false)).outcome())
                .isEqualTo(Outcome.BROKEN);
    }

    @Test
    void aPairNotInTheRunIsNotTested() {
        assertThat(new EncryptedHopsCheck("x", "y").judge(CannedPathMatrix.mixed()).message())
                .contains("x → y was not part of this path run");
    }
}
