package org.mtainterop.operators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mtainterop.policy.PolicyProfile;

class OperatorMxNameTest {
    private static final Operator OP = new Operator("op", List.of("op.test"), List.of(), false, PolicyProfile.PILOT,
            Optional.empty(), false, Optional.empty(), Optional.empty(), List.of());

    private static OperatorMx mx(String name, int port) {
        return new OperatorMx(OP, new MxHost(name, port, Optional.empty()));
    }

    @Test
    void anMxIsNamedByItsTargetNameOnly() {
        for (OperatorMx m : List.of(mx("mx1.op.test", 25), mx("mx1.op.test", 2525), mx("m", 1))) {
            assertThat(m.isNamed(m.target().name())).as(m.target().name()).isTrue();
        }
        OperatorMx plain = mx("mx1.op.test", 25);
        OperatorMx other = mx("mx1.op.test", 2525);
        assertThat(plain.isNamed("op/mx1.op.test:2525")).isFalse();
        assertThat(other.isNamed("op/mx1.op.test")).isFalse();
        assertThat(other.isNamed("op/mx1.op.test:25250")).isFalse();
        assertThat(plain.isNamed("op/mx1.op.test.evil")).isFalse();
        assertThat(plain.isNamed("opx/mx1.op.test")).isFalse();
        assertThat(plain.isNamed("op:mx1.op.test")).isFalse();
        assertThat(plain.isNamed("op/mx1.op.tes")).isFalse();
        assertThat(plain.isNamed("")).isFalse();
    }
}
