package org.mtainterop.report;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
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

    /**
     * The directory of this language's edition of the features under {@code featuresRoot}: the root itself for
     * English, {@code fr/} (a mirror of the English tree, {@code # language: fr}) for French.
     */
    public Path features(Path featuresRoot) {
        return this == EN ? featuresRoot : featuresRoot.resolve(tag);
    }

    /** The names of the edition directories under the features root, which the English runs leave out. */
    public static Set<String> editionDirectories() {
        return Arrays.stream(values()).filter(l -> l != EN).map(ReportLanguage::tag).collect(Collectors.toSet());
    }

    /** The language of the edition a feature file belongs to: French under {@code features/fr/}, else English. */
    public static ReportLanguage ofFeature(URI feature) {
        String path = "/" + (feature.getPath() == null ? feature.getSchemeSpecificPart() : feature.getPath());
        for (ReportLanguage l : values()) {
            if (l != EN && path.contains("/features/" + l.tag + "/")) {
                return l;
            }
        }
        return EN;
    }

    /** The BCP 47 tag: {@code en}, {@code fr}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /**
     * The text of {@code key}, leading blanks removed (a trailing space written {@code \u0020} is kept: the labels
     * of the verdict text end with theirs); a missing key is a harness bug, so it fails loudly.
     */
    public String text(String key) {
        String value = texts.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("messages for language " + tag + " lack the key " + key);
        }
        return value.stripLeading();
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
        return BundledTexts.load(resource);
    }
}
