package org.mtainterop.run;

import java.nio.file.Path;

/** Where the harness lives: its features/, reports/ and target/ (system property mtainterop.home, else the working directory). */
public final class HarnessHome {
    private HarnessHome() {
    }

    public static Path directory() {
        String configured = System.getProperty("mtainterop.home");
        Path home = configured == null || configured.isBlank() ? Path.of("").toAbsolutePath() : Path.of(configured);
        return home.toAbsolutePath().normalize();
    }

    public static Path features() {
        return directory().resolve("features");
    }

    public static String version() {
        String v = HarnessHome.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
