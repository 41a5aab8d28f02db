package org.mtainterop.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A launch's context loader finds what the application's finds, and fails at once on what it could not load. */
class AbsentClassesRememberedTest {

    @Test
    void presentClassesAreTheApplicationsAndAbsentOnesAreRemembered() {
        AbsentClassesRemembered.during(() -> {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            assertThat(context).isInstanceOf(AbsentClassesRemembered.class);
            try {
                assertThat(context.loadClass("org.opentest4j.TestAbortedException"))
                        .isSameAs(org.opentest4j.TestAbortedException.class);
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
            assertThatThrownBy(() -> context.loadClass("org.testng.SkipException"))
                    .isInstanceOf(ClassNotFoundException.class).hasMessage("org.testng.SkipException");
            assertThatThrownBy(() -> context.loadClass("org.testng.SkipException"))
                    .isInstanceOf(ClassNotFoundException.class).hasMessageContaining("looked up before");
            return null;
        });
        assertThat(Thread.currentThread().getContextClassLoader()).isNotInstanceOf(AbsentClassesRemembered.class);
    }
}
