package org.mtainterop.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * Why each requirement matters and how to fix it on Postfix, Exim and OpenSMTPD (house rule 10), read from
 * {@code messages/requirements.properties} so the texts can be reviewed and translated apart from code.
 */
public final class RequirementExplanations {
    private static final RequirementExplanations BUNDLED = load();
    private final Properties texts;

    private RequirementExplanations(Properties texts) {
        this.texts = texts;
    }

    public static RequirementExplanations bundled() {
        return BUNDLED;
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

    private static RequirementExplanations load() {
        Properties p = new Properties();
        try (InputStream in = RequirementExplanations.class.getResourceAsStream("/messages/requirements.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read messages/requirements.properties", e);
        }
        return new RequirementExplanations(p);
    }
}
