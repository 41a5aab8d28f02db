package org.mtainterop.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.mtainterop.policy.Outcome;

/**
 * The language a run reports in ({@code --lang en|fr}): the words of the report pages the harness writes itself
 * (outcomes, the operators matrix), read from {@code messages/reports.properties} and
 * {@code messages/reports_fr.properties}. Every key exists in both ({@code ReportLanguageTest}).
 */
public enum ReportLanguage {
    EN("en", "/messages/reports.properties"),
    FR("fr", "/messages/reports_fr.properties");

    private final String tag;
    private final Properties texts;

    ReportLanguage(String tag, String resource) {
        this.tag = tag;
        this.texts = load(resource);
    }

    /** {@code en} or {@code fr}; anything else is a usage error naming the option. */
    public static ReportLanguage parse(String value) {
        for (ReportLanguage l : values()) {
            if (l.tag.equalsIgnoreCase(value.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException("--lang '" + value + "': expected en or fr");
    }

    /** The BCP 47 tag: {@code en}, {@code fr}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The text of {@code key}; a missing key is a harness bug, so it fails loudly. */
    public String text(String key) {
        String value = texts.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("messages for language " + tag + " lack the key " + key);
        }
        return value.strip();
    }

    /** The outcome word: "passed", « réussi ». */
    public String outcome(Outcome outcome) {
        return text("outcome." + outcome.label());
    }

    /** The one-character mark of an outcome in a matrix cell. */
    public String symbol(Outcome outcome) {
        return switch (outcome) {
            case PASSED -> "✓";
            case FAILED -> "✗";
            case BROKEN -> "!";
            case SKIPPED -> "–";
        };
    }

    Properties texts() {
        return texts;
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = ReportLanguage.class.getResourceAsStream(resource)) {
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
