package org.mtainterop.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mtainterop.clients.AccessProtocolKind;
import org.mtainterop.clients.SurveyClient;

/**
 * Renders features/clients/survey.feature and its French edition features/fr/clients/survey.feature from the
 * survey's clients and cases: one Scenario Outline per {@link SurveyExpectation}, one Examples block per client and
 * protocol (tagged {@code @client-NAME} and the protocol, so that {@code clients --client NAME --protocol P} selects
 * them), one row per case the client can be configured for. The two editions differ in words only: the same tags,
 * outlines, blocks and rows, each row's case in its edition's wording. A test holds the checked-in files equal to
 * this rendering.
 */
public final class SurveyFeatureText {
    static final String GIVEN = "the mail program <client>, configured for <protocol> with TLS required and the certificate verified";
    static final String WHEN = "it connects to a server that <case>";

    /** The words of one edition. */
    private record Edition(String header, String outline, String given, String when, String then, String examples,
                           String givenText, String whenText, Function<SurveyExpectation, String> title,
                           Function<SurveyExpectation, String> thenText, Function<SurveyCase, String> wording) {
    }

    private static final Edition ENGLISH = new Edition("""
            # Generated from the survey's clients and cases (SurveyFeatureText); regenerate with
            # ./mvnw test -Dtest=SurveyFeatureTextTest -Dgolden.update=true
            @clients
            Feature: Mail programs keep the user's password and mail inside verified TLS
              The 2014 pilot also asked how users' mail programs encrypt their link to the operator. Each program is
              configured as its own documentation recommends for "TLS required, certificate verified" (see
              containers/clients/README.md), then pointed at the harness's adversarial server, one server behaviour
              at a time. The server records what the program sent: whether credentials came, in plaintext or inside
              TLS, after which certificate; never their value. A program that fails the compliant control cannot be
              judged on the other cases: its configuration is suspect.
            """, "Scenario Outline", "Given", "When", "Then", "Examples", GIVEN, WHEN,
            SurveyExpectation::title, SurveyExpectation::then, SurveyCase::wording);

    private static final Edition FRENCH = new Edition("""
            # language: fr
            # Généré à partir des clients et des cas de l'enquête (SurveyFeatureText) ; régénérer avec
            # ./mvnw test -Dtest=SurveyFeatureTextTest -Dgolden.update=true
            @clients
            Fonctionnalité: Les programmes de messagerie gardent le mot de passe et le courrier de l'utilisateur dans un TLS vérifié
              Le pilote de 2014 demandait aussi comment les programmes de messagerie des utilisateurs chiffrent leur lien
              avec l'opérateur. Chaque programme est configuré comme sa propre documentation le recommande pour « TLS
              exigé, certificat vérifié » (voir containers/clients/README.md), puis dirigé vers le serveur adverse du
              harnais, un comportement de serveur à la fois. Le serveur note ce que le programme a envoyé : si des
              identifiants sont venus, en clair ou dans TLS, après quel certificat ; jamais leur valeur. Un programme
              qui échoue au contrôle conforme ne peut pas être jugé sur les autres cas : sa configuration est suspecte.
            """, "Plan du scénario", "Soit", "Quand", "Alors", "Exemples",
            "le programme de messagerie <client>, configuré pour <protocol> avec TLS exigé et le certificat vérifié",
            "il se connecte à un serveur qui <case>",
            SurveyExpectation::frenchTitle, SurveyExpectation::frenchThen, SurveyCase::frenchWording);

    private SurveyFeatureText() {
    }

    /** The English edition, features/clients/survey.feature. */
    public static String render(List<SurveyClient> clients) {
        return render(clients, ENGLISH);
    }

    /** The French edition, features/fr/clients/survey.feature. */
    public static String renderFrench(List<SurveyClient> clients) {
        return render(clients, FRENCH);
    }

    private static String render(List<SurveyClient> clients, Edition edition) {
        StringBuilder f = new StringBuilder(edition.header());
        for (SurveyExpectation e : SurveyExpectation.values()) {
            f.append('\n');
            String tags = (e.requirement().map(r -> "@REQ-" + r + " ").orElse("@control ") + e.tags()).strip();
            f.append("  ").append(tags).append('\n');
            f.append("  ").append(edition.outline()).append(": ").append(edition.title().apply(e)).append('\n');
            f.append("    ").append(edition.given()).append(' ').append(edition.givenText()).append('\n');
            f.append("    ").append(edition.when()).append(' ').append(edition.whenText()).append('\n');
            f.append("    ").append(edition.then()).append(' ').append(edition.thenText().apply(e)).append('\n');
            for (SurveyClient client : clients) {
                for (AccessProtocolKind protocol : AccessProtocolKind.values()) {
                    List<SurveyCase> rows = new ArrayList<>();
                    for (SurveyCase c : e.cases()) {
                        if (client.supports(protocol, c.mode())) {
                            rows.add(c);
                        }
                    }
                    if (rows.isEmpty()) {
                        continue;
                    }
                    f.append('\n');
                    f.append("    @client-").append(client.name()).append(" @").append(protocol.label()).append('\n');
                    f.append("    ").append(edition.examples()).append(": ").append(client.name()).append(", ")
                            .append(protocol.label()).append('\n');
                    f.append("      | client | protocol | case |\n");
                    for (SurveyCase c : rows) {
                        f.append("      | ").append(client.name()).append(" | ").append(protocol.label()).append(" | ")
                                .append(edition.wording().apply(c)).append(" |\n");
                    }
                }
            }
        }
        return f.toString();
    }
}
