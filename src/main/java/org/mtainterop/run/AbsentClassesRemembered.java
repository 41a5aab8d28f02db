package org.mtainterop.run;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The context class loader of a launch's thread while it runs: it delegates everything to the loader it wraps, and
 * remembers the names of the classes that loader could not find, so the next lookup of one fails at once. Cucumber
 * asks it, for every step that ends with an exception, whether the exception is one of four "aborted" types, by
 * name ({@code TestAbortedExceptions}: JUnit 4's two and TestNG's are not on the class path); each miss searched
 * every jar of the class path (measured: 3 % of a 1,000-target run's CPU). One instance per run of the harness:
 * the class path does not change while it runs.
 */
final class AbsentClassesRemembered extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private static final AbsentClassesRemembered OF_THE_APPLICATION =
            new AbsentClassesRemembered(AbsentClassesRemembered.class.getClassLoader());
    private final Set<String> absent = ConcurrentHashMap.newKeySet();

    private AbsentClassesRemembered(ClassLoader parent) {
        super("mta-interop-launch", parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (absent.contains(name)) {
            throw new ClassNotFoundException(name + " (not on the class path: looked up before)");
        }
        try {
            return super.loadClass(name, resolve);
        } catch (ClassNotFoundException e) {
            absent.add(name);
            throw e;
        }
    }

    /** Runs {@code launch} on this thread with the application's loader, absent classes remembered, as its context loader. */
    static <R> R during(Supplier<R> launch) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        if (before != AbsentClassesRemembered.class.getClassLoader()) {
            return launch.get(); // another loader than the application's (a test framework's): left as it is
        }
        thread.setContextClassLoader(OF_THE_APPLICATION);
        try {
            return launch.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
