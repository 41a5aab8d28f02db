package org.mtainterop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.report.evidence.VerdictText;
import org.mtainterop.policy.RequirementExplanations;

/** The two languages hold the same keys, with the same placeholders, and French is actually French. */
class ReportLanguageTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("%[sd]");

    @Test
    void reportWordsHaveTheSameKeysAndPlaceholdersInBothLanguages() {
        assertThat(ReportLanguage.FR.texts().stringPropertyNames())
                .isEqualTo(ReportLanguage.EN.texts().stringPropertyNames());
        for (String key : ReportLanguage.EN.texts().stringPropertyNames()) {
            assertThat(placeholders(ReportLanguage.FR.text(key))).as(key).isEqualTo(placeholders(ReportLanguage.EN.text(key)));
        }
        assertThat(ReportLanguage.FR.outcome(Outcome.FAILED)).isEqualTo("non conforme");
        assertThat(ReportLanguage.EN.text("verdict.outcome")).isEqualTo("Verdict:  ");
    }

    @Test
    void everyRequirementTextExistsInFrenchAndIsTranslated() {
        RequirementExplanations en = RequirementExplanations.bundled();
        RequirementExplanations fr = RequirementExplanations.of(ReportLanguage.FR);
        assertThat(fr.keys()).isEqualTo(en.keys()).hasSizeGreaterThan(250);
        for (String key : en.keys()) {
            if (key.endsWith(".title") || key.endsWith(".why")) {
                String id = key.substring(0, key.lastIndexOf('.'));
                String english = key.endsWith(".title") ? en.title(id).orElseThrow() : en.why(id).orElseThrow();
                String french = key.endsWith(".title") ? fr.title(id).orElseThrow() : fr.why(id).orElseThrow();
                assertThat(french).as(key + " is translated").isNotEqualTo(english);
            }
        }
        assertThat(fr.title("TLS-CS-02")).contains("Chaque suite acceptée assure la confidentialité persistante");
    }

    /** The verdict a person reads (the Allure attachment) is French down to what was observed, facts unchanged. */
    @Test
    void theVerdictTextIsFrenchToTheMeasuredPart() {
        Verdict v = Verdict.failed("CERT-01", Reason.of("ChainTrusted.failed.1",
                Reason.of("Pkix.expired", "2026-01-01T00:00:00Z", "CN=mx.example.test")));
        assertThat(VerdictText.render(v, ReportLanguage.FR))
                .contains("Constaté : la chaîne n'est pas valide : certificat expiré le 2026-01-01T00:00:00Z (CN=mx.example.test)")
                .doesNotContain("expired", "validate");
        assertThat(VerdictText.render(v))
                .contains("the chain does not validate: certificate expired on 2026-01-01T00:00:00Z (CN=mx.example.test)");
        assertThat(Verdict.broken("CERT-01", Reason.of("TlsPreconditions.broken.1")).message(ReportLanguage.FR))
                .isEqualTo("Non testé : le serveur n'a présenté aucun certificat");
    }

    @Test
    void theLanguageOfAFeatureIsItsEdition() {
        assertThat(ReportLanguage.ofFeature(URI.create("file:///srv/mta-interop/features/fr/inbound/starttls.feature")))
                .isEqualTo(ReportLanguage.FR);
        assertThat(ReportLanguage.ofFeature(URI.create("file:///srv/mta-interop/features/inbound/starttls.feature")))
                .isEqualTo(ReportLanguage.EN);
        assertThat(ReportLanguage.ofFeature(URI.create("classpath:features/fr/dane/dns.feature")))
                .isEqualTo(ReportLanguage.FR);
    }

    @Test
    void anUnknownLanguageIsAUsageErrorNamingTheOption() {
        assertThat(ReportLanguage.parse("FR")).isEqualTo(ReportLanguage.FR);
        assertThatThrownBy(() -> ReportLanguage.parse("de")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--lang 'de': expected en or fr");
    }

    private static long placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().count();
    }
}
