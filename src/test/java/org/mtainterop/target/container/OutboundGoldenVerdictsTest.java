package org.mtainterop.target.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.report.TargetReport;
import org.mtainterop.run.OutboundRun;
import org.mtainterop.run.RunOutcome;
import org.mtainterop.sender.DeliveryDriver;
import org.mtainterop.sender.OutboundSubjects;
import org.mtainterop.run.Judgement;
import org.mtainterop.run.ReportDestination;

/**
 * Outbound golden verdicts: every reference MTA under every OUTBOUND_POLICY (and the three ClientHello defect senders of
 * {@link #SENDERS}), relaying to the adversarial
 * receiver in every profile and judged by features/outbound, must give exactly containers/golden-outbound.tsv
 * (shown in containers/README.md). Regenerate after a deliberate change with
 * {@code ./mvnw verify -Dtest=OutboundGoldenVerdictsTest -Dgolden.update=true} and review the diff.
 */
class OutboundGoldenVerdictsTest {

    /**
     * Every MTA under every policy with stock settings, and three senders whose ClientHello breaks one requirement each
     * (the failing cases of TLS-KX-01, TLS-EXT-02 and TLS-EXT-03: DEFLATE offered by Postfix over OpenSSL with zlib).
     */
    static final List<String> SENDERS = java.util.stream.Stream.concat(OutboundSubjects.expand("containers").stream(),
            java.util.stream.Stream.of("exim:may:no-ems", "postfix:may:weak-groups", "postfix:may:compression")).toList();

    @TempDir
    static Path reports;
    private static RunOutcome outcome;
    private static Duration took;

    @BeforeAll
    static void driveEveryContainerSender() throws Exception {
        DockerRequirement.assumeDocker();
        DockerRequirement.assumeImage(PostfixContainer.COMPRESSION_IMAGE, "containers/build-images.sh postfix-compression");
        Instant start = Instant.now();
        outcome = OutboundRun.execute(new OutboundRun.Plan(SENDERS,
                Judgement.of(PolicyProfile.MODERN), ReportDestination.withoutHtml(reports), DeliveryDriver.Timing.defaults(), 3));
        took = Duration.between(start, Instant.now());
        outcome.summary().targets().forEach(t -> t.results().forEach(r ->
                System.out.println(t.name() + " " + r.requirement() + " " + r.status().label() + " — " + r.message())));
        System.out.println("outbound golden run: " + outcome.summary().targets().size() + " senders in "
                + took.toSeconds() + " s");
    }

    @Test
    void everySenderGivesItsGoldenVerdicts() throws IOException {
        GoldenTable golden = new GoldenTable("golden-outbound", "MTA:OUTBOUND_POLICY", "Golden outbound verdicts");
        assertThat(golden.differencesFrom(outcome.summary(),
                "OutboundGoldenVerdictsTest")).as("differences from " + golden.path()).isEmpty();
    }

    @Test
    void verifyingSendersNeverSendToABadPeer() {
        for (TargetReport t : outcome.summary().targets()) {
            if (t.name().endsWith(":verify")) {
                assertThat(t.results()).filteredOn(r -> r.requirement().equals("CERT-06") || r.requirement().equals("DOWNGRADE-03"))
                        .as(t.name()).allSatisfy(r -> assertThat(r.status().label()).as(t.name() + " " + r.requirement()
                                + ": " + r.message()).isEqualTo("passed"));
            }
        }
    }
}
