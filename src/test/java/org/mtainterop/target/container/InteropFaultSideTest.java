package org.mtainterop.target.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtainterop.interop.FaultSide;
import org.mtainterop.interop.InteropMatrix;
import org.mtainterop.interop.InteropMatrixResult;
import org.mtainterop.interop.InteropResult;
import org.mtainterop.pki.CertificateProfile;

/**
 * The side at fault is observed, not assumed: an Exim receiver presenting a certificate for another name is
 * refused by the verifying Exim sender, which keeps the message queued, so the receiver is blamed.
 */
class InteropFaultSideTest {
    @Test
    void aVerifyingSenderKeepsTheMessageWhenTheReceiverCertificateHasTheWrongName() {
        DockerRequirement.assumeDocker();
        InteropMatrixResult matrix = InteropMatrix.run(new InteropMatrix.Settings(List.of(ReferenceMta.EXIM), false,
                Duration.ofSeconds(8), CertificateProfile.WRONG_HOST));
        InteropResult exim = matrix.cell("exim", "exim").orElseThrow();
        System.out.println(exim.verdict());
        assertThat(exim.delivered()).isFalse();
        assertThat(exim.faultSide()).isEqualTo(FaultSide.RECEIVER);
        assertThat(exim.evidence()).contains("bob@exim.test");
        assertThat(exim.verdict()).contains("exim → exim").contains("at fault: receiver");
    }
}
