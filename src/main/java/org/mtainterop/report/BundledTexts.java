package org.mtainterop.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** A properties file of texts bundled with the harness, read as UTF-8 (the French texts need it). */
public final class BundledTexts {
    private BundledTexts() {
    }

    /** The texts of {@code resource} (an absolute class-path name); a missing one is a packaging bug. */
    public static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = BundledTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return p;
    }
}
