package org.mtainterop.run;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.report.ReportLanguage;

/**
 * How a run judges, inbound or outbound: the profile whose scenarios run, the user's extra Cucumber tag expression
 * (and-ed with the profile's), whether failed {@code @should} requirements fail the run too, and the language of
 * the features and reports ({@code --lang}).
 */
public record Judgement(PolicyProfile profile, Optional<String> tags, boolean strict, ReportLanguage language) {
    public Judgement {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(language, "language");
    }

    /** In English. */
    public Judgement(PolicyProfile profile, Optional<String> tags, boolean strict) {
        this(profile, tags, strict, ReportLanguage.EN);
    }

    /** The features of this judgement's language ({@code --lang}): {@code features/}, or {@code features/fr/}. */
    public Path features() {
        return language.features(HarnessHome.features());
    }

    /** The profile's scenarios, no extra tags, {@code @should} failures reported but not failing the run. */
    public static Judgement of(PolicyProfile profile) {
        return new Judgement(profile, Optional.empty(), false);
    }

    /** The inbound scenarios (direction {@code @in}) of the profile, with the user's extra tags. */
    public String inboundTagExpression() {
        return tagExpression(profile, "@in");
    }

    /**
     * The inbound tag expression for one service: and-ed with its tag ({@code @smtp}, {@code @submission},
     * {@code @imap}, {@code @pop3}), so each target gets its protocol's scenarios only.
     */
    public String inboundTagExpression(MailService service) {
        return inboundTagExpression(service, profile);
    }

    /** As {@link #inboundTagExpression(MailService)}, with {@code judgedWith}'s scenarios (an operator's profile). */
    public String inboundTagExpression(MailService service, PolicyProfile judgedWith) {
        return tagExpression(judgedWith, "@in") + " and " + service.featureTag();
    }

    /** The outbound scenarios (direction {@code @out}) of the profile, with the user's extra tags. */
    public String outboundTagExpression() {
        return tagExpression(profile, "@out");
    }

    /** The published scenarios (direction {@code @pub}: a mail domain's DNS records) of {@code judgedWith}, with the user's tags. */
    public String publishedTagExpression(PolicyProfile judgedWith) {
        return tagExpression(judgedWith, "@pub");
    }

    private String tagExpression(PolicyProfile judgedWith, String direction) {
        String profileTags = "(" + judgedWith.tagExpression() + ") and " + direction;
        return tags.map(t -> profileTags + " and (" + t + ")").orElse(profileTags);
    }
}
