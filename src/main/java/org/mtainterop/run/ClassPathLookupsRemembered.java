package org.mtainterop.run;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The context class loader of a launch's thread while it is discovered and run: it delegates everything to the
 * loader it wraps, and remembers two answers of the class path, which does not change while the harness runs. The
 * service files ({@code META-INF/services/…}): Cucumber's feature parser loads its Gherkin parser through a
 * {@code ServiceLoader} for every feature file it parses, each a search of every jar (a batch parses each of its
 * targets' copies: 2 % of a 1,000-target run's CPU). And the classes it could not find, so the next lookup of one
 * fails at once. Cucumber
 * asks it, for every step that ends with an exception, whether the exception is one of four "aborted" types, by
 * name ({@code TestAbortedExceptions}): TestNG's is not on the class path, and JUnit 4's two (GreenMail brings
 * junit 4.13) cannot be defined without Hamcrest, so each of those lookups searched every jar of the class path and,
 * for JUnit 4's, read and failed to define the class again (measured: 3 % of a 1,000-target run's CPU). A class that
 * could not be found or defined (a {@code LinkageError}) is remembered alike. One instance per run of the harness:
 * the class path does not change while it runs.
 */
final class ClassPathLookupsRemembered extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private static final ClassPathLookupsRemembered OF_THE_APPLICATION =
            new ClassPathLookupsRemembered(ClassPathLookupsRemembered.class.getClassLoader());
    private final Set<String> absent = ConcurrentHashMap.newKeySet();
    private final Map<String, List<URL>> serviceFiles = new ConcurrentHashMap<>();

    private ClassPathLookupsRemembered(ClassLoader parent) {
        super("mta-interop-launch", parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (absent.contains(name)) {
            throw new ClassNotFoundException(name + " (not loadable from the class path: looked up before)");
        }
        try {
            return super.loadClass(name, resolve);
        } catch (ClassNotFoundException | LinkageError e) {
            absent.add(name); // a class path that does not change: not there, or not loadable, for the whole run
            throw e;
        }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (!name.startsWith("META-INF/services/")) {
            return super.getResources(name);
        }
        List<URL> found = serviceFiles.get(name);
        if (found == null) {
            found = List.copyOf(Collections.list(super.getResources(name)));
            serviceFiles.putIfAbsent(name, found);
        }
        return Collections.enumeration(found);
    }

    /** Runs {@code launch} on this thread with the application's loader, absent classes remembered, as its context loader. */
    static <R> R during(Supplier<R> launch) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        if (before != ClassPathLookupsRemembered.class.getClassLoader()) {
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
