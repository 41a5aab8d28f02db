package org.mtainterop.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.report.EnglishLeftovers;
import org.mtainterop.report.RequirementResult;
import org.mtainterop.report.TargetReport;
import org.mtainterop.report.ReportLanguage;

/**
 * The same golden verdicts as {@link EmbeddedGoldenVerdictsTest}, every one of its tests, from the French edition
 * ({@code --lang fr}: features/fr/, French glue expressions bound to the same steps); and the Allure results in
 * French: feature names, verdict texts (title, why, fixes) and categories.
 */
class FrenchEmbeddedGoldenVerdictsTest extends EmbeddedGoldenVerdictsTest {

    @BeforeAll
    static void runEverythingOnce() throws Exception {
        outcome = run(new Judgement(PolicyProfile.MODERN, Optional.empty(), false, ReportLanguage.FR));
    }

    private static String allResults() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(outcome.allureResults())) {
            for (Path f : files.sorted().toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void theAllureResultsAreInFrench() throws Exception {
        String all = allResults();
        assertThat(all).contains("\"value\":\"STARTTLS sur le port 25 (RFC 3207)\"",
                "Le MX annonce STARTTLS", "Le MTA d'envoi vérifie le certificat du MX de réception",
                "La chaîne est complète, non expirée et remonte à une ancre de confiance",
                "Pourquoi c'est important : ", "Comment corriger :", "Verdict : non conforme",
                "Exigence non satisfaite (défaut du produit)")
                .doesNotContain("\"value\":\"STARTTLS on port 25 (RFC 3207)\"", "Why it matters:", "How to fix:");
        assertThat(Files.readString(outcome.allureResults().resolve("categories.json")))
                .contains("Non testé : cible injoignable ou délai dépassé");
    }

    /** The measured part in French, with every fact the English edition names (dates, URIs, extension names). */
    @Test
    @Override
    void messagesSayWhatWasObserved() {
        assertThat(message("expired-cert", "CERT-01")).startsWith("la chaîne n'est pas valide : certificat expiré le ")
                .contains("CN=");
        assertThat(message("expired-cert", "CERT-04")).startsWith("certificat final : ")
                .contains("keyUsage critical (digitalSignature)", "extendedKeyUsage (serverAuth)", "valable 90 jours (du ");
        assertThat(message("expired-cert", "CERT-05")).startsWith("le certificat final indique ")
                .contains("une URI de point de distribution de CRL (http://crl.mta-interop.test/intermediate.crl)",
                        " et une URI de répondeur OCSP (http://ocsp.mta-interop.test/)",
                        "aucune réponse OCSP agrafée à la demande (status_request, RFC 6066 §8) en TLS 1.3 et TLS 1.2");
        assertThat(message("reference", "STARTTLS-01")).startsWith("STARTTLS est annoncé (mots-clés EHLO : ")
                .contains("STARTTLS");
        assertThat(message("legacy-plaintext", "STARTTLS-01")).startsWith("la réponse à EHLO n'annonce pas STARTTLS (mots-clés : ");
        assertThat(message("legacy-plaintext", "CERT-01")).isEqualTo("exige TLS, mais le serveur n'annonce pas STARTTLS");
        assertThat(message("reference", "TLS-VER-02")).isEqualTo(
                "SMTP sur le port " + port("reference") + " a refusé les ClientHello limités à TLS 1.0 et à TLS 1.1");
        assertThat(message("wrong-host", "CERT-02")).startsWith("le certificat ne correspond pas à ");
        assertThat(outcome.exitCode()).isEqualTo(1);
    }

    /**
     * No English left in what was observed: every verdict of every target, the facts it quotes taken out (server
     * replies, EHLO keywords, certificate names, suites, the TLS library's words), holds none of the English words
     * the harness's texts use ({@link EnglishLeftovers}).
     */
    @Test
    void theMeasuredPartOfEveryVerdictIsInFrench() {
        java.util.List<String> leftovers = new java.util.ArrayList<>();
        int judged = 0;
        for (TargetReport t : outcome.summary().targets()) {
            for (RequirementResult r : t.results()) {
                judged++;
                java.util.List<String> english = EnglishLeftovers.in(r.message());
                if (!english.isEmpty()) {
                    leftovers.add(t.name() + " " + r.requirement() + ": «" + english + "» in " + r.message());
                }
            }
        }
        assertThat(judged).isGreaterThan(200);
        assertThat(leftovers).isEmpty();
    }

    private static String message(String target, String requirement) {
        return report(target).results().stream().filter(r -> r.requirement().equals(requirement)).findFirst()
                .orElseThrow(() -> new AssertionError(target + " has no " + requirement)).message();
    }

    private static int port(String target) {
        return report(target).port();
    }

    private static TargetReport report(String target) {
        return outcome.summary().targets().stream().filter(t -> t.name().equals(target)).findFirst()
                .orElseThrow(() -> new AssertionError("no results for target " + target));
    }

    @Test
    void theEnglishFilesWereNotRead() throws Exception {
        List<String> uris = java.util.regex.Pattern.compile("features/[\\w/.-]+\\.feature").matcher(allResults())
                .results().map(m -> m.group()).distinct().toList();
        assertThat(uris).isNotEmpty().allMatch(u -> u.startsWith("features/fr/"));
    }
}
