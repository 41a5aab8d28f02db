package org.mtainterop.policy;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.mtainterop.report.BundledTexts;
import org.mtainterop.report.ReportLanguage;

/**
 * The words of the verdicts' observed part in one language: {@code messages/verdicts_en.properties} and
 * {@code messages/verdicts_fr.properties}, {@link MessageFormat} patterns (a quote is written {@code ''}; arguments
 * are {@code {0}}, {@code {1}}…, always pre-rendered text, so no number or date formatting happens here and every
 * language shows the same facts). {@code VerdictTextsTest} holds the two files to the same keys and arguments and the
 * code to keys that exist.
 */
public final class VerdictTexts {
    private static final Map<ReportLanguage, VerdictTexts> LOADED = new EnumMap<>(ReportLanguage.class);
    private final ReportLanguage language;
    private final Properties patterns;

    private VerdictTexts(ReportLanguage language, Properties patterns) {
        this.language = language;
        this.patterns = patterns;
    }

    /** The texts of {@code language}, read once. */
    public static synchronized VerdictTexts of(ReportLanguage language) {
        return LOADED.computeIfAbsent(language, l -> new VerdictTexts(l, load("/messages/verdicts_" + l.tag() + ".properties")));
    }

    /** {@code reason} in this language; a key missing from the file is a harness bug, so it fails loudly. */
    public String render(Reason reason) {
        if (reason instanceof Reason.Fact f) {
            return f.text();
        }
        if (reason instanceof Reason.Worded w) {
            return language == ReportLanguage.FR ? w.french() : w.english();
        }
        if (reason instanceof Reason.Joined j) {
            return String.join(render(j.separator()), j.parts().stream().map(this::render).toList());
        }
        Reason.Keyed k = (Reason.Keyed) reason;
        Object[] args = k.args().stream().map(a -> a instanceof Reason r ? render(r) : String.valueOf(a)).toArray();
        return new MessageFormat(pattern(k.key()), language.locale()).format(args);
    }

    /** The pattern of {@code key}. */
    public String pattern(String key) {
        String p = patterns.getProperty(key);
        if (p == null) {
            throw new IllegalStateException("messages/verdicts_" + language.tag() + ".properties lacks the key " + key);
        }
        return p;
    }

    /** Every key of this language's file. */
    public Set<String> keys() {
        return patterns.stringPropertyNames();
    }

    private static Properties load(String resource) {
        return BundledTexts.load(resource);
    }
}
