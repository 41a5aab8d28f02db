package org.mtainterop.survey;

import java.util.ArrayList;
import java.util.List;
import org.mtainterop.clients.AccessProtocolKind;
import org.mtainterop.clients.SurveyClient;

/**
 * Renders features/clients/survey.feature from the survey's clients and cases: one Scenario Outline per
 * {@link SurveyExpectation}, one Examples block per client and protocol (tagged {@code @client-NAME} and the protocol,
 * so that {@code clients --client NAME --protocol P} selects them), one row per case the client can be configured
 * for. A test holds the checked-in file equal to this rendering.
 */
public final class SurveyFeatureText {
    static final String GIVEN = "the mail program <client>, configured for <protocol> with TLS required and the certificate verified";
    static final String WHEN = "it connects to a server that <case>";

    private SurveyFeatureText() {
    }

    public static String render(List<SurveyClient> clients) {
        StringBuilder f = new StringBuilder("""
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
                """);
        for (SurveyExpectation e : SurveyExpectation.values()) {
            f.append('\n');
            String tags = (e.requirement().map(r -> "@REQ-" + r + " ").orElse("@control ") + e.tags()).strip();
            f.append("  ").append(tags).append('\n');
            f.append("  Scenario Outline: ").append(e.title()).append('\n');
            f.append("    Given ").append(GIVEN).append('\n');
            f.append("    When ").append(WHEN).append('\n');
            f.append("    Then ").append(e.then()).append('\n');
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
                    f.append("    Examples: ").append(client.name()).append(", ").append(protocol.label()).append('\n');
                    f.append("      | client | protocol | case |\n");
                    for (SurveyCase c : rows) {
                        f.append("      | ").append(client.name()).append(" | ").append(protocol.label()).append(" | ")
                                .append(c.wording()).append(" |\n");
                    }
                }
            }
        }
        return f.toString();
    }
}
