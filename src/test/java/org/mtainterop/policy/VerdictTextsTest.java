package org.mtainterop.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mtainterop.report.ReportLanguage;

/**
 * The words of the verdicts (messages/verdicts_en.properties, verdicts_fr.properties): the same keys in both, each
 * with the same arguments, every key the code names present and every key present named by the code, no formatting
 * of numbers or dates by MessageFormat, and French that is French.
 */
class VerdictTextsTest {
    /** A message key as the code writes it: Class.word or Class.outcome.n; words.and, verdict.couldNotTest. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9]*\\.[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)?)\"");
    /** English words that would betray an untranslated French pattern (protocol tokens are not among them). */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|was|were|does|did|which|with|without|accepts|accepted"
            + "|refused|offered|sender|server|could|this|that|only|every|advertised|inside|answered|never|nothing)\\b");

    private static final VerdictTexts EN = VerdictTexts.of(ReportLanguage.EN);
    private static final VerdictTexts FR = VerdictTexts.of(ReportLanguage.FR);

    @Test
    void bothLanguagesHaveTheSameKeysWithTheSameArguments() {
        assertThat(FR.keys()).isEqualTo(EN.keys()).hasSizeGreaterThan(300);
        for (String key : EN.keys()) {
            assertThat(arguments(FR.pattern(key))).as(key).isEqualTo(arguments(EN.pattern(key)));
            assertThat(EN.pattern(key) + FR.pattern(key)).as(key + ": arguments are pre-rendered text, never formatted here")
                    .doesNotContainPattern("\\{\\d+,");
        }
    }

    @Test
    void everyKeyTheCodeNamesExistsAndEveryKeyIsNamedByTheCode() throws IOException {
        // a literal of the shape Namespace.key whose namespace is one of the bundle's (the check's class name, Pkix,
        // words...) names a key: configuration keys like mail.smtp.host or console.junit are not in these files
        Set<String> namespaces = new TreeSet<>();
        EN.keys().forEach(k -> namespaces.add(k.substring(0, k.indexOf('.'))));
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                if (!code.contains("Reason")) {
                    continue;
                }
                Matcher m = KEY_LITERAL.matcher(code);
                while (m.find()) {
                    if (namespaces.contains(m.group(1).substring(0, m.group(1).indexOf('.')))) {
                        named.add(m.group(1));
                    }
                }
            }
        }
        for (var profile : org.mtainterop.adversary.smtp.AdversarialProfile.values()) {
            named.add(((Reason.Keyed) profile.described()).key()); // AdversarialProfile.<NAME>: one key per profile
        }
        assertThat(named).hasSizeGreaterThan(300);
        assertThat(EN.keys()).as("keys the code names that the files lack").containsAll(named);
        assertThat(named).as("keys of the files no code names").containsAll(EN.keys());
    }

    @Test
    void frenchIsFrenchAndKeepsEveryFact() {
        TreeMap<String, String> untranslated = new TreeMap<>();
        for (String key : EN.keys()) {
            String en = EN.pattern(key);
            String fr = FR.pattern(key);
            String words = en.replaceAll("\\{\\d+}", " ").replaceAll("\\b(bits|none|null|s)\\b", " ");
            if (fr.equals(en) && Pattern.compile("\\b[a-z]{3,}\\b").matcher(words).find()) {
                untranslated.put(key, fr);
            }
            Matcher english = ENGLISH.matcher(fr.replaceAll("--[a-z-]+", ""));
            if (english.find()) {
                untranslated.put(key, fr + "  <- " + english.group());
            }
        }
        assertThat(untranslated).as("French patterns left in English").isEmpty();
        assertThat(render(Reason.of("Pkix.expired", "2026-01-01T00:00:00Z", "CN=mx.example.test"), ReportLanguage.FR))
                .isEqualTo("certificat expiré le 2026-01-01T00:00:00Z (CN=mx.example.test)");
    }

    @Test
    void argumentsAreRenderedInTheSameLanguageAndNumbersAsDigits() {
        Reason r = Reason.of("KeyStrength.failed.1", Reason.join("; ", java.util.List.of(
                Reason.of("KeyStrength.leafTooWeak", "RSA", 1024), Reason.of("KeyStrength.signedWith", "CN=x", "SHA1withRSA"))),
                "ANSSI");
        assertThat(render(r, ReportLanguage.EN))
                .isEqualTo("leaf key RSA 1024 bits is too weak; CN=x is signed with SHA1withRSA (ANSSI)");
        assertThat(render(r, ReportLanguage.FR)).isEqualTo(
                "la clé RSA de 1024 bits du certificat final est trop faible ; CN=x est signé avec SHA1withRSA (ANSSI)");
        assertThat(render(Reason.of("TlsEnumerationPreconditions.caveat", 12345), ReportLanguage.FR))
                .isEqualTo(" (12345 ClientHello sans réponse ; voir les preuves)");
        assertThat(render(Reason.and(java.util.List.of("TLS 1.0", "TLS 1.1")), ReportLanguage.FR)).isEqualTo("TLS 1.0 et TLS 1.1");
        assertThat(render(Reason.of("PartnerTlsRequired.failed.1", "x", "250 OK"), ReportLanguage.FR))
                .contains("le courrier d'un partenaire"); // the doubled quote of MessageFormat is one apostrophe
    }

    @Test
    void aBrokenVerdictSaysCouldNotTestInItsLanguage() {
        Verdict v = Verdict.broken("CERT-01", Reason.of("TlsPreconditions.broken.1"));
        assertThat(v.message()).isEqualTo("Could not test: the server presented no certificate");
        assertThat(v.message(ReportLanguage.FR)).isEqualTo("Non testé : le serveur n'a présenté aucun certificat");
        assertThat(Verdict.broken("CERT-01", "Could not test: timed out").message()).isEqualTo("Could not test: timed out");
        assertThatThrownBy(() -> Reason.of("No.such.key").render(ReportLanguage.EN))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("No.such.key");
    }

    /** The argument indices a pattern shows, found by formatting it with a marker per index. */
    private static Set<Integer> arguments(String pattern) {
        Object[] markers = new Object[10];
        for (int i = 0; i < markers.length; i++) {
            markers[i] = "\u0001" + i + "\u0002";
        }
        String out = new MessageFormat(pattern, Locale.ROOT).format(markers);
        Set<Integer> shown = new TreeSet<>();
        for (int i = 0; i < markers.length; i++) {
            if (out.contains((String) markers[i])) {
                shown.add(i);
            }
        }
        return shown;
    }

    private static String render(Reason r, ReportLanguage language) {
        return r.render(language);
    }
}
