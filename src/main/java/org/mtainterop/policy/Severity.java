package org.mtainterop.policy;

import java.util.Locale;
import java.util.Optional;

/** Requirement severity from the catalog: must fails the run, should warns, info records. */
public enum Severity {
    MUST, SHOULD, INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a Gherkin tag such as {@code @must}; empty when the tag is not a severity. */
    public static Optional<Severity> fromTag(String tag) {
        String bare = tag.startsWith("@") ? tag.substring(1) : tag;
        for (Severity s : values()) {
            if (s.label().equals(bare)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
