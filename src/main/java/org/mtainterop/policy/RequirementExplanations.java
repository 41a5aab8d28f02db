package org.mtainterop.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.mtainterop.report.ReportLanguage;

/**
 * Why each requirement matters and how to fix it on Postfix, Exim and OpenSMTPD (house rule 10), read from
 * {@code messages/requirements.properties} (French: {@code requirements_fr.properties}, the same keys) so the texts
 * can be reviewed and translated apart from code.
 */
public final class RequirementExplanations {
    private static final RequirementExplanations BUNDLED = load("/messages/requirements.properties");
    private static final RequirementExplanations FRENCH = load("/messages/requirements_fr.properties");
    private final Properties texts;

    private RequirementExplanations(Properties texts) {
        this.texts = texts;
    }

    /** The English texts. */
    public static RequirementExplanations bundled() {
        return BUNDLED;
    }

    /** The texts in {@code language}: {@code requirements.properties} or {@code requirements_fr.properties}. */
    public static RequirementExplanations of(ReportLanguage language) {
        return language == ReportLanguage.FR ? FRENCH : BUNDLED;
    }

    /** Every key, for the test that holds the two languages to the same keys. */
    public java.util.Set<String> keys() {
        return texts.stringPropertyNames();
    }

    public Optional<String> title(String id) {
        return text(id + ".title");
    }

    public Optional<String> why(String id) {
        return text(id + ".why");
    }

    public Optional<String> fix(String id, String mta) {
        return text(id + ".fix." + mta);
    }

    private Optional<String> text(String key) {
        return Optional.ofNullable(texts.getProperty(key)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static RequirementExplanations load(String resource) {
        Properties p = new Properties();
        try (InputStream in = RequirementExplanations.class.getResourceAsStream(resource)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new RequirementExplanations(p);
    }
}
