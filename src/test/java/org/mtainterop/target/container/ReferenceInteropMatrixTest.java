package org.mtainterop.target.container;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtainterop.interop.InteropMatrix;
import org.mtainterop.interop.InteropMatrixResult;
import org.mtainterop.interop.InteropResult;

/**
 * The real 3×3 matrix: every reference MTA relays to every reference MTA (itself included) over verified
 * STARTTLS on an internal Docker network, and every pair must meet INTEROP-01 (delivered, verified, TLS 1.2+).
 */
class ReferenceInteropMatrixTest {
    private static InteropMatrixResult matrix;

    @BeforeAll
    static void runTheMatrix() {
        DockerRequirement.assumeDocker();
        matrix = InteropMatrix.run(InteropMatrix.Settings.allReferenceMtas());
        matrix.results().forEach(r -> System.out.println(r.verdict() + "\n    " + r.evidence()));
        System.out.println("interop matrix: " + matrix.results().size() + " pairs in " + matrix.wallTime().toMillis()
                + " ms (containers included)");
    }

    @Test
    void everyOrderedPairIsMeasured() {
        assertThat(matrix.results()).hasSize(9);
    }

    @Test
    void everyPairDeliversOverVerifiedTls12OrNewer() {
        assertThat(matrix.failures()).as("pairs failing INTEROP-01").extracting(InteropResult::verdict).isEmpty();
    }
}
