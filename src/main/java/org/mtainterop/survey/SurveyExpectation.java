package org.mtainterop.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What features/clients/survey.feature expects of a mail program, one Scenario Outline each: the compliant control
 * and CLIENT-01..05. The scenario titles and Then steps are stated here once; the feature file is generated from
 * them ({@link SurveyFeatureText}) and the steps match the same texts.
 */
public enum SurveyExpectation {
    CONTROL(null, "", "<client> over <protocol> works with a server that <case>",
            "it logs in inside TLS and does its job",
            "<client> en <protocol> fonctionne avec un serveur qui <case>",
            "il s'authentifie dans TLS et fait son travail"),
    CLIENT_01("CLIENT-01", "@pilot @must", "<client> over <protocol> sends nothing in plaintext to a server that <case>",
            "it sends no credentials and no mail in plaintext",
            "<client> en <protocol> n'envoie rien en clair à un serveur qui <case>",
            "il n'envoie ni identifiants ni message en clair"),
    CLIENT_02("CLIENT-02", "@pilot @must", "<client> over <protocol> gives up on a server that <case>",
            "it sends no credentials and no mail after seeing that certificate",
            "<client> en <protocol> renonce face à un serveur qui <case>",
            "il n'envoie ni identifiants ni message après avoir vu ce certificat"),
    CLIENT_03("CLIENT-03", "@anssi @must", "<client> over <protocol> is not fooled by a server that <case>",
            "it does not take the injected responses for the server's",
            "<client> en <protocol> n'est pas dupé par un serveur qui <case>",
            "il ne prend pas les réponses injectées pour celles du serveur"),
    CLIENT_04("CLIENT-04", "@anssi @should", "<client> over <protocol> trusts nothing from a server that <case>",
            "it reads the capabilities again inside TLS and uses nothing announced only before",
            "<client> en <protocol> ne croit rien d'un serveur qui <case>",
            "il relit les capacités dans TLS et n'utilise rien de ce qui n'était annoncé qu'avant"),
    CLIENT_05("CLIENT-05", "@modern @should", "<client> over <protocol> does not fall back with a server that <case>",
            "it sends nothing in plaintext and does not fall back to STARTTLS",
            "<client> en <protocol> ne se replie pas avec un serveur qui <case>",
            "il n'envoie rien en clair et ne se replie pas sur STARTTLS");

    private final String requirement;
    private final String tags;
    private final String title;
    private final String then;
    private final String frenchTitle;
    private final String frenchThen;

    SurveyExpectation(String requirement, String tags, String title, String then, String frenchTitle,
                      String frenchThen) {
        this.requirement = requirement;
        this.tags = tags;
        this.title = title;
        this.then = then;
        this.frenchTitle = frenchTitle;
        this.frenchThen = frenchThen;
    }

    public Optional<String> requirement() {
        return Optional.ofNullable(requirement);
    }

    /** The profile and severity tags of the outline, e.g. "@pilot @must" (empty for the control). */
    public String tags() {
        return tags;
    }

    public String title() {
        return title;
    }

    /** The Then step's text. */
    public String then() {
        return then;
    }

    /** The outline's title in the French edition. */
    public String frenchTitle() {
        return frenchTitle;
    }

    /** The Then step's text in the French edition. */
    public String frenchThen() {
        return frenchThen;
    }

    /** The survey cases this outline's Examples list. */
    public List<SurveyCase> cases() {
        return Arrays.stream(SurveyCase.values())
                .filter(c -> requirement == null ? c.control() : c.requirement().filter(requirement::equals).isPresent())
                .toList();
    }
}
