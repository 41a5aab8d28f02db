package org.mtainterop.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A launch's context loader finds what the application's finds (classes, service files), and fails at once on what it could not load. */
class ClassPathLookupsRememberedTest {

    @Test
    void presentClassesAreTheApplicationsAndAbsentOnesAreRemembered() {
        ClassPathLookupsRemembered.during(() -> {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            assertThat(context).isInstanceOf(ClassPathLookupsRemembered.class);
            try {
                assertThat(context.loadClass("org.opentest4j.TestAbortedException"))
                        .isSameAs(org.opentest4j.TestAbortedException.class);
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
            // a name nobody looked up before (the loader lives as long as the JVM: other launches used it)
            String absent = "org.mtainterop.run.NoSuchClass" + System.nanoTime();
            assertThatThrownBy(() -> context.loadClass(absent))
                    .isInstanceOf(ClassNotFoundException.class).hasMessage(absent);
            assertThatThrownBy(() -> context.loadClass(absent))
                    .isInstanceOf(ClassNotFoundException.class).hasMessageContaining("looked up before");
            try {
                var first = java.util.Collections.list(context.getResources("META-INF/services/org.junit.platform.engine.TestEngine"));
                var again = java.util.Collections.list(context.getResources("META-INF/services/org.junit.platform.engine.TestEngine"));
                assertThat(first).isNotEmpty().isEqualTo(again)
                        .isEqualTo(java.util.Collections.list(getClass().getClassLoader()
                                .getResources("META-INF/services/org.junit.platform.engine.TestEngine")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        assertThat(Thread.currentThread().getContextClassLoader()).isNotInstanceOf(ClassPathLookupsRemembered.class);
    }
}
