package org.mtainterop.target.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtainterop.interop.InteropMatrix;
import org.mtainterop.interop.InteropMatrixResult;
import org.mtainterop.interop.InteropResult;
import org.mtainterop.pki.CertificateProfile;

/**
 * The embedded reference receiver and sender as a 4th column and row, shown with Exim (2×2: the embedded
 * receiver listens on the internal network's host side, the embedded sender reaches Exim's address on it).
 */
class EmbeddedInteropTest {
    @Test
    void theEmbeddedReceiverAndSenderInteroperateWithExim() {
        DockerRequirement.assumeDocker();
        InteropMatrixResult matrix = InteropMatrix.run(new InteropMatrix.Settings(List.of(ReferenceMta.EXIM), true,
                Duration.ofSeconds(30), CertificateProfile.VALID));
        matrix.results().forEach(r -> System.out.println(r.verdict() + "\n    " + r.evidence()));
        assertThat(matrix.senders()).containsExactly("exim", "embedded");
        assertThat(matrix.results()).hasSize(4);
        assertThat(matrix.failures()).extracting(InteropResult::verdict).isEmpty();
    }
}
